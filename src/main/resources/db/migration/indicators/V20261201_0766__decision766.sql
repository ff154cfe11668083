-- Decision 766/QĐ-TTg indicators (indicators module, spec §10): one row per dossier with what the dossier
-- events (DossierChanged) and the national-portal acknowledgements (DossierSynced) told, reduced to the
-- columns the indicators count. Never read from the dossier tables. The public statistics keep their own
-- tables (indicator_dossier_fact, indicator_agency_month).
create table indicator_dossier_766 (
  dossier_id            uuid primary key,
  version               bigint,                      -- the snapshot's version; null while only an acknowledgement is known
  code                  text,                        -- dossier code (mã số hồ sơ)
  procedure_id          uuid,
  procedure_code        text,
  procedure_name        text,
  receiving_agency      uuid,
  competent_agency      uuid,                        -- the agency the figures count it for (cơ quan có thẩm quyền)
  channel               smallint                     -- KenhThucHien: 1 direct, 2 online, 3 postal
                        constraint indicator_dossier_766_channel_check check (channel in (1, 2, 3)),
  status                smallint                     -- DVCQG status 1–10 now
                        constraint indicator_dossier_766_status_check check (status between 1 and 10),
  received_at           timestamp with time zone,    -- NgayTiepNhan; null before reception
  appointment_at        timestamp with time zone,    -- NgayHenTra set at reception (originalDueAt)
  due_at                timestamp with time zone,    -- appointment in force now
  ended_at              timestamp with time zone,    -- end of processing by spec §4.2; null while in progress
  with_result           boolean not null default false, -- ended with a result (status 9/10, not a refusal)
  supplement_requests   int not null default 0,      -- supplement requests during processing
  supplement_paused     interval not null default '0', -- closed supplement pauses
  supplement_open_since timestamp with time zone,    -- the open supplement request, if any
  fee_required          boolean not null default false,
  paid_online           boolean not null default false,
  components            int not null default 0,
  digitised_components  int not null default 0,
  electronic_result     boolean not null default false,
  unsatisfied           boolean not null default false, -- rated "không hài lòng"
  synced_version        bigint,                      -- last version the national portal acknowledged
  synced_at             timestamp with time zone
);

-- A period reads the dossiers received in it and those still open or ended in it; a year reads them all.
create index indicator_dossier_766_received_idx on indicator_dossier_766 (received_at);
create index indicator_dossier_766_ended_idx on indicator_dossier_766 (ended_at);
create index indicator_dossier_766_agency_idx on indicator_dossier_766 (competent_agency, received_at);
