-- Every instance streams new messages live to the customers connected to it, whichever instance stored them: each
-- message stored announces itself (LISTEN message_stored, payload "<customer id> <message id>") when its transaction
-- commits, and never if it rolls back. A message an event had already made is not stored again, and not announced.
create function message_stored_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('message_stored', new.customer_id || ' ' || new.id);
    return null;
end
$$;
create trigger message_stored_notify after insert on message for each row execute function message_stored_notify();
