-- The branches the events told of (BranchOpened), for the per-branch KPIs and the league table.
create table kpi_branch (
    code        text primary key,
    name        text not null,
    parent_code text
);

-- Accounts opened with a card are new cards; enterprises' settlement accounts (CORPORATE) have none.
alter table kpi_account add column product text;

-- What each account holds now, from its postings (the balance after the latest one): the deposits e-banking customers
-- hold (沉淀资金) per branch.
create table kpi_balance (
    account_id  text primary key,
    customer_id text           not null,
    balance     numeric(19, 2) not null,
    at          timestamptz    not null,
    posting_id  text           not null
);
