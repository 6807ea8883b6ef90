-- After a send's answer is stored, its delivery events that arrived first (kept with no message id) are linked to
-- it under the advisory lock recordDeliveryEvent takes for the same Connectly id. As a function this is one round
-- trip instead of a transaction's four (begin, lock, update, commit), and no slower a send is the point. The
-- UPDATE still runs after the lock is granted with a snapshot of its own (a VOLATILE function takes one per
-- statement), so it sees an event a webhook committed while this waited for the lock. Returns how many it linked.
CREATE FUNCTION link_early_events(lock_class integer, event_connectly_id text, owner_id text) RETURNS integer
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  linked integer;
BEGIN
  PERFORM pg_advisory_xact_lock(lock_class, hashtext(event_connectly_id));
  UPDATE message_events SET message_id = owner_id
    WHERE connectly_id = event_connectly_id AND message_id IS NULL;
  GET DIAGNOSTICS linked = ROW_COUNT;
  RETURN linked;
END
$$;
