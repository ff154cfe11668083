-- The e-form (tờ khai điện tử) of a version: the fields a citizen fills in when submitting online, in
-- order (idx). Written with the version and never changed, like its other parts. options only for
-- CHOICE, max_length only for TEXT and ADDRESS, min_value / max_value only for NUMBER (checked in
-- org.openprovince.catalog.FormField).
create table catalog_version_form_field (
  version_id uuid not null,
  idx        int not null,
  key        varchar(40) not null,
  label      text not null,
  type       text not null,
  required   boolean not null,
  options    text[] not null,
  hint       text,
  max_length int,
  min_value  numeric,
  max_value  numeric,
  constraint catalog_version_form_field_pk primary key (version_id, idx),
  constraint catalog_version_form_field_fk foreign key (version_id) references catalog_procedure_version (id),
  constraint catalog_version_form_field_key unique (version_id, key),
  constraint catalog_version_form_field_key_check check (key ~ '^[a-z][a-z0-9_]{0,39}$'),
  constraint catalog_version_form_field_type_check check (type in ('TEXT', 'NUMBER', 'DATE', 'CHOICE', 'ADDRESS')),
  constraint catalog_version_form_field_length_check check (max_length is null or max_length between 1 and 5000),
  constraint catalog_version_form_field_bounds_check check (min_value is null or max_value is null or min_value <= max_value)
);
