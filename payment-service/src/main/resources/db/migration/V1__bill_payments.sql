-- The cards customers pay from, as account-service announced them (AccountOpened).
create table card (
    account_id  text primary key,
    customer_id text not null,
    product     text not null,
    last_four   text not null
);

-- A bill payment, from the customer's request to the biller's answer. Its id is the hold's and the posting's on the
-- ledger: a request repeated, or finished by recovery, is that one payment. The customer number is the biller's own
-- (a household's or a phone's number), not a card number.
create table bill_payment (
    id              text primary key,
    customer_id     text          not null,
    account_id      text          not null,
    biller_code     text          not null,
    customer_number text          not null,
    amount          numeric(19,2) not null check (amount > 0),
    channel         text          not null,
    status          text          not null check (status in ('PENDING', 'HELD', 'CONFIRMED', 'PAID', 'REFUSED', 'FAILED')),
    failure_reason  text,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null
);
create index bill_payment_customer on bill_payment (customer_id, created_at desc, id desc);
-- one payment of a bill under way at a time: a second tap, or a second payment made while the first shows PROCESSING,
-- is refused rather than sent to the biller
create unique index bill_payment_one_under_way on bill_payment (biller_code, customer_number)
    where status in ('PENDING', 'HELD', 'CONFIRMED');
-- what recovery looks at: the few not finished
create index bill_payment_unfinished on bill_payment (updated_at) where status in ('PENDING', 'HELD', 'CONFIRMED');
