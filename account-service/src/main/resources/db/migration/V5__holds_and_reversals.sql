-- Holds reserve money for flows that settle later; a posting may capture one.
create table hold (
    id          text primary key,
    account_id  text           not null references account (id),
    amount      numeric(19, 2) not null check (amount > 0),
    status      text           not null check (status in ('ACTIVE', 'CAPTURED', 'RELEASED')),
    created_at  timestamptz    not null,
    settled_at  timestamptz
);

alter table posting add column captures_hold text references hold (id);
-- a posting is reversed at most once, and only by a compensating posting
alter table posting add column reverses text unique references posting (id);
