-- Dossier processing (giải quyết hồ sơ), module org.openprovince.dossier: dossiers, the snapshot of the
-- internal process each follows, their history, pauses, components, files, supplement requests and the
-- issued forms. Agency, procedure and account ids belong to other modules: no foreign keys across
-- modules, names kept for display.

create function dossier_fold(value text) returns text
  language sql immutable parallel safe strict
  return lower(unaccent('unaccent'::regdictionary, value));

-- Dossier code sequence (spec §6): one counter per receiving agency and reception day, incremented in the
-- receiving transaction, so two desks never get the same number and a number is never issued twice.
create table dossier_code_counter (
  agency_id uuid not null,
  day       date not null,
  last      int  not null,
  constraint dossier_code_counter_pk primary key (agency_id, day),
  constraint dossier_code_counter_range check (last between 1 and 9999)
);

create table dossier (
  id                      uuid primary key,
  code                    varchar(25),
  procedure_id            uuid not null,
  procedure_version_id    uuid not null,
  procedure_code          varchar(8) not null,
  procedure_name          text not null,
  channel                 text not null,
  state                   text not null,
  status                  smallint not null,
  outcome                 text not null default 'GRANT',
  receiving_agency_id     uuid not null,
  receiving_agency_code   varchar(13) not null,
  receiving_agency_name   text not null,
  competent_agency_id     uuid not null,
  competent_agency_name   text not null,
  applicant_name          text not null,
  applicant_id_number     varchar(12),
  applicant_phone         varchar(20),
  applicant_email         text,
  applicant_address       text,
  owner_name              text,
  owner_id_number         varchar(12),
  owner_address           text,
  citizen_account_id      uuid,
  summary                 text,
  sets                    int not null default 1,
  time_limit              numeric(7, 2) not null,
  time_limit_unit         text not null,
  after_supplement        text not null,
  fee_total               bigint,
  fee_note                text,
  submitted_at            timestamptz,
  received_at             timestamptz,
  received_by_id          uuid,
  received_by_name        text,
  due_at                  timestamptz,
  original_due_at         timestamptz,
  finished_at             timestamptz,
  returned_at             timestamptz,
  step_index              int not null,
  step_started_at         timestamptz not null,
  step_due_at             timestamptz,
  assignee_id             uuid,
  assignee_name           text,
  action_agency_id        uuid,
  action_role             text,
  paused_since            timestamptz,
  processing_supplements  int not null default 0,
  apologies               int not null default 0,
  pending_items           text[] not null default '{}',
  pending_reason          text,
  payment_amount          bigint,
  result_number           text,
  result_signer           text,
  result_date             date,
  result_summary          text,
  result_file_id          uuid,
  return_method           text,
  return_receiver         text,
  rating                  text,
  rated_at                timestamptz,
  created_at              timestamptz not null,
  updated_at              timestamptz not null,
  version                 bigint not null,
  constraint dossier_code_key unique (code),
  constraint dossier_status_check check (status between 1 and 10),
  constraint dossier_sets_check check (sets between 1 and 99),
  constraint dossier_supplements_check check (processing_supplements between 0 and 1),
  constraint dossier_apologies_check check (apologies between 0 and 1)
);
-- Work queues: who must act next (agency and role), by step deadline; only dossiers still open.
create index dossier_action_idx on dossier (action_agency_id, action_role, step_due_at, id)
  where action_agency_id is not null;
