-- The channel a redemption was asked through: recovery posts it again exactly as it was first posted.
alter table redemption add column channel text not null default 'MOBILE';
alter table redemption alter column channel drop default;
