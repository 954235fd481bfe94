-- Cards are found by a keyed hash of their number; the number itself is no longer kept here (only account-service
-- holds card numbers). card_number stays, nullable, until CardNumberBackfill has replaced the numbers of cards
-- announced before (a later migration drops it).
alter table card add column card_number_hash text unique;
alter table card add column card_last_four text;
alter table card alter column card_number drop not null;
