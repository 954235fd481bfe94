-- When each message reached the message centre (created_at is when its event happened): the gap is the alert's delay,
-- which operations watch and the transfer benchmark measures.
alter table message add column stored_at timestamptz not null default clock_timestamp();
