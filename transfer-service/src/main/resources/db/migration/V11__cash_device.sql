-- The ATM (or the counter's terminal) a cash operation was made at: ATMs are compared device by device (末位淘汰).
alter table cash_operation add column device_id text;
