-- Feedback (phản ánh, kiến nghị — PAKN), module org.openprovince.feedback: citizens' feedback on
-- administrative regulations and procedures, agencies and officials (Decree 20/2008/NĐ-CP), its handling
-- with the deadlines of Decision 766 indicator 5.2 (spec §10), published answers and their votes.
-- Agency, procedure and account ids belong to other modules: no foreign keys across modules, names kept
-- for display.

create function feedback_fold(value text) returns text
  language sql immutable parallel safe strict
  return lower(unaccent('unaccent'::regdictionary, value));

-- Public code PAKN-YYMMDD-NNNN: one counter per day for the whole province, incremented in the
-- submitting transaction (an upsert), so two submissions never share a number.
create table feedback_code_counter (
  day  date not null primary key,
  last int  not null constraint feedback_code_counter_range check (last between 1 and 9999)
);

create table feedback (
  id                       uuid primary key,
  code                     varchar(16) not null constraint feedback_code_unique unique,
  status                   text not null constraint feedback_status_check check (status in
                             ('RECEIVED', 'REFUSED', 'SUPPLEMENT_REQUESTED', 'ACCEPTED', 'TRANSFERRED', 'ANSWERED',
                              'PUBLISHED')),
  subject_kind             text not null constraint feedback_subject_check check (subject_kind in
                             ('PROCEDURE', 'AGENCY', 'OFFICIAL')),
  agency_id                uuid not null,        -- the agency that handles it now (changes on transfer)
  agency_name              text not null,
  first_agency_id          uuid not null,        -- the agency the citizen chose
  procedure_id             uuid,
  procedure_code           varchar(8),
  procedure_name           text,
  official_name            text,
  dossier_code             varchar(25),
  title                    text not null,
  content                  text not null,
  -- The submitter (Decree 20/2008 requires name, address and a way to reply): never shown on public pages.
  submitter_account_id     uuid,                 -- null for a guest
  submitter_name           text not null,
  submitter_address        text not null,
  submitter_phone          text,
  submitter_email          text,
  submitted_at             timestamp with time zone not null,
  clock_started_at         timestamp with time zone not null, -- submission, supplement or last transfer
  -- Deadlines on the working calendar of the handling agency, stored when the clock (re)starts.
  refuse_by                timestamp with time zone not null,
  supplement_by            timestamp with time zone not null,
  answer_by                timestamp with time zone not null,
  publish_by               timestamp with time zone,
  due_at                   timestamp with time zone,          -- the deadline that matters now; null while waiting
  refusal_reason           text,
  refused_at               timestamp with time zone,
  supplement_request       text,
  supplement_requested_at  timestamp with time zone,
  supplement_text          text,
  supplemented_at          timestamp with time zone,
  classification           text constraint feedback_classification_check check (classification in
                             ('REGULATION_PROCEDURE', 'OFFICIAL_CONDUCT')),
  accepted_at              timestamp with time zone,
  handler_account_id       uuid,
  handler_name             text,
  transferred_at           timestamp with time zone,
  transfers                int not null default 0,
  answer                   text,
  answered_at              timestamp with time zone,
  answered_by_name         text,
  published_at             timestamp with time zone,
  published_by_name        text,
  -- Indicator 5.2: when handling ended for the agency (refusal, supplement request, publication) and
  -- whether that step was on time; both null while in progress.
  handled_at               timestamp with time zone,
  on_time                  boolean,
  likes                    int not null default 0 constraint feedback_likes_check check (likes >= 0),
  dislikes                 int not null default 0 constraint feedback_dislikes_check check (dislikes >= 0),
  updated_at               timestamp with time zone not null,
  version                  bigint not null
);

-- Public list: published answers, newest first (keyset on published_at, id), by agency, by text.
create index feedback_published_idx on feedback (published_at desc, id desc) where status = 'PUBLISHED';
create index feedback_published_agency_idx on feedback (agency_id, published_at desc, id desc)
  where status = 'PUBLISHED';
create index feedback_published_text_trgm_idx on feedback
  using gin (feedback_fold(title || ' ' || content || ' ' || coalesce(answer, '')) gin_trgm_ops)
  where status = 'PUBLISHED';
-- Office queue and home tiles: open items of an agency by deadline.
create index feedback_open_idx on feedback (agency_id, due_at, id)
  where status in ('RECEIVED', 'SUPPLEMENT_REQUESTED', 'ACCEPTED', 'TRANSFERRED', 'ANSWERED');
-- A citizen's own items; indicators by submission and by end of handling.
create index feedback_submitter_idx on feedback (submitter_account_id, submitted_at desc)
  where submitter_account_id is not null;
create index feedback_submitted_idx on feedback (submitted_at);
create index feedback_handled_idx on feedback (handled_at);

create table feedback_history (
  id           bigint generated always as identity primary key,
  feedback_id  uuid not null references feedback (id),
  at           timestamp with time zone not null,
  action       text not null,
  from_status  text,
  to_status    text not null,
  actor_id     uuid,          -- account; null for a guest
  actor_name   text not null,
  note         text
);
create index feedback_history_feedback_idx on feedback_history (feedback_id, id);

-- One vote per citizen account and published answer (5.3: dislikes > likes means unsatisfied).
create table feedback_vote (
  feedback_id uuid not null references feedback (id),
  account_id  uuid not null,
  value       smallint not null constraint feedback_vote_value_check check (value in (-1, 1)),
  voted_at    timestamp with time zone not null,
  constraint feedback_vote_pk primary key (feedback_id, account_id)
);
