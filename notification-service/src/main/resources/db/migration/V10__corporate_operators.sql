-- Corporate netbank operators are recipients too (approval requests, payment results), under their operator id. One
-- event may now tell several of them (a payment waiting for any of the enterprise's checkers): a message is one per
-- event, category and recipient. An operator enrolled before phones were asked for has no phone: kept, not sent.
alter table message drop constraint message_event_id_category_key;
alter table message add constraint message_event_category_recipient unique (event_id, category, customer_id);
alter table recipient alter column phone drop not null;
