-- Sandbox national public-service portal (sandboxportal module): what the stand-in for Cổng DVCQG holds.

-- The current HoSo per dossier code, as last accepted (DongBoHoSoMC), with the columns the pages and the
-- reconciliation (ThongKeDongBo) query.
create table sandbox_hoso (
    seq               bigint generated always as identity unique,
    ma_ho_so          text        primary key,
    unit              text        not null,
    received_day      date        not null,
    status            text        not null,
    version           bigint      not null,
    first_received_at timestamptz not null,
    last_received_at  timestamptz not null,
    accepted_times    integer     not null default 1,
    payload           jsonb       not null
);
create index sandbox_hoso_day_unit on sandbox_hoso (received_day, unit);

-- Progress rows (CapNhatTienDoHoSoMC), one per dossier and history sequence number (STT).
create table sandbox_progress (
    ma_ho_so          text        not null,
    stt               integer     not null,
    status            text        not null,
    handled_at        text,
    first_received_at timestamptz not null,
    last_received_at  timestamptz not null,
    accepted_times    integer     not null default 1,
    payload           jsonb       not null,
    primary key (ma_ho_so, stt)
);

-- Sessions issued by LayToken; in the database so every node knows them.
create table sandbox_session (
    token      text        primary key,
    unit       text        not null,
    issued_at  timestamptz not null,
    expires_at timestamptz not null
);

-- The failure mode every node applies (one row).
create table sandbox_mode (
    id         integer     primary key check (id = 1),
    mode       text        not null,
    delay_ms   bigint      not null,
    fail_next  integer     not null check (fail_next >= 0),
    changed_at timestamptz not null,
    changed_by text        not null
);
insert into sandbox_mode (id, mode, delay_ms, fail_next, changed_at, changed_by)
values (1, 'NORMAL', 5000, 0, now(), 'system');

-- The request log: the latest calls with their verdicts (trimmed to the configured size).
create table sandbox_request (
    seq         bigint generated always as identity primary key,
    at          timestamptz not null,
    service     text        not null,
    items       integer     not null,
    accepted    integer     not null,
    rejected    integer     not null,
    error_code  text        not null,
    http_status integer     not null,
    duration_ms bigint      not null,
    message     text
);
create index sandbox_request_at on sandbox_request (at);
