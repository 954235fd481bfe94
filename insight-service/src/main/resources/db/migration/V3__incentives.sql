-- Every account belongs to the branch that opened it (AccountOpened.branchCode; none on events from before branches).
alter table kpi_account add column branch_code text;

-- A branch's staff incentives for a month as submitted for payout (the maker) and approved by its manager (the checker).
-- Not a fact of the read model: a rebuild forgets none of these. The amounts are kept as submitted, so the approval is of
-- what was checked.
create table incentive_approval (
    branch_code  text           not null,
    month        date           not null check (extract(day from month) = 1),
    status       text           not null check (status in ('SUBMITTED', 'APPROVED')),
    total        numeric(19, 2) not null,
    -- whether the branch had reached its target when the month was submitted: its staff's 10 % bonus
    target_reached boolean      not null,
    submitted_by text           not null,
    submitted_at timestamptz    not null,
    approved_by  text,
    approved_at  timestamptz,
    primary key (branch_code, month),
    check ((status = 'APPROVED') = (approved_by is not null)),
    check (approved_by is null or approved_by <> submitted_by)
);

create table incentive_approval_line (
    branch_code text           not null,
    month       date           not null,
    staff_code  text           not null,
    referrals   integer        not null,
    base        numeric(19, 2) not null,
    bonus       numeric(19, 2) not null,
    total       numeric(19, 2) not null,
    primary key (branch_code, month, staff_code),
    foreign key (branch_code, month) references incentive_approval on delete cascade
);

-- Each activated referral is paid once, by the approval of one branch's month: the month of its first use, or, when
-- that month was approved before the referral's events arrived, the next month approved after.
create table incentive_paid (
    customer_id  text        not null,
    service      text        not null,
    staff_code   text        not null,
    enrolled_at  timestamptz not null,
    activated_at timestamptz not null,
    branch_code  text        not null,
    month        date        not null,
    primary key (customer_id, service),
    foreign key (branch_code, month) references incentive_approval
);
create index incentive_paid_month on incentive_paid (branch_code, month);
