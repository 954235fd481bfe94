-- Cash paid in or taken out at ATMs and counters, with the fee it cost.
create table cash_operation (
    id            text primary key,
    system_id     text           not null,
    account_id    text           not null,
    customer_id   text           not null,
    type          text           not null check (type in ('DEPOSIT', 'WITHDRAWAL')),
    amount        numeric(19, 2) not null check (amount > 0),
    region        text           not null,
    channel       text           not null,
    kind          text           not null,
    base_fee      numeric(19, 2) not null,
    fee           numeric(19, 2) not null,
    waiver_rule   text,
    status        text           not null,
    created_at    timestamptz    not null
);

-- Fees staff gave back by hand: who, when, why (one waiver per transfer).
create table manual_fee_waiver (
    transfer_id text primary key,
    staff_id    text           not null,
    reason      text           not null,
    amount      numeric(19, 2) not null,
    waived_at   timestamptz    not null
);
