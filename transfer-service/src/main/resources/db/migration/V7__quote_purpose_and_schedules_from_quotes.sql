-- What a quote is for: TRANSFER (the customer confirms it), SCHEDULE (sets up a scheduled transfer, reserves nothing),
-- SCHEDULED_RUN (made and executed by the scheduler). A quote can be cancelled while unconfirmed.
alter table quote add column purpose text not null default 'TRANSFER'
    check (purpose in ('TRANSFER', 'SCHEDULE', 'SCHEDULED_RUN'));
alter table quote add column cancelled boolean not null default false;
update quote set purpose = 'SCHEDULE' where scheduled;
update quote set purpose = 'SCHEDULED_RUN' where id in (select quote_id from scheduled_run where quote_id is not null);
-- a schedule's quote no longer holds a free use: what the old ones held is given back
update quota_use set status = 'RELEASED'
where status = 'RESERVED' and expires_at <> 'infinity' and quote_id in (select id from quote where purpose = 'SCHEDULE');

-- A scheduled transfer to one of our cards pays its account (the number is kept as its last four digits, as in
-- quotes); schedules set up before are moved over at start, when their card numbers can be looked up.
alter table scheduled_transfer add column to_account_id text;
