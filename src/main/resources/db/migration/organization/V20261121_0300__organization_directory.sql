-- Organisation directory: administrative units over time, agencies and their departments,
-- positions, staff and their assignments (module org.openprovince.organization).

-- Search key: lower case without Vietnamese diacritics, "Phường Hồng Hải" -> "phuong hong hai".
-- unaccent() is only STABLE, so an IMMUTABLE wrapper is needed to index it. The SQL-standard body is
-- bound when the function is created, so it does not depend on the caller's search_path.
-- unaccent runs before lower(): under a C locale lower() folds ASCII only, unaccent turns Đ/Ồ into D/O.
create function organization_fold(value text) returns text
  language sql immutable parallel safe strict
  return lower(unaccent('unaccent'::regdictionary, value));

create table organization_administrative_unit (
  id         uuid primary key,
  code       varchar(5) not null,
  name       text not null,
  level      text not null,
  parent_id  uuid,
  valid_from date not null,
  valid_to   date,
  version    bigint not null,
  constraint organization_unit_code_key unique (code),
  constraint organization_unit_level_check check (level in ('PROVINCE', 'DISTRICT', 'COMMUNE')),
  constraint organization_unit_code_check check (code ~ '^[0-9]+$'),
  constraint organization_unit_validity_check check (valid_to is null or valid_to >= valid_from),
  constraint organization_unit_parent_fk foreign key (parent_id) references organization_administrative_unit (id)
);
create index organization_unit_name_trgm_idx on organization_administrative_unit
  using gin (organization_fold(name) gin_trgm_ops);
create index organization_unit_code_pattern_idx on organization_administrative_unit (code varchar_pattern_ops);
create index organization_unit_parent_idx on organization_administrative_unit (parent_id);

-- A merge: predecessor units ended the day before effective_date, the successor took over from it.
create table organization_unit_succession (
  successor_id   uuid not null,
  predecessor_id uuid not null,
  effective_date date not null,
  constraint organization_unit_succession_pk primary key (successor_id, predecessor_id),
  constraint organization_unit_succession_successor_fk foreign key (successor_id)
    references organization_administrative_unit (id),
  constraint organization_unit_succession_predecessor_fk foreign key (predecessor_id)
    references organization_administrative_unit (id)
);
create index organization_unit_succession_predecessor_idx on organization_unit_succession (predecessor_id);

create table organization_agency (
  id                     uuid primary key,
  code                   varchar(13) not null,
  name                   text not null,
  short_name             text,
  kind                   text not null,
  administrative_unit_id uuid,
  parent_id              uuid,
  valid_from             date not null,
  valid_to               date,
  version                bigint not null,
  constraint organization_agency_code_key unique (code),
  constraint organization_agency_code_check check (code ~ '^[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.[A-Z][0-9]{2}$'),
  constraint organization_agency_kind_check check (kind in ('PROVINCIAL_PEOPLES_COMMITTEE', 'DEPARTMENT',
    'PROVINCIAL_SERVICE_CENTER', 'COMMUNE_PEOPLES_COMMITTEE', 'COMMUNE_SERVICE_CENTER', 'OTHER')),
  constraint organization_agency_validity_check check (valid_to is null or valid_to >= valid_from),
  constraint organization_agency_unit_fk foreign key (administrative_unit_id)
    references organization_administrative_unit (id),
  constraint organization_agency_parent_fk foreign key (parent_id) references organization_agency (id)
);
create index organization_agency_name_trgm_idx on organization_agency using gin (organization_fold(name) gin_trgm_ops);
create index organization_agency_short_name_trgm_idx on organization_agency
  using gin (organization_fold(short_name) gin_trgm_ops);
create index organization_agency_code_pattern_idx on organization_agency (code varchar_pattern_ops);
create index organization_agency_unit_idx on organization_agency (administrative_unit_id, code);
create index organization_agency_kind_idx on organization_agency (kind, code);
create index organization_agency_parent_idx on organization_agency (parent_id);

-- Departments belong to the agency aggregate, which rewrites them on every save.
create table organization_department (
  id        uuid primary key,
  agency_id uuid not null,
  code      varchar(20) not null,
  name      text not null,
  constraint organization_department_code_key unique (agency_id, code),
  constraint organization_department_agency_fk foreign key (agency_id) references organization_agency (id)
);

create table organization_position (
  id      uuid primary key,
  code    varchar(40) not null,
  name    text not null,
  version bigint not null,
  constraint organization_position_code_key unique (code)
);

create table organization_staff (
  id        uuid primary key,
  full_name text not null,
  email     text not null,
  phone     text,
  version   bigint not null,
  constraint organization_staff_email_key unique (email),
  constraint organization_staff_email_lower_check check (email = lower(email))
);
create index organization_staff_name_trgm_idx on organization_staff using gin (organization_fold(full_name) gin_trgm_ops);
create index organization_staff_email_trgm_idx on organization_staff using gin (email gin_trgm_ops);
create index organization_staff_name_keyset_idx on organization_staff (full_name, id);

create table organization_staff_assignment (
  id            uuid primary key,
  staff_id      uuid not null,
  agency_id     uuid not null,
  department_id uuid,
  position_id   uuid not null,
  valid_from    date not null,
  valid_to      date,
  is_primary    boolean not null,
  constraint organization_assignment_validity_check check (valid_to is null or valid_to >= valid_from),
  constraint organization_assignment_staff_fk foreign key (staff_id) references organization_staff (id),
  constraint organization_assignment_agency_fk foreign key (agency_id) references organization_agency (id),
  -- Deferred: saving an agency deletes and re-inserts its departments within the transaction.
  constraint organization_assignment_department_fk foreign key (department_id)
    references organization_department (id) deferrable initially deferred,
  constraint organization_assignment_position_fk foreign key (position_id) references organization_position (id)
);
create index organization_assignment_staff_idx on organization_staff_assignment (staff_id);
create index organization_assignment_agency_idx on organization_staff_assignment (agency_id, valid_from);
create index organization_assignment_department_idx on organization_staff_assignment (department_id);
