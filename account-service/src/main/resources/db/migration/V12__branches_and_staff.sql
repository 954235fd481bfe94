-- Branches (网点) and their staff. A staff member signs in with a password they chose with an activation code sent to
-- their own phone: only slow hashes (BCrypt) of either are kept. Five wrong tries in a row lock the login for a while; a
-- staff member who left (left_at) signs in no more. Staff codes are lower case; one phone, one staff member. A branch
-- manager or an administrator is enrolled by one administrator and confirmed by another.
create table branch (
    code        text primary key,
    name        text        not null,
    region      text        not null,
    parent_code text references branch (code),
    opened_at   timestamptz not null
);

create table staff (
    code                  text primary key check (code = lower(code)),
    name                  text        not null,
    branch_code           text        not null references branch (code),
    role                  text        not null check (role in ('TELLER', 'ACCOUNT_MANAGER', 'BRANCH_MANAGER', 'ADMIN')),
    phone                 text        not null unique,
    password_hash         text,
    activation_hash       text,
    activation_expires_at timestamptz,
    failed_tries          int         not null default 0,
    locked_until          timestamptz,
    -- enrolled from configuration (ebank.staff.initial-*), whose local passwords no other profile accepts
    initial               boolean     not null default false,
    -- a branch manager or an administrator waits for a second administrator's confirmation before anything is sent
    enrolled_by           text,
    awaiting_confirmation boolean     not null default false,
    confirmed_by          text,
    enrolled_at           timestamptz not null,
    left_at               timestamptz
);
create index staff_branch on staff (branch_code);

-- the branch that opened an account (none for accounts opened before branches were recorded)
alter table account add column branch_code text references branch (code);
