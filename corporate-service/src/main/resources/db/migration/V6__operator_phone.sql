-- An operator's mobile phone, where approval requests (to checkers) and payment results (to makers) are sent by SMS.
-- Operators enrolled before it was asked for have none: notices to them are kept by notification-service, not sent.
alter table operator add column phone text;
