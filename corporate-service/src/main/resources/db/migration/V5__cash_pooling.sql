-- Cash pools (资金归集): an enterprise's sub-accounts swept every business day into its master account, above a kept minimum.
create table cash_pool (
    id                text primary key,
    enterprise_id     text        not null references enterprise (id),
    master_account_id text        not null,
    set_up_by         text        not null,
    created_at        timestamptz not null
);
create index cash_pool_by_enterprise on cash_pool (enterprise_id);

create table cash_pool_member (
    pool_id      text           not null references cash_pool (id),
    account_id   text           not null,
    keep_minimum numeric(19, 2) not null check (keep_minimum >= 0),
    primary key (pool_id, account_id)
);
-- every account of every pool, master or member: an account is in one pool at most, in one role (no two pools can
-- sweep into each other)
create table pooled_account (
    account_id text primary key,
    pool_id    text not null references cash_pool (id)
);

-- Each business day's sweep of each member: the amount is fixed when first decided, so a run tried again posts the same.
create table cash_sweep (
    pool_id      text           not null references cash_pool (id),
    business_day date           not null,
    account_id   text           not null,
    amount       numeric(19, 2) not null check (amount >= 0),
    status       text           not null check (status in ('DECIDED', 'SWEPT', 'NOTHING', 'REFUSED')),
    reason       text,
    decided_at   timestamptz    not null,
    primary key (pool_id, business_day, account_id)
);
