-- SMS challenges: whoever enrols in e-banking, or signs in to mobile banking from a device never bound, proves they
-- hold the phone on record with a code sent to it. Only a hash of the code is kept (bound to the challenge id).
create table challenge (
    id            text primary key,
    customer_id   text        not null references customer (id),
    purpose       text        not null check (purpose in ('ENROLMENT', 'NEW_DEVICE')),
    channel       text        not null,
    device_id     text,
    referrer_code text,
    code_hash     text        not null,
    tries         int         not null default 0,
    answered      boolean     not null default false,
    created_at    timestamptz not null,
    expires_at    timestamptz not null
);
create index challenge_customer on challenge (customer_id, created_at);
