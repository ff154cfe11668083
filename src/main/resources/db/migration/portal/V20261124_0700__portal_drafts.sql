-- Online submissions in progress (hồ sơ đang soạn): what the citizen has entered so far, saved at every
-- step so it can be resumed later or from another device. Files live in the storage module; this table
-- keeps their keys. A draft disappears when it is submitted or deleted.
create table portal_draft (
  id             uuid primary key,
  account_id     uuid not null,
  procedure_id   uuid not null,
  procedure_code varchar(8) not null,
  procedure_name text not null,
  data           jsonb not null,
  created_at     timestamptz not null,
  updated_at     timestamptz not null,
  version        bigint not null
);
create index portal_draft_account_idx on portal_draft (account_id, updated_at desc);

create table portal_draft_file (
  draft_id      uuid not null references portal_draft (id) on delete cascade,
  component_idx int not null,
  storage_key   text not null,
  file_name     text not null,
  content_type  text not null,
  size          bigint not null,
  sha256        char(64) not null,
  uploaded_at   timestamptz not null,
  constraint portal_draft_file_pk primary key (draft_id, component_idx)
);
