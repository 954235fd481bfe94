create table recipient (
    customer_id text primary key,
    name        text not null,
    phone       text not null,
    birth_date  date not null
);
