-- Administrative-procedure catalog (danh mục thủ tục hành chính), module org.openprovince.catalog:
-- procedures, their versions with the parts required by Decree 63/2010/NĐ-CP art. 8.2, the per-agency
-- configuration with the internal process (quy trình nội bộ), and a search table.

-- Search key: lower case without Vietnamese diacritics, "Cấp lại Giấy phép lái xe" -> "cap lai giay phep lai xe".
-- unaccent() is only STABLE; an IMMUTABLE wrapper (SQL-standard body, bound at creation) can be indexed.
create function catalog_fold(value text) returns text
  language sql immutable parallel safe strict
  return lower(unaccent('unaccent'::regdictionary, value));

-- The procedure itself: its national code and where its version history stands.
create table catalog_procedure (
  id                    uuid primary key,
  code                  varchar(8) not null,
  latest_number         int not null,
  latest_effective_from date not null,
  created_at            timestamptz not null,
  version               bigint not null,
  constraint catalog_procedure_code_key unique (code),
  constraint catalog_procedure_code_check check (code ~ '^[0-9]\.[0-9]{6}$')
);

-- One published version of a procedure; never changed once written, except effective_to, which is set
-- when the next version is added (the day before the next version's effective_from).
create table catalog_procedure_version (
  id                     uuid primary key,
  procedure_id           uuid not null,
  number                 int not null,
  effective_from         date not null,
  effective_to           date,
  code                   varchar(8) not null,
  name                   text not null,
  field_code             varchar(30) not null,
  field_name             text not null,
  levels                 text[] not null,
  implementing_agency    text not null,
  competent_agency       text,
  target_subjects        text not null,
  channels               text[] not null,
  time_limit             numeric(7, 2) not null,
  time_limit_unit        text not null,
  online_time_limit      numeric(7, 2),
  online_time_limit_unit text,
  time_limit_note        text,
  online_level           text not null,
  requirements           text,
  decision_number        text,
  decision_date          date,
  decision_issuer        text,
  note                   text,
  created_at             timestamptz not null,
  constraint catalog_version_number_key unique (procedure_id, number),
  constraint catalog_version_from_key unique (procedure_id, effective_from),
  constraint catalog_version_procedure_fk foreign key (procedure_id) references catalog_procedure (id),
  constraint catalog_version_validity_check check (effective_to is null or effective_to >= effective_from),
  constraint catalog_version_unit_check check (time_limit_unit in ('WORKING_DAYS', 'CALENDAR_DAYS', 'HOURS')),
  constraint catalog_version_online_unit_check
    check (online_time_limit_unit is null or online_time_limit_unit in ('WORKING_DAYS', 'CALENDAR_DAYS', 'HOURS')),
  constraint catalog_version_online_level_check check (online_level in ('INFORMATION', 'PARTIAL', 'FULL'))
);
create index catalog_version_in_force_idx on catalog_procedure_version (procedure_id, effective_from desc);

-- Parts of a version (trình tự, thành phần hồ sơ, phí/lệ phí, kết quả, căn cứ pháp lý), in order.
create table catalog_version_step (
  version_id  uuid not null,
  idx         int not null,
  case_name   text,
  description text not null,
  constraint catalog_version_step_pk primary key (version_id, idx),
  constraint catalog_version_step_fk foreign key (version_id) references catalog_procedure_version (id)
);

create table catalog_version_document (
  version_id    uuid not null,
  idx           int not null,
  case_name     text,
  name          text not null,
  originals     int not null,
  copies        int not null,
  mandatory     boolean not null,
  template_name text,
  template_url  text,
  document_code varchar(50),
  constraint catalog_version_document_pk primary key (version_id, idx),
  constraint catalog_version_document_fk foreign key (version_id) references catalog_procedure_version (id),
  constraint catalog_version_document_count_check check (originals >= 0 and copies >= 0)
);

create table catalog_version_fee (
  version_id  uuid not null,
  idx         int not null,
  kind        text not null,
  channel     text,
  description text not null,
  amount      bigint,
  exemption   text,
  constraint catalog_version_fee_pk primary key (version_id, idx),
  constraint catalog_version_fee_fk foreign key (version_id) references catalog_procedure_version (id),
  constraint catalog_version_fee_kind_check check (kind in ('FEE', 'CHARGE')),
  constraint catalog_version_fee_amount_check check (amount is null or amount >= 0)
);

create table catalog_version_result (
  version_id uuid not null,
  idx        int not null,
  code       varchar(50),
  name       text not null,
  constraint catalog_version_result_pk primary key (version_id, idx),
  constraint catalog_version_result_fk foreign key (version_id) references catalog_procedure_version (id)
);

create table catalog_version_legal_basis (
  version_id uuid not null,
  idx        int not null,
  number     text not null,
  title      text not null,
  constraint catalog_version_legal_basis_pk primary key (version_id, idx),
  constraint catalog_version_legal_basis_fk foreign key (version_id) references catalog_procedure_version (id)
);

-- Per-agency configuration of a version: the competent agency (cơ quan có thẩm quyền), the agencies that
-- receive (with the default one and its default officer) and the internal process. Agency and staff
-- ids belong to the organization module: no foreign keys across modules, names kept for display.
create table catalog_agency_setup (
  id                    uuid primary key,
  version_id            uuid not null,
  procedure_id          uuid not null,
  competent_agency_id   uuid not null,
  competent_agency_code varchar(13) not null,
  competent_agency_name text not null,
  version               bigint not null,
  constraint catalog_setup_agency_key unique (version_id, competent_agency_id),
  constraint catalog_setup_version_fk foreign key (version_id) references catalog_procedure_version (id)
);
create index catalog_setup_competent_idx on catalog_agency_setup (competent_agency_id);

create table catalog_setup_receiver (
  setup_id     uuid not null,
  idx          int not null,
  agency_id    uuid not null,
  agency_code  varchar(13) not null,
  agency_name  text not null,
  is_default   boolean not null,
  officer_id   uuid,
  officer_name text,
  constraint catalog_setup_receiver_pk primary key (setup_id, idx),
  constraint catalog_setup_receiver_fk foreign key (setup_id) references catalog_agency_setup (id)
);
create index catalog_setup_receiver_agency_idx on catalog_setup_receiver (agency_id);

create table catalog_process_step (
  setup_id        uuid not null,
  idx             int not null,
  name            text not null,
  position_code   varchar(40) not null,
  unit            text not null,
  department_code varchar(20),
  budget_hours    numeric(7, 2) not null,
  status          smallint not null,
  may_return      boolean not null,
  constraint catalog_process_step_pk primary key (setup_id, idx),
  constraint catalog_process_step_fk foreign key (setup_id) references catalog_agency_setup (id),
  constraint catalog_process_step_unit_check check (unit in ('RECEIVING_AGENCY', 'COMPETENT_AGENCY')),
  constraint catalog_process_step_budget_check check (budget_hours >= 0),
  constraint catalog_process_step_status_check check (status between 1 and 10)
);

-- Search: one row per version, kept by the module when versions and setups change. The document is the
-- folded code, name, field and agency names, trigram-indexed so that every typed word can be found
-- accent-insensitively; the folded name alone (short, so cheap to compare) serves typo-tolerant
-- similarity and ranking. Filters use the other columns.
create table catalog_search (
  version_id     uuid primary key,
  procedure_id   uuid not null,
  code           varchar(8) not null,
  name           text not null,
  field_code     varchar(30) not null,
  field_name     text not null,
  levels         text[] not null,
  online_level   text not null,
  agency_ids     uuid[] not null,
  agency_names   text not null,
  effective_from date not null,
  effective_to   date,
  document       text generated always as
    (catalog_fold(code || ' ' || name || ' ' || field_name || ' ' || agency_names)) stored,
  name_fold      text generated always as (catalog_fold(name)) stored,
  constraint catalog_search_version_fk foreign key (version_id) references catalog_procedure_version (id)
);
create index catalog_search_document_trgm_idx on catalog_search using gin (document gin_trgm_ops);
create index catalog_search_name_trgm_idx on catalog_search using gin (name_fold gin_trgm_ops);
create index catalog_search_in_force_idx on catalog_search (effective_from, effective_to);
create index catalog_search_code_idx on catalog_search (code, effective_from);
create index catalog_search_field_idx on catalog_search (field_code);
create index catalog_search_levels_idx on catalog_search using gin (levels);
create index catalog_search_agencies_idx on catalog_search using gin (agency_ids);
