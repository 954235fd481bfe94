-- What transfer-service knows of the bank's cards, learnt from account-service's events.
create table card (
    account_id        text primary key,
    customer_id       text not null,
    card_number       text not null unique,
    product           text not null,
    region            text not null,
    family_account_id text,
    star_level        int  not null default 0
);
create index card_customer on card (customer_id);
