-- 代收代付过渡户: what customers pay their billers (water, power, gas, phone) is owed to the billers here until settled with them
insert into account (id, kind, name) values ('int-biller-settlement', 'INTERNAL', '代收代付过渡户 Biller collections');
