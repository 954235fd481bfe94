-- An operator's mobile phone, where approval requests (to checkers) and payment results (to makers) are sent by SMS.
-- Operators enrolled before it was asked for have none and get no SMS until they are enrolled again.
alter table operator add column phone text;
