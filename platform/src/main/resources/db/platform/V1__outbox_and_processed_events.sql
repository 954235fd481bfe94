-- Platform tables, versioned apart from each service's own schema (history table platform_schema_history).

-- Transactional outbox: written in the same transaction as the state change it announces.
-- txid lets the relay wait for every older transaction to finish, so it never overtakes a row
-- that commits late (a relay that reads "id > last seen" would skip it for good).
create table outbox_event (
    id           bigint generated always as identity primary key,
    event_id     uuid        not null unique,
    topic        text        not null,
    event_key    text        not null,
    event_type   text        not null,
    payload      text        not null,
    txid         xid8        not null default pg_current_xact_id(),
    created_at   timestamptz not null default now(),
    published_at timestamptz
);
create index outbox_event_pending on outbox_event (id) where published_at is null;

-- Idempotent consumers: an event id is recorded in the same transaction as its effect.
create table processed_event (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
