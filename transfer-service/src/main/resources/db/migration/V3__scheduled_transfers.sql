-- Scheduled transfers (预约转账) and each of their runs.
create table scheduled_transfer (
    id                text primary key,
    customer_id       text           not null,
    channel           text           not null,
    from_account_id   text           not null,
    to_account_number text           not null,
    to_bank_code      text,
    to_name           text           not null,
    amount            numeric(19, 2) not null check (amount > 0),
    fee_account_id    text,
    run_at            timestamptz,
    day_of_month      int check (day_of_month between 1 and 31),
    until             date,
    next_run_at       timestamptz,
    status            text           not null check (status in ('ACTIVE', 'CANCELLED', 'FINISHED')),
    created_at        timestamptz    not null,
    check ((run_at is null) <> (day_of_month is null))
);
create index scheduled_due on scheduled_transfer (next_run_at) where status = 'ACTIVE';

create table scheduled_run (
    scheduled_id   text        not null references scheduled_transfer (id),
    due_at         timestamptz not null,
    ran_at         timestamptz not null,
    quote_id       text,
    transfer_id    text,
    status         text        not null,
    fee            numeric(19, 2),
    failure_reason text,
    primary key (scheduled_id, due_at)
);
