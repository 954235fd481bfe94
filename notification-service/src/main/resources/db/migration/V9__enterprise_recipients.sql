-- An enterprise is a recipient too (its account alerts go to its contact phone); it has no birth date.
alter table recipient alter column birth_date drop not null;
