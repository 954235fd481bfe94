-- Enterprises (对公客户), registered by staff; one per unified social credit code.
create table enterprise (
    id                   text primary key,
    name                 text        not null,
    credit_code          text        not null unique,
    legal_representative text        not null,
    contact_phone        text        not null,
    region               text        not null,
    registered_by        text        not null,
    registered_at        timestamptz not null
);

-- Their corporate settlement accounts: the ledger (account-service) holds the number and the money; this is which
-- enterprise owns which account, with the number's last four digits to show.
create table settlement_account (
    id            text primary key,
    enterprise_id text        not null references enterprise (id),
    last_four     text        not null,
    region        text        not null,
    opened_at     timestamptz not null
);
create index settlement_account_enterprise on settlement_account (enterprise_id, opened_at);
