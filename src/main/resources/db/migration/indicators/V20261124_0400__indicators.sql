-- Statistics on dossier processing (indicators module), fed by the dossier events, never by reading the
-- dossier tables. Months are the first day of the calendar month in Vietnam time (Asia/Ho_Chi_Minh).

-- One row per received dossier: what the events told, so that a redelivered event changes nothing and the
-- monthly figures (and later the Decision 766 indicators) can be recomputed. Columns of the reception stay
-- null while only the end of processing is known (the events may arrive in either order), and the other way
-- round.
create table indicator_dossier_fact (
  dossier_id        uuid primary key,
  procedure_id      uuid,
  procedure_code    text,
  receiving_agency  uuid,                       -- one-stop desk that received it
  competent_agency  uuid,                       -- agency competent to decide: the one the figures count it for
  channel           smallint                    -- national channel code (KenhThucHien): 1 direct, 2 online, 3 postal
                    constraint indicator_dossier_fact_channel_check check (channel in (1, 2, 3)),
  received_at       timestamp with time zone,
  received_month    date,
  due_at            timestamp with time zone,   -- appointment date: at reception, then the one in force at the end
  finished_at       timestamp with time zone,
  finished_month    date,
  final_status      smallint                    -- national status code at the end: 7, 8 or 9
                    constraint indicator_dossier_fact_status_check check (final_status between 1 and 10),
  refused           boolean,
  finished_on_time  boolean,
  constraint indicator_dossier_fact_received_check
    check ((competent_agency is null) = (received_month is null)
       and (received_month is null or received_month = date_trunc('month', received_month)::date)),
  constraint indicator_dossier_fact_finished_check
    check ((finished_month is null) = (finished_on_time is null)
       and (finished_month is null or finished_month = date_trunc('month', finished_month)::date))
);

create index indicator_dossier_fact_received_idx on indicator_dossier_fact (received_month, competent_agency);
create index indicator_dossier_fact_finished_idx on indicator_dossier_fact (finished_month, competent_agency);

-- Monthly figures per competent agency, updated in the same transaction as the fact that changed them:
-- received in the month (by channel), finished in the month and how many of those on time. The public
-- statistics page reads only this table.
create table indicator_agency_month (
  agency_id        uuid not null,
  month            date not null
                   constraint indicator_agency_month_month_check check (month = date_trunc('month', month)::date),
  received         int not null default 0,
  received_online  int not null default 0,
  received_direct  int not null default 0,
  received_postal  int not null default 0,
  finished         int not null default 0,
  finished_on_time int not null default 0,
  primary key (agency_id, month),
  constraint indicator_agency_month_counts_check
    check (received = received_online + received_direct + received_postal and finished_on_time <= finished)
);

-- The statistics page: one year, every agency.
create index indicator_agency_month_month_idx on indicator_agency_month (month);
