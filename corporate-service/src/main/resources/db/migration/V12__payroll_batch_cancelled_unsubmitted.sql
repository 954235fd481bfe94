-- A batch its maker uploaded and did not submit is CANCELLED when the maker is started over (重置), with no payment:
-- a batch has a payment once submitted, none while VALIDATED, and either when CANCELLED.
alter table payroll_batch drop constraint payroll_batch_check1;
alter table payroll_batch add constraint payroll_batch_payment_check
    check (status = 'CANCELLED' or (payment_id is null) = (status = 'VALIDATED'));
