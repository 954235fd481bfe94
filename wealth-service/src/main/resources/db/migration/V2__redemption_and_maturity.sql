-- Holdings run down by redemptions and end at maturity.
alter table holding add column status text not null default 'ACTIVE' check (status in ('ACTIVE', 'REDEEMED', 'MATURED'));
alter table holding add column remaining numeric(19, 2);
update holding set remaining = principal;
alter table holding alter column remaining set not null;
alter table holding add constraint holding_remaining_valid check (remaining >= 0 and remaining <= principal);

create table redemption (
    id         text primary key,
    holding_id text           not null references holding (id),
    amount     numeric(19, 2) not null check (amount > 0),
    status     text           not null check (status in ('PENDING', 'DONE', 'FAILED')),
    created_at timestamptz    not null
);
