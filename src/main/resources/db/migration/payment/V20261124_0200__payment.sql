-- Fee payment (payment module): requests, their fee/charge lines, gateway attempts and the e-receipt
-- counter. Spec §8.2 (YeuCauThanhToan): status, amount split into phí / lệ phí, e-receipt, transaction,
-- refund and cancellation (who, when, why).
create table payment_request (
  id                 uuid primary key,
  seq                bigint generated always as identity unique, -- keyset of the office list, newest first
  subject_type       text not null,               -- e.g. Dossier: what is paid for (another module's id, no FK)
  subject_id         uuid not null,
  subject_reference  text not null,               -- e.g. the dossier code, shown and searched
  purpose            text not null constraint payment_request_purpose_check
                     check (purpose in ('SUBMISSION_FEE', 'FINANCIAL_OBLIGATION')),
  payer_account_id   uuid,                        -- the citizen who may pay online; null: nobody online
  payer_name         text not null,
  description        text not null,
  return_path        text not null,
  amount             bigint not null constraint payment_request_amount_check check (amount > 0), -- VND
  status             text not null constraint payment_request_status_check
                     check (status in ('UNPAID', 'PENDING', 'PAID', 'REFUNDED', 'CANCELLED')),
  created_at         timestamp with time zone not null,
  -- Set once, when the request becomes PAID (the successful gateway transaction).
  paid_at            timestamp with time zone,
  gateway            text,
  txn_ref            text,
  transaction_no     text,
  bank_code          text,
  -- Biên lai điện tử, issued when the request becomes PAID.
  receipt_form       text,
  receipt_symbol     text,
  receipt_number     text,
  receipt_provider   text,
  receipt_issued_at  timestamp with time zone,
  -- Refund (Đã hoàn phí) or cancellation (Hủy thanh toán): who, when, why.
  closed_at          timestamp with time zone,
  closed_by          text,
  close_reason       text,
  refund_account     text,
  constraint payment_request_receipt_unique unique (receipt_symbol, receipt_number)
);
-- At most one open request per subject, purpose and amount: a double click opens one.
create unique index payment_request_open_once on payment_request (subject_type, subject_id, purpose, amount)
  where status in ('UNPAID', 'PENDING');
create index payment_request_subject_idx on payment_request (subject_id, created_at);
create index payment_request_status_idx on payment_request (status, seq desc);
create index payment_request_reference_idx on payment_request (subject_reference text_pattern_ops, seq desc);

create table payment_line (
  request_id uuid not null references payment_request (id),
  position   int not null,
  kind       text not null constraint payment_line_kind_check check (kind in ('FEE', 'CHARGE')),
  name       text not null,
  amount     bigint not null constraint payment_line_amount_check check (amount > 0),
  primary key (request_id, position)
);

-- One row per press of "Thanh toán": its own vnp_TxnRef, so a retried payment is a new transaction.
create table payment_attempt (
  id             uuid primary key,
  request_id     uuid not null references payment_request (id),
  txn_ref        text not null constraint payment_attempt_txn_ref_unique unique,
  gateway        text not null,
  amount         bigint not null,
  status         text not null constraint payment_attempt_status_check
                 check (status in ('PENDING', 'SUCCEEDED', 'FAILED')),
  created_at     timestamp with time zone not null,
  completed_at   timestamp with time zone,
  response_code  text,
  transaction_no text,
  bank_code      text,
  callback       jsonb -- the signed parameters of the callback that decided the attempt, kept as evidence
);
create index payment_attempt_request_idx on payment_attempt (request_id, created_at);
create sequence payment_txn_seq;

-- Receipt numbers per calendar year (Vietnam time): incremented by upsert, never reused.
create table payment_receipt_counter (
  year        int primary key,
  last_number bigint not null
);
