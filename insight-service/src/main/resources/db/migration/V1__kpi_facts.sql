-- The KPI read model: facts taken from the event stream, never from other services' tables. Each is keyed by
-- what it is about, so applying an event twice or replaying the stream adds nothing.
create table kpi_customer (
    customer_id   text primary key,
    registered_at timestamptz not null
);

create table kpi_account (
    account_id  text primary key,
    customer_id text        not null,
    opened_at   timestamptz not null
);
create index kpi_account_customer on kpi_account (customer_id);

create table kpi_enrolment (
    customer_id   text        not null,
    service       text        not null,
    referrer_code text,
    enrolled_at   timestamptz not null,
    primary key (customer_id, service)
);
create index kpi_enrolment_time on kpi_enrolment (enrolled_at);

-- logins and e-channel transactions: what makes an enrolled customer active
create table kpi_activity (
    id          text primary key,
    customer_id text        not null,
    channel     text        not null,
    at          timestamptz not null
);
create index kpi_activity_customer on kpi_activity (customer_id, channel, at);

create table kpi_transaction (
    id          text primary key,
    customer_id text           not null,
    channel     text           not null,
    kind        text           not null,
    amount      numeric(19, 2) not null,
    at          timestamptz    not null
);
create index kpi_transaction_time on kpi_transaction (at);
create index kpi_transaction_customer on kpi_transaction (customer_id, channel, at);

create table kpi_fee (
    event_id     text primary key,
    reference_id text           not null,
    effect       text           not null check (effect in ('CHARGED', 'WAIVED', 'REFUNDED')),
    rule         text,
    amount       numeric(19, 2) not null,
    at           timestamptz    not null
);
create index kpi_fee_time on kpi_fee (at);
