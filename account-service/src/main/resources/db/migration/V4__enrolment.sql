-- E-banking: one login per customer, enrolments per service, devices bound to mobile banking.
create table credential (
    customer_id     text primary key references customer (id),
    password_hash   text        not null,
    failed_attempts int         not null default 0,
    locked_until    timestamptz
);

create table enrolment (
    customer_id   text        not null references customer (id),
    channel       text        not null check (channel in ('MOBILE', 'NETBANK', 'CORPORATE_NETBANK')),
    referrer_code text,
    enrolled_at   timestamptz not null,
    primary key (customer_id, channel)
);

create table device (
    customer_id text        not null references customer (id),
    device_id   text        not null,
    bound_at    timestamptz not null,
    primary key (customer_id, device_id)
);

create index customer_phone on customer (phone);
