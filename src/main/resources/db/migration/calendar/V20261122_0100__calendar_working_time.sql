-- Working calendar (module org.openprovince.calendar): office hours per agency, the government's
-- yearly schedule of extra days off and compensatory working days, and the revision that tells
-- every node when its cached copy of them is stale. Public holidays are computed, not stored.

-- One row; every change sets it to a fresh sequence value in the same transaction.
create sequence calendar_revision_seq;
create table calendar_revision (
  id       smallint primary key,
  revision bigint not null,
  constraint calendar_revision_single check (id = 1)
);
insert into calendar_revision (id, revision) values (1, nextval('calendar_revision_seq'));

-- Office hours: the province's default (agency_id null, exactly one) and agencies with their own.
-- agency_id is an organization agency id (no foreign key across modules).
create table calendar_hours (
  id         uuid primary key,
  agency_id  uuid,
  version    bigint not null,
  updated_at timestamptz not null,
  constraint calendar_hours_agency_key unique (agency_id)
);
create unique index calendar_hours_default_key on calendar_hours ((agency_id is null)) where agency_id is null;

-- Shifts of each day of the week (ISO: 1 = Monday … 7 = Sunday); a day without rows is a rest day.
create table calendar_hours_shift (
  hours_id    uuid not null,
  day_of_week smallint not null,
  starts_at   time not null,
  ends_at     time not null,
  constraint calendar_hours_shift_pk primary key (hours_id, day_of_week, starts_at),
  constraint calendar_hours_shift_hours_fk foreign key (hours_id) references calendar_hours (id) on delete cascade,
  constraint calendar_hours_shift_day_check check (day_of_week between 1 and 7),
  constraint calendar_hours_shift_order_check check (starts_at < ends_at)
);

-- Default: 07:00–11:30 and 13:30–17:00, Monday to Friday (spec §4.3); administrators may change it.
insert into calendar_hours (id, agency_id, version, updated_at)
values ('6c1c3a52-6c2e-4d1a-9d0e-000000000001', null, 0, now());
insert into calendar_hours_shift (hours_id, day_of_week, starts_at, ends_at)
select '6c1c3a52-6c2e-4d1a-9d0e-000000000001', d, s.starts_at, s.ends_at
from generate_series(1, 5) as d,
     (values (time '07:00', time '11:30'), (time '13:30', time '17:00')) as s(starts_at, ends_at);

-- The yearly schedule: one entry per date, overriding computed holidays and the office week.
create table calendar_day_override (
  id          uuid primary key,
  day         date not null,
  kind        text not null,
  reason      text not null,
  legal_basis text,
  created_at  timestamptz not null,
  constraint calendar_day_override_day_key unique (day),
  constraint calendar_day_override_kind_check check (kind in ('DAY_OFF', 'WORKING_DAY')),
  constraint calendar_day_override_reason_check check (length(reason) between 1 and 200),
  constraint calendar_day_override_basis_check check (legal_basis is null or length(legal_basis) between 1 and 200)
);
