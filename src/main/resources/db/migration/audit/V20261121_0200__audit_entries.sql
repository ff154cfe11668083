-- Audit trail: append-only, hash-chained entries (see AuditTrail).
create table audit_entry (
  seq            bigint generated always as identity primary key,
  occurred_at    timestamp with time zone not null,
  actor          text not null,
  action         text not null,
  target_type    text not null,
  target_id      text,
  details        text not null,           -- canonical JSON exactly as hashed
  client_address text,
  correlation_id text,
  prev_hash      char(64) not null,
  hash           char(64) not null
);
create index audit_entry_occurred_idx on audit_entry (occurred_at desc);
create index audit_entry_actor_idx on audit_entry (actor, seq desc);
create index audit_entry_action_idx on audit_entry (action text_pattern_ops, seq desc);
create index audit_entry_target_idx on audit_entry (target_type, target_id, seq desc);
create index audit_entry_correlation_idx on audit_entry (correlation_id);

-- The last link of the chain, updated in the same transaction as each append, so that removing
-- the newest entries is detected too.
create table audit_chain_head (
  id       int primary key check (id = 1),
  last_seq bigint not null,
  hash     char(64) not null
);
