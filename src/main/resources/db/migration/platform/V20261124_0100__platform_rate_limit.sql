-- Request counters of the rate limiter, shared by every application node (platform module).
-- One row per bucket (rule + client key) and fixed window; the limiter weighs the previous window
-- in (sliding-window approximation) and a scheduled job deletes windows that no longer count.
create table platform_rate_limit (
    bucket       text        not null,
    window_start timestamptz not null,
    hits         integer     not null,
    primary key (bucket, window_start)
);

create index platform_rate_limit_window_start on platform_rate_limit (window_start);
