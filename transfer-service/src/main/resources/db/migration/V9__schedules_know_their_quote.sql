-- A scheduled transfer remembers the quote it was set up from: setting up again with it (a client's retry) finds it.
alter table scheduled_transfer add column quote_id text unique;
-- Quotes for schedules made before schedules needed the step-up of a transfer cannot set one up any more.
update quote set cancelled = true where purpose = 'SCHEDULE' and not used;
