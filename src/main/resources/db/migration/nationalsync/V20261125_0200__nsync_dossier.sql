-- Sync state of each dossier with the national portal (DVCQG), fed by the DossierChanged events.
create table nsync_dossier (
  dossier_id           uuid primary key,
  code                 text,
  receiving_agency_id  uuid not null,
  unit_code            text,
  -- Vietnam date of the reception (NgayTiepNhan); null until received.
  received_day         date,
  wanted_version       bigint not null,
  synced_version       bigint not null default 0,
  progress_synced_seq  int not null default 0,
  state                text not null,
  attempts             int not null default 0,
  next_attempt_at      timestamptz,
  last_error           text,
  last_attempt_at      timestamptz,
  synced_at            timestamptz,
  -- Since when the portal has been behind this dossier (oldest first on the reconciliation page).
  behind_since         timestamptz
);

create index nsync_dossier_due on nsync_dossier (next_attempt_at) where state in ('PENDING', 'FAILING');
create index nsync_dossier_behind on nsync_dossier (behind_since, dossier_id) where state in ('PENDING', 'FAILING', 'INVALID');
create index nsync_dossier_day on nsync_dossier (received_day, unit_code);
create index nsync_dossier_synced on nsync_dossier (synced_at desc) where synced_at is not null;