create index dossier_action_due_idx on dossier (action_agency_id, due_at, id) where action_agency_id is not null;
create index dossier_assignee_idx on dossier (assignee_id, step_due_at, id) where assignee_id is not null;
-- Search and registers: newest first per receiving and competent agency, and province-wide.
create index dossier_created_idx on dossier (created_at desc, id desc);
create index dossier_receiving_created_idx on dossier (receiving_agency_id, created_at desc, id desc);
create index dossier_competent_created_idx on dossier (competent_agency_id, created_at desc, id desc);
create index dossier_receiving_received_idx on dossier (receiving_agency_id, received_at);
create index dossier_status_created_idx on dossier (status, created_at desc, id desc);
create index dossier_applicant_id_idx on dossier (applicant_id_number);
create index dossier_citizen_idx on dossier (citizen_account_id) where citizen_account_id is not null;
create index dossier_applicant_name_trgm_idx on dossier using gin (dossier_fold(applicant_name) gin_trgm_ops);
create index dossier_procedure_idx on dossier (procedure_code, created_at desc);

-- The internal process as it stood when the dossier was received (quy trình nội bộ), one row a step.
create table dossier_step (
  dossier_id     uuid not null,
  idx            int not null,
  name           text not null,
  position_code  varchar(40) not null,
  role           text not null,
  agency_id      uuid not null,
  agency_name    text not null,
  department     varchar(20),
  budget_minutes int not null,
  status         smallint not null,
  may_return     boolean not null,
  constraint dossier_step_pk primary key (dossier_id, idx),
  constraint dossier_step_fk foreign key (dossier_id) references dossier (id)
);

-- What happened, in order (quá trình xử lý): one row per transition, never changed.
create table dossier_history (
  dossier_id   uuid not null,
  seq          int not null,
  action       text not null,
  from_status  smallint,
  to_status    smallint not null,
  step_index   int not null,
  step_name    text not null,
  agency_name  text not null,
  actor_id     uuid,
  actor_name   text not null,
  at           timestamptz not null,
  step_due_at  timestamptz,
  note         text,
  attachments  uuid[] not null default '{}',
  receiver     text,
  constraint dossier_history_pk primary key (dossier_id, seq),
  constraint dossier_history_fk foreign key (dossier_id) references dossier (id)
);

-- Periods when the clock stood still: supplementation (bổ sung) and financial obligations.
create table dossier_pause (
  dossier_id uuid not null,
  seq        int not null,
  kind       text not null,
  from_at    timestamptz not null,
  to_at      timestamptz,
  constraint dossier_pause_pk primary key (dossier_id, seq),
  constraint dossier_pause_fk foreign key (dossier_id) references dossier (id),
  constraint dossier_pause_order check (to_at is null or to_at >= from_at)
);

-- Components received (thành phần hồ sơ), with the scanned file when there is one.
create table dossier_component (
  dossier_id uuid not null,
  idx        int not null,
  name       text not null,
  originals  int not null,
  copies     int not null,
  file_id    uuid,
  constraint dossier_component_pk primary key (dossier_id, idx),
  constraint dossier_component_fk foreign key (dossier_id) references dossier (id)
);

create table dossier_file (
  id           uuid primary key,
  dossier_id   uuid not null,
  kind         text not null,
  file_name    text not null,
  content_type text not null,
  size         bigint not null,
  sha256       char(64) not null,
  content      bytea not null,
  uploaded_at  timestamptz not null,
  uploaded_by  text not null,
  constraint dossier_file_fk foreign key (dossier_id) references dossier (id)
);
create index dossier_file_dossier_idx on dossier_file (dossier_id);

-- Issued forms (biểu mẫu, Circular 03/2025/TT-VPCP Annex I): the PDF as issued, never changed.
create table dossier_form (
  id          uuid primary key,
  dossier_id  uuid not null,
  form_type   text not null,
  issued_at   timestamptz not null,
  issued_by   text not null,
  sha256      char(64) not null,
  pdf         bytea not null,
  constraint dossier_form_fk foreign key (dossier_id) references dossier (id)
);
create index dossier_form_dossier_idx on dossier_form (dossier_id, issued_at);

create function dossier_form_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'An issued form never changes (dossier_form %)', old.id;
end $$;
create trigger dossier_form_no_update before update or delete on dossier_form
  for each row execute function dossier_form_immutable();
