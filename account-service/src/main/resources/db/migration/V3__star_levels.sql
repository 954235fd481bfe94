-- 易汇通卡 star levels: computed from liquid assets, or set by staff (audited).
alter table account add column star_level int check (star_level between 0 and 3);
alter table account add column star_override int check (star_override between 0 and 3);

create table star_level_audit (
    id         bigint generated always as identity primary key,
    account_id text        not null references account (id),
    staff_id   text        not null,
    old_level  int,
    new_level  int,
    reason     text        not null,
    changed_at timestamptz not null
);
