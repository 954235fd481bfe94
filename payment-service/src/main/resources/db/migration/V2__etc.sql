-- Vehicles' ETC accounts bound to cards (绿卡绑定). A plate is on one card at a time; a person's card pays for one
-- vehicle, an enterprise's settlement account (product CORPORATE) for its fleet.
create table etc_vehicle (
    id          text primary key,
    plate       text        not null unique,
    holder_id   text        not null,
    account_id  text        not null,
    product     text        not null,
    last_four   text        not null,
    channel     text        not null,
    bound_at    timestamptz not null
);
create unique index etc_vehicle_one_per_card on etc_vehicle (account_id) where product <> 'CORPORATE';
create index etc_vehicle_holder on etc_vehicle (holder_id, bound_at);

-- The toll operator's monthly statements, by its id: the fingerprint tells one sent again from a different one.
create table etc_statement (
    id          text primary key,
    month       text        not null,
    fingerprint text        not null,
    received_at timestamptz not null
);

-- One card's passages of a statement, taken in one debit; each attempt is a ledger posting of its own (<id>-<attempt>).
create table etc_debit (
    id              text primary key,
    statement_id    text          not null references etc_statement (id),
    holder_id       text          not null,
    account_id      text          not null,
    month           text          not null,
    vehicles        int           not null,
    plate           text,
    tolls           int           not null,
    gross           numeric(19,2) not null check (gross > 0),
    amount          numeric(19,2) not null check (amount > 0 and amount <= gross),
    channel         text          not null,
    status          text          not null check (status in ('DUE', 'PAID', 'UNPAID')),
    attempt         int           not null check (attempt >= 1),
    next_attempt_at timestamptz,
    last_refusal    text,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null
);
create index etc_debit_account on etc_debit (account_id, month);
create index etc_debit_statement on etc_debit (statement_id);
-- what the debit job looks at: the few due
create index etc_debit_due on etc_debit (next_attempt_at) where status = 'DUE';

-- Each passage once, whatever statement reports it: its card and debit (none for a plate no card is bound to) and what
-- the card pays for it.
create table etc_toll (
    toll_id      text primary key,
    statement_id text          not null references etc_statement (id),
    month        text          not null,
    plate        text          not null,
    entry        text          not null,
    exit         text          not null,
    exited_at    timestamptz   not null,
    amount       numeric(19,2) not null check (amount > 0),
    account_id   text,
    debit_id     text references etc_debit (id),
    charge       numeric(19,2) not null check (charge > 0)
);
create index etc_toll_account on etc_toll (account_id, month, exited_at);
create index etc_toll_statement on etc_toll (statement_id) where account_id is null;
