-- How many times an operator was started over (reset): an access token names the generation it was issued in and serves
-- only while it is the operator's current one, so a reset ends a stolen session at once, not when its token expires.
alter table operator add column generation bigint not null default 0;
