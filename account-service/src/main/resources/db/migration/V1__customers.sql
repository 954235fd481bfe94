create table customer (
    id            text primary key,
    name          text        not null,
    resident_id   text        not null unique,
    phone         text        not null,
    birth_date    date        not null,
    registered_at timestamptz not null
);
