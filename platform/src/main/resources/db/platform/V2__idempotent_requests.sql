-- Money-moving commands carry an Idempotency-Key: the first response is kept and replayed.
create table idempotent_request (
    scope           text        not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    status          text        not null check (status in ('IN_FLIGHT', 'DONE')),
    response_status int,
    response_type   text,
    response_body   text,
    created_at      timestamptz not null default now(),
    primary key (scope, idempotency_key)
);
