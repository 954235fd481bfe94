-- A live stream reopened with the last message it got reads the customer's messages stored after it (MessageStream).
create index message_customer_stored on message (customer_id, stored_at, id);
