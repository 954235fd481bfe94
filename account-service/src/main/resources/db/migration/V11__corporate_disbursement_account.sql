-- 代发过渡户: an approved payroll batch's total on its way to the payees (InternalAccounts.CORPORATE_DISBURSEMENT).
insert into account (id, kind, name) values ('int-corporate-disbursement', 'INTERNAL', '代发过渡户 Corporate disbursement');
