-- Decision 766 indicators: aggregates of indicator_dossier_766 kept up to date by triggers in the same
-- transaction as every change of a fact, so a scorecard reads a few thousand aggregate rows instead of
-- every dossier. Only what does not depend on the period is aggregated; the dossiers still in progress at
-- the end of a period (and those of a month not over yet) are counted from the facts themselves.
-- Months are numbered year * 12 + month - 1 in Vietnam time (the periods' calendar).

create function indicator_766_month(at timestamp with time zone) returns int
  language sql immutable parallel safe
  return (extract(year from at at time zone 'Asia/Ho_Chi_Minh') * 12
          + extract(month from at at time zone 'Asia/Ho_Chi_Minh') - 1)::int;

-- Ended dossiers by competent agency, month received and month ended: the counts every dossier indicator
-- needs of a dossier ended before the end of a period (its end of processing is then ended_at).
create table indicator_766_cell (
  competent_agency    uuid not null,
  received_month      int not null,
  ended_month         int not null,
  n_all               bigint not null default 0,
  n_synced            bigint not null default 0, -- acknowledged by the national portal
  n_online            bigint not null default 0, -- channel 2
  n_online_paper      bigint not null default 0, -- channel 2, ended with a result that is not electronic
  n_fee               bigint not null default 0,
  n_fee_paid          bigint not null default 0, -- fee paid online
  n_result            bigint not null default 0, -- ended with a result
  n_result_electronic bigint not null default 0,
  n_digitised         bigint not null default 0, -- every component digitised
  n_digitised_paper   bigint not null default 0, -- digitised, ended with a result that is not electronic
  n_in_time           bigint not null default 0, -- ended on time (spec §4.2)
  n_in_time_satisfied bigint not null default 0, -- ended on time and not rated "không hài lòng"
  primary key (competent_agency, received_month, ended_month)
);

-- Received dossiers by competent agency, procedure and month received (3.2 and the toàn-trình share,
-- which depend on the catalog as of now).
create table indicator_766_procedure_month (
  competent_agency uuid not null,
  procedure_id     uuid not null,
  received_month   int not null,
  n_received       bigint not null default 0,
  n_online         bigint not null default 0, -- channel 2
  primary key (received_month, competent_agency, procedure_id)
);

-- Adds the contribution of the rows a statement inserted (sign +1) and removes that of the rows it
-- deleted (sign -1; an update is both), in key order: two transactions lock the aggregate rows they share
-- in the same order. The transition tables are only visible to this function's own statements, hence the
-- dynamic SQL around the one text of both.
create function indicator_766_maintain() returns trigger language plpgsql as $fn$
declare
  delta text := case tg_op
    when 'INSERT' then 'select 1 as sg, n.* from new_rows n'
    when 'DELETE' then 'select -1 as sg, o.* from old_rows o'
    else 'select 1 as sg, n.* from new_rows n union all select -1 as sg, o.* from old_rows o' end;
begin
  -- Statement triggers fire for statements that changed nothing too (a stale event's upsert).
  if tg_op = 'DELETE' then
    perform from old_rows limit 1;
  else
    perform from new_rows limit 1;
  end if;
  if not found then
    return null;
  end if;
  execute format($q$
  insert into indicator_766_cell as c (competent_agency, received_month, ended_month, n_all, n_synced, n_online,
         n_online_paper, n_fee, n_fee_paid, n_result, n_result_electronic, n_digitised, n_digitised_paper, n_in_time,
         n_in_time_satisfied)
  select f.competent_agency, indicator_766_month(f.received_at), indicator_766_month(f.ended_at),
         sum(sg),
         sum(case when f.synced_at is not null then sg else 0 end),
         sum(case when f.channel = 2 then sg else 0 end),
         sum(case when f.channel = 2 and f.with_result and not f.electronic_result then sg else 0 end),
         sum(case when f.fee_required then sg else 0 end),
         sum(case when f.fee_required and f.paid_online then sg else 0 end),
         sum(case when f.with_result then sg else 0 end),
         sum(case when f.with_result and f.electronic_result then sg else 0 end),
         sum(case when f.digitised_components >= f.components then sg else 0 end),
         sum(case when f.digitised_components >= f.components and f.with_result and not f.electronic_result then sg else 0 end),
         sum(case when f.in_time then sg else 0 end),
         sum(case when f.in_time and not f.unsatisfied then sg else 0 end)
    from (select d.*, d.supplement_requests <= 1
                      and (d.appointment_at is null or d.ended_at - d.supplement_paused <= d.appointment_at) as in_time
            from (%1$s) d) f
   where f.competent_agency is not null and f.received_at is not null and f.ended_at is not null
   group by 1, 2, 3
   order by 1, 2, 3
  on conflict (competent_agency, received_month, ended_month) do update
     set n_all = c.n_all + excluded.n_all,
         n_synced = c.n_synced + excluded.n_synced,
         n_online = c.n_online + excluded.n_online,
         n_online_paper = c.n_online_paper + excluded.n_online_paper,
         n_fee = c.n_fee + excluded.n_fee,
         n_fee_paid = c.n_fee_paid + excluded.n_fee_paid,
         n_result = c.n_result + excluded.n_result,
         n_result_electronic = c.n_result_electronic + excluded.n_result_electronic,
         n_digitised = c.n_digitised + excluded.n_digitised,
         n_digitised_paper = c.n_digitised_paper + excluded.n_digitised_paper,
         n_in_time = c.n_in_time + excluded.n_in_time,
         n_in_time_satisfied = c.n_in_time_satisfied + excluded.n_in_time_satisfied
  $q$, delta);
  execute format($q$
  insert into indicator_766_procedure_month as p (received_month, competent_agency, procedure_id, n_received, n_online)
  select indicator_766_month(f.received_at), f.competent_agency, f.procedure_id, sum(sg),
         sum(case when f.channel = 2 then sg else 0 end)
    from (%1$s) f
   where f.competent_agency is not null and f.received_at is not null and f.procedure_id is not null
   group by 1, 2, 3
   order by 1, 2, 3
  on conflict (received_month, competent_agency, procedure_id) do update
     set n_received = p.n_received + excluded.n_received, n_online = p.n_online + excluded.n_online
  $q$, delta);
  return null;
end
$fn$;

-- The facts recorded so far are counted by inserting them again once the triggers exist.
create temporary table indicator_766_backfill on commit drop as select * from indicator_dossier_766;
delete from indicator_dossier_766;

create trigger indicator_766_inserted after insert on indicator_dossier_766
  referencing new table as new_rows for each statement execute function indicator_766_maintain();
create trigger indicator_766_updated after update on indicator_dossier_766
  referencing old table as old_rows new table as new_rows for each statement execute function indicator_766_maintain();
create trigger indicator_766_deleted after delete on indicator_dossier_766
  referencing old table as old_rows for each statement execute function indicator_766_maintain();


-- A truncation fires no delete trigger: it empties the aggregates too.
create function indicator_766_truncated() returns trigger language plpgsql as $fn$
begin
  delete from indicator_766_cell;
  delete from indicator_766_procedure_month;
  return null;
end
$fn$;
create trigger indicator_766_truncated after truncate on indicator_dossier_766
  for each statement execute function indicator_766_truncated();

insert into indicator_dossier_766 select * from indicator_766_backfill;

-- The dossiers in progress at the end of a period, and those received or ended in a month not over yet.
create index indicator_dossier_766_open_idx on indicator_dossier_766 (received_at) where ended_at is null;
