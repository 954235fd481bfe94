-- 双人复核: a staff member's request to enrol an enterprise's administrator, or to start the administrator over, waits
-- for a second staff member of the same branch (one of the two its manager) to confirm it. Nothing is sent before.
create table administrator_request (
    id                   text primary key,
    enterprise_id        text        not null references enterprise (id),
    kind                 text        not null check (kind in ('ENROLMENT', 'RESET')),
    login_name           text,
    name                 text,
    phone                text,
    referrer_code        text,
    requested_by         text        not null,
    requested_by_manager boolean     not null,
    branch_code          text        not null,
    requested_at         timestamptz not null,
    expires_at           timestamptz not null,
    status               text        not null check (status in ('PENDING', 'CONFIRMED', 'REFUSED')),
    confirmed_by         text,
    closed_at            timestamptz
);
-- one request waiting per enterprise and kind
create unique index administrator_request_pending on administrator_request (enterprise_id, kind) where status = 'PENDING';
create index administrator_request_branch on administrator_request (branch_code, status);
