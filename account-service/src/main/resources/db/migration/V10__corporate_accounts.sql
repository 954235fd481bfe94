-- Corporate settlement accounts (单位结算账户): an enterprise's (corporate-service's id) rather than a person's, with an
-- account number where a card has its card number (19 digits, prefix 800100, a Luhn check digit), and no card.
alter table account add column enterprise_id text;
alter table account drop constraint customer_account_has_owner;
alter table account add constraint customer_account_has_one_owner check (
    kind = 'INTERNAL' or (card_number is not null and (customer_id is null) <> (enterprise_id is null)));
alter table account add constraint enterprise_account_is_corporate check (
    (enterprise_id is null) = (product is distinct from 'CORPORATE'));
create index account_enterprise on account (enterprise_id) where enterprise_id is not null;
comment on column account.card_number is 'A card''s number, or a corporate settlement account''s account number (no card)';
