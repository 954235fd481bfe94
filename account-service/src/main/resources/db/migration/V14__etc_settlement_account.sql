-- ETC通行费过渡户: the tolls taken from customers' cards are owed to the toll operator here until settled with it
insert into account (id, kind, name) values ('int-etc-settlement', 'INTERNAL', 'ETC通行费过渡户 ETC tolls');
