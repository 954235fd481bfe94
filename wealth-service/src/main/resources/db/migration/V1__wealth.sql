-- What wealth-service knows of customers and cards, from account-service's events.
create table customer (
    id         text primary key,
    birth_date date not null
);
create table card (
    account_id  text primary key,
    customer_id text not null
);

create table product (
    code           text primary key,
    name           text           not null,
    risk_level     int            not null check (risk_level between 1 and 5),
    min_purchase   numeric(19, 2) not null check (min_purchase > 0),
    step           numeric(19, 2) not null check (step > 0),
    total_quota    numeric(19, 2) not null check (total_quota > 0),
    -- the last line of defence against overselling: never more than the quota, not by one fen
    sold           numeric(19, 2) not null default 0 check (sold >= 0 and sold <= total_quota),
    channels       text           not null,
    sales_start    timestamptz    not null,
    sales_end      timestamptz    not null,
    windows        text           not null default '',
    term_days      int,
    expected_yield numeric(7, 4),
    night_market   boolean        not null,
    created_at     timestamptz    not null
);

create table risk_assessment (
    customer_id text primary key,
    level       int         not null check (level between 1 and 5),
    valid_until timestamptz not null,
    assessed_at timestamptz not null
);

create table wealth_order (
    id             text primary key,
    customer_id    text           not null,
    product_code   text           not null references product (code),
    account_id     text           not null,
    amount         numeric(19, 2) not null check (amount > 0),
    channel        text           not null,
    status         text           not null check (status in ('PENDING', 'PLACED', 'FAILED')),
    failure_reason text,
    created_at     timestamptz    not null
);

create table holding (
    id            text primary key,
    order_id      text           not null unique references wealth_order (id),
    customer_id   text           not null,
    product_code  text           not null references product (code),
    account_id    text           not null,
    principal     numeric(19, 2) not null,
    purchased_at  timestamptz    not null,
    maturity_date date
);
create index holding_customer on holding (customer_id);
