-- Quotes: the fee is guaranteed until the quote expires.
create table quote (
    id                text primary key,
    customer_id       text           not null,
    channel           text           not null,
    from_account_id   text           not null,
    to_account_id     text,
    to_account_number text           not null,
    to_bank_code      text,
    to_name           text           not null,
    amount            numeric(19, 2) not null check (amount > 0),
    fee_account_id    text           not null,
    kind              text           not null,
    base_fee          numeric(19, 2) not null,
    fee               numeric(19, 2) not null,
    waiver_rule       text,
    remaining_free    int,
    scheduled         boolean        not null,
    otp_required      boolean        not null,
    created_at        timestamptz    not null,
    expires_at        timestamptz    not null,
    used              boolean        not null default false
);

-- Free uses per (fee card, rule, period): reserved by a quote, consumed when its transfer succeeds,
-- released when it fails, is returned, or the quote expires unused.
create table quota_counter (
    fee_account_id text not null,
    rule           text not null,
    period         text not null,
    primary key (fee_account_id, rule, period)
);
create table quota_use (
    quote_id       text primary key,
    fee_account_id text        not null,
    rule           text        not null,
    period         text        not null,
    status         text        not null check (status in ('RESERVED', 'CONSUMED', 'RELEASED')),
    expires_at     timestamptz not null
);
create index quota_use_count on quota_use (fee_account_id, rule, period);

create table transfer (
    id                text primary key,
    quote_id          text           not null unique references quote (id),
    customer_id       text           not null,
    channel           text           not null,
    from_account_id   text           not null,
    to_account_id     text,
    to_account_number text           not null,
    to_bank_code      text,
    to_name           text           not null,
    amount            numeric(19, 2) not null,
    fee_account_id    text           not null,
    kind              text           not null,
    base_fee          numeric(19, 2) not null,
    fee               numeric(19, 2) not null,
    waiver_rule       text,
    scheduled         boolean        not null,
    status            text           not null,
    failure_reason    text,
    created_at        timestamptz    not null,
    updated_at        timestamptz    not null
);
create index transfer_customer on transfer (customer_id, created_at desc);
create index transfer_pending on transfer (status, updated_at) where status in ('PENDING', 'PENDING_CLEARING');

-- One-time passwords for step-up: only a hash is kept.
create table otp (
    quote_id   text primary key references quote (id),
    code_hash  text        not null,
    expires_at timestamptz not null,
    tries      int         not null default 0
);

-- Limits: what a customer moved per channel per day (Asia/Shanghai), and whom they paid before.
create table daily_total (
    customer_id text           not null,
    channel     text           not null,
    day         date           not null,
    amount      numeric(19, 2) not null,
    primary key (customer_id, channel, day)
);
create table known_payee (
    customer_id text not null,
    payee       text not null,
    primary key (customer_id, payee)
);
