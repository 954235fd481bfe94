-- The retention sweep deletes the oldest rows by age (RetentionSweep): these find them without scanning the tables.
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;
create index processed_event_processed_at on processed_event (processed_at);
create index idempotent_request_created_at on idempotent_request (created_at);
