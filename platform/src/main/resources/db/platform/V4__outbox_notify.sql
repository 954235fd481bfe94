-- Wakes the outbox relay when events commit (LISTEN outbox_event), instead of it polling for them: one notification
-- per inserting statement, delivered at commit, merged with the others of the same transaction.
create function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox_event', '');
    return null;
end
$$;
create trigger outbox_event_notify after insert on outbox_event for each statement execute function outbox_event_notify();
