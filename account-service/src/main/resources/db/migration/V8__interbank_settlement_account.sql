-- Where interbank money goes once the other bank has taken it: the bank's settlement funds.
insert into account (id, kind, name) values ('int-interbank-settlement', 'INTERNAL', '清算备付金 Interbank settlement funds');
