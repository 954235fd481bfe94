-- Payments to other banks (跨行): the other bank's code and the payee's whole account number, which the clearing network
-- needs (a payment to an account here keeps its last four digits only, as before). Posted, they wait in PENDING_CLEARING
-- until the network settles them (COMPLETED) or the other bank returns them (RETURNED, the posting reversed).
alter table payment add column to_bank_code text;
alter table payment add column to_account_number text;
alter table payment drop constraint payment_status_check;
alter table payment add constraint payment_status_check check (status in ('QUOTED', 'PENDING_APPROVAL', 'APPROVED', 'PENDING_CLEARING',
                                                                          'COMPLETED', 'FAILED', 'REJECTED', 'EXPIRED', 'RETURNED'));
create index payment_in_clearing on payment (updated_at) where status = 'PENDING_CLEARING';
