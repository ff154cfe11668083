-- Files of dossiers live in the storage module (a local directory or an S3-compatible store, outside
-- the database and the web root); the row keeps the key. Rows written before keep their bytes here.
alter table dossier_file add column storage_key text;
alter table dossier_file alter column content drop not null;
alter table dossier_file add constraint dossier_file_content_check check (content is not null or storage_key is not null);
