-- 日日升 (daily-liquidity wealth) holdings per account, learnt from wealth-service's events:
-- with the balance they make up a 易汇通卡's liquid assets.
create table liquid_holding (
    account_id text primary key references account (id),
    amount     numeric(19, 2) not null check (amount >= 0),
    updated_at timestamptz    not null
);
