-- The in-app message centre, each customer's notification preferences, and what went out by SMS and push.
create table message (
    id          text primary key,
    customer_id text        not null,
    event_id    text        not null,
    category    text        not null,
    title       text        not null,
    body        text        not null,
    body_en     text        not null,
    created_at  timestamptz not null,
    opened_at   timestamptz,
    unique (event_id, category)
);
create index message_customer on message (customer_id, created_at desc, id desc);

create table preference (
    customer_id      text primary key,
    sms_threshold    numeric(19, 2) not null,
    sms_enabled      boolean        not null,
    push_enabled     boolean        not null,
    quiet_start      time           not null,
    quiet_end        time           not null,
    marketing_opt_out boolean       not null
);

-- One row per message and channel: a message goes out at most once on each.
create table delivery (
    message_id  text        not null references message (id),
    channel     text        not null check (channel in ('SMS', 'PUSH')),
    address     text        not null,
    sent_at     timestamptz not null,
    primary key (message_id, channel)
);
