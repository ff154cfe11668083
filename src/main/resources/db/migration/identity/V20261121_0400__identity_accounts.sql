-- Accounts of staff and citizens, and their role grants (scoped to an agency).
create table identity_account (
  id                  uuid primary key,
  kind                text not null check (kind in ('STAFF', 'CITIZEN')),
  username            text not null,
  password_hash       text not null,
  display_name        text not null,
  email               text,
  phone               text,
  citizen_id          char(12),
  staff_id            uuid,                 -- organization staff record (no cross-module FK)
  failed_logins       int not null default 0,
  locked_until        timestamp with time zone,
  enabled             boolean not null default true,
  created_at          timestamp with time zone not null,
  password_changed_at timestamp with time zone not null,
  version             bigint not null default 0,
  constraint identity_account_username_uk unique (username),
  constraint identity_account_citizen_id_uk unique (citizen_id),
  constraint identity_account_staff_uk unique (staff_id)
);
create index identity_account_kind_name_idx on identity_account (kind, display_name);

create table identity_role_grant (
  account_id    uuid not null references identity_account (id) on delete cascade,
  role          text not null,
  agency_id     uuid,                       -- organization agency; null = province-wide
  department_id uuid
);
create unique index identity_role_grant_uk on identity_role_grant
  (account_id, role, coalesce(agency_id, '00000000-0000-0000-0000-000000000000'::uuid),
   coalesce(department_id, '00000000-0000-0000-0000-000000000000'::uuid));
create index identity_role_grant_agency_idx on identity_role_grant (agency_id, role);
