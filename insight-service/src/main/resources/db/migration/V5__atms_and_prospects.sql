-- The ATM a cash operation was made at: ATMs are compared device by device, month by month (末位淘汰).
alter table kpi_transaction add column device_id text;
create index kpi_transaction_device on kpi_transaction (device_id, at) where device_id is not null;

-- Postings on enterprises' settlement accounts: an enterprise whose accounts are busy (20+ a month) without corporate
-- netbank is its branch's best prospect.
create table kpi_settlement_posting (
    account_id    text        not null,
    posting_id    text        not null,
    enterprise_id text        not null,
    at            timestamptz not null,
    primary key (account_id, posting_id)
);
create index kpi_settlement_posting_enterprise on kpi_settlement_posting (enterprise_id, at);

-- Each ATM's first transaction: it is in service from then.
create table kpi_atm (
    device_id text primary key,
    first_at  timestamptz not null
);

-- Each customer's home branch: the branch of their first account (none when that account was opened before accounts
-- recorded a branch), kept as accounts are opened, so that a branch's customers are found by its code.
create table kpi_home (
    customer_id text primary key,
    account_id  text        not null,
    branch_code text,
    opened_at   timestamptz not null
);
create index kpi_home_branch on kpi_home (branch_code) where branch_code is not null;
