create table widget (
    id   bigint generated always as identity primary key,
    name text not null
);
create table widget_seen (
    event_id text not null,
    name     text not null
);
