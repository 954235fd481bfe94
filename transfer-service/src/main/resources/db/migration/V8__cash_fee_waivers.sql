-- Staff give back the fee of a cash operation as of a transfer: a waiver is per operation (a transfer or cash operation id).
alter table manual_fee_waiver rename column transfer_id to operation_id;
