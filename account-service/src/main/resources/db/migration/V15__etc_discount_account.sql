-- ETC通行费优惠支出: the bank pays the toll operator the whole toll; what its cards' holders do not pay of it (通行费9.5折)
-- is the bank's expense, here
insert into account (id, kind, name) values ('int-etc-discount', 'INTERNAL', 'ETC通行费优惠支出 ETC toll discounts');
