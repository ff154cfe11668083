-- Whether the time limit restarts from zero once a supplementation during processing is complete
-- (spec §4.4, vendor flag SuDungYeuCauBoSungTheoNghiDinh) instead of resuming: per version.
alter table catalog_procedure_version add column restart_after_supplement boolean not null default false;
