-- Notices to applicants (notification module): stored before they are sent, one per status change and channel.
create table notification_message (
  id              bigint generated always as identity primary key,
  dossier_id      uuid not null,
  dossier_code    text,                       -- null before reception
  status          text not null,              -- DvcqgStatus the notice announces
  status_at       timestamp with time zone not null,
  channel         text not null constraint notification_message_channel_check check (channel in ('EMAIL', 'SMS')),
  recipient       text not null,              -- e-mail address, or +84… mobile number
  subject         text,                       -- e-mail only
  body            text not null,
  state           text not null
                  constraint notification_message_state_check check (state in ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
  attempts        int not null default 0,
  last_error      text,                       -- why the last attempt failed, or why it was skipped
  next_attempt_at timestamp with time zone,   -- when the retry job may send it; null when nothing is planned
  created_at      timestamp with time zone not null,
  sent_at         timestamp with time zone,
  -- A redelivered event (the registry retries incomplete publications) stores nothing new.
  constraint notification_message_once unique (dossier_id, status, status_at, channel)
);

-- The retry job: due rows only, oldest first.
create index notification_message_due_idx on notification_message (next_attempt_at)
  where state in ('PENDING', 'FAILED');
-- The admin list, newest first (keyset on id), by state, dossier code or recipient.
create index notification_message_state_idx on notification_message (state, id desc);
create index notification_message_code_idx on notification_message (dossier_code, id desc);
create index notification_message_recipient_idx on notification_message (lower(recipient), id desc);
