-- Each enterprise's approval rule: two different checkers from this amount on (one below it).
alter table enterprise add column two_checkers_from numeric(19, 2) not null default 50000.00 check (two_checkers_from > 0);

-- The bank's accounts a payment can go to, from account-service's AccountOpened: by the keyed hash of the number only.
create table payee_account (
    number_hash text primary key,
    account_id  text not null,
    owner_id    text not null,
    region      text not null,
    last_four   text not null
);

-- Corporate payments (对公付款) from quote to their end; approved_by lists the checkers who approved, in turn.
create table payment (
    id                 text primary key,
    enterprise_id      text           not null references enterprise (id),
    -- the paying enterprise's name, as the payee's statement shows it
    payer_name         text           not null,
    maker_id           text           not null,
    from_account_id    text           not null,
    to_account_id      text           not null,
    to_last_four       text           not null,
    to_name            text           not null,
    kind               text           not null,
    amount             numeric(19, 2) not null check (amount > 0),
    fee                numeric(19, 2) not null check (fee >= 0),
    memo               text,
    required_approvals int            not null check (required_approvals between 1 and 2),
    approved_by        text[]         not null,
    status             text           not null check (status in ('QUOTED', 'PENDING_APPROVAL', 'APPROVED', 'COMPLETED', 'FAILED',
                                                                 'REJECTED', 'EXPIRED')),
    reason             text,
    created_at         timestamptz    not null,
    expires_at         timestamptz    not null,
    updated_at         timestamptz    not null
);
create index payment_by_enterprise on payment (enterprise_id, created_at desc);
create index payment_open on payment (status, expires_at) where status in ('QUOTED', 'PENDING_APPROVAL', 'APPROVED');
