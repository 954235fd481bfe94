-- The bank's staff as the KPIs know them: a referrer code earns an incentive only if it was a staff member's code when
-- the customer enrolled, and not after they left (DOMAIN.md, "Staff and referrer codes"); the others are listed for
-- review. Codes are lower case, as customers' referrer codes are compared.
create table kpi_staff (
    code        text primary key,
    branch_code text        not null,
    enrolled_at timestamptz not null,
    left_at     timestamptz
);
