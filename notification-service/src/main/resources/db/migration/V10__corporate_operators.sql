-- Corporate netbank operators are recipients too (approval requests, payment results), under their operator id. One
-- event may now tell several of them (a payment waiting for any of the enterprise's checkers): a message is one per
-- event, category and recipient. An operator whose enrolment event carries no phone has none: kept, not sent.
-- Upgrading a running pair of instances: the inserts say "on conflict do nothing" with no target, so the code before
-- this migration is the only one that needs the old constraint; stop it before this runs (or, for a rolling upgrade,
-- release the new unique index first and drop the old one a release later).
alter table message drop constraint message_event_id_category_key;
alter table message add constraint message_event_category_recipient unique (event_id, category, customer_id);
alter table recipient alter column phone drop not null;
