-- Card accounts and the bank's internal accounts, on one double-entry ledger.
create table account (
    id                text primary key,
    kind              text          not null check (kind in ('CUSTOMER', 'INTERNAL')),
    customer_id       text references customer (id),
    card_number       text unique,
    product           text,
    region            text,
    family_account_id text references account (id),
    name              text,
    -- customer accounts only: internal balances are the sum of their entries (no hot row)
    balance           numeric(19, 2) not null default 0,
    held              numeric(19, 2) not null default 0 check (held >= 0),
    opened_at         timestamptz   not null default now(),
    constraint customer_account_has_owner check (kind = 'INTERNAL' or (customer_id is not null and card_number is not null)),
    -- the last line of defence: no customer account below zero, whatever the code above does
    constraint customer_available_not_negative check (kind = 'INTERNAL' or balance - held >= 0)
);
create index account_customer on account (customer_id);

insert into account (id, kind, name) values
    ('int-cash', 'INTERNAL', '现金 Cash at counters and ATMs'),
    ('int-fee-income', 'INTERNAL', '手续费收入 Fee income'),
    ('int-interbank-clearing', 'INTERNAL', '跨行清算 Interbank clearing'),
    ('int-wealth-settlement', 'INTERNAL', '理财资金清算 Wealth settlement');

create table posting (
    id              text primary key,
    fingerprint     text        not null,
    channel         text        not null,
    kind            text        not null,
    memo            text,
    status          text        not null check (status in ('RECORDED', 'REFUSED')),
    refusal         text,
    refused_account text,
    recorded_at     timestamptz not null
);

create table entry (
    id            bigint generated always as identity primary key,
    posting_id    text           not null references posting (id),
    account_id    text           not null references account (id),
    direction     text           not null check (direction in ('DEBIT', 'CREDIT')),
    amount        numeric(19, 2) not null check (amount > 0),
    balance_after numeric(19, 2),
    counterparty  text,
    recorded_at   timestamptz    not null
);
create index entry_by_account on entry (account_id, id desc);
create index entry_by_posting on entry (posting_id);
