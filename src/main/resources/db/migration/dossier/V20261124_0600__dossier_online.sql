-- Online submission through the citizen portal (issue 5).
-- The applicant's e-form (tờ khai điện tử) as submitted: [{"key", "label", "value"}, …] in form order,
-- labels kept so a later change of the catalog's form never changes what was declared.
alter table dossier add column form_data jsonb not null default '[]';
-- Whether the owner (chủ hồ sơ) is a person or an organisation (LoaiDoiTuong); an organisation's number is
-- its tax code, 10 digits or 10 + "-" + 3 for a branch.
alter table dossier add column owner_kind text not null default 'PERSON';
alter table dossier alter column owner_id_number type varchar(14);
-- The fee or charge paid online at submission (spec §8.2, DuocThanhToanTrucTuyen = 2: the province's gateway).
alter table dossier add column fee_paid_at timestamptz;
alter table dossier add column fee_paid_online boolean not null default false;
alter table dossier add column fee_receipt text;
alter table dossier add constraint dossier_owner_kind_check check (owner_kind in ('PERSON', 'ORGANISATION'));
drop index dossier_citizen_idx;
create index dossier_citizen_idx on dossier (citizen_account_id, created_at desc, id desc) where citizen_account_id is not null;
