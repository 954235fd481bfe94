-- Which instance of the service runs a scheduled job now, and until when (ShedLock's table; PostgresLockProvider).
create table shedlock (
    name       text primary key,
    lock_until timestamptz not null,
    locked_at  timestamptz not null,
    locked_by  text        not null
);
