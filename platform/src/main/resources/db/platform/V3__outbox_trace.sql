-- The W3C traceparent of the request or record that wrote the event, sent as a Kafka header so the consumer's work
-- continues the same trace.
alter table outbox_event add column traceparent text;
