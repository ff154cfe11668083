-- The audit page filters actors by exact name or by prefix ("nguyen*"). A pattern-ops index serves
-- both (LIKE 'prefix%' as a range scan, = as usual) whatever the database collation, still
-- ordered by seq for keyset pagination.
drop index audit_entry_actor_idx;
create index audit_entry_actor_idx on audit_entry (actor text_pattern_ops, seq desc);
