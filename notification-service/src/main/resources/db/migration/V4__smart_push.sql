-- The smart-push recommender's view of customers and products, kept from events, and the pushes it decided.
create table push_offer (
    code           text primary key,
    name           text           not null,
    risk_level     int            not null,
    min_purchase   numeric(19, 2) not null,
    sold_out       boolean        not null default false,
    channels       text           not null,
    sales_start    timestamptz,
    sales_end      timestamptz,
    windows        text           not null,
    term_days      int,
    expected_yield numeric(9, 6),
    night_market   boolean        not null
);

create table push_card (
    account_id  text primary key,
    customer_id text not null,
    product     text not null
);
create index push_card_customer on push_card (customer_id);

-- each account's last balance of each Asia/Shanghai day, for the 30-day average idle balance
create table push_balance_day (
    account_id  text           not null,
    customer_id text           not null,
    day         date           not null,
    balance     numeric(19, 2) not null,
    at          timestamptz    not null,
    primary key (account_id, day)
);
create index push_balance_customer on push_balance_day (customer_id, day);

-- customer transactions per day, and how many of them 17:00-24:00
create table push_activity_day (
    customer_id text not null,
    day         date not null,
    total       int  not null,
    evening     int  not null,
    primary key (customer_id, day)
);

create table push_risk (
    customer_id text primary key,
    level       int         not null,
    valid_until timestamptz not null
);

create table push_holding (
    customer_id  text           not null,
    product_code text           not null,
    principal    numeric(19, 2) not null,
    primary key (customer_id, product_code)
);

create table push (
    id                 text primary key,
    customer_id        text        not null,
    product_code       text        not null,
    score              int         not null,
    reason             text        not null,
    reason_en          text        not null,
    decided_at         timestamptz not null,
    send_after         timestamptz not null,
    status             text        not null check (status in ('PENDING', 'SENT', 'DROPPED')),
    sent_at            timestamptz,
    message_id         text,
    converted_order_id text,
    converted_at       timestamptz
);
create index push_due on push (status, send_after);
create index push_customer on push (customer_id, decided_at);
