-- The retention sweep deletes the oldest rows by age: BRIN indexes on the time columns find them without scanning
-- the tables, and cost almost nothing to keep up on insert (the rows come in time order).
create index outbox_event_published_at on outbox_event using brin (published_at);
create index processed_event_processed_at on processed_event using brin (processed_at);
create index idempotent_request_created_at on idempotent_request using brin (created_at);
