-- A payment whose maker was started over (重置: a lost phone, a stolen session) before it was approved is WITHDRAWN with
-- the reset (reason OPERATOR_RESET): no money moved. A checker started over loses their approvals of payments not yet
-- approved as the rule asks (approved_by forgets them), so those wait for a checker again.
alter table payment drop constraint payment_status_check;
alter table payment add constraint payment_status_check check (status in ('QUOTED', 'PENDING_APPROVAL', 'APPROVED', 'PENDING_CLEARING',
                                                                          'COMPLETED', 'FAILED', 'REJECTED', 'EXPIRED', 'RETURNED',
                                                                          'WITHDRAWN'));
