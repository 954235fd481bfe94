-- transfers page newest first by (created_at, id): two created in the same instant are neither skipped nor repeated
create index transfer_customer_page on transfer (customer_id, created_at desc, id desc);
drop index transfer_customer;
