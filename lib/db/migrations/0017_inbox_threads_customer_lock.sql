-- A send and a customer's message committed at the same moment on two connections could each miss the other: the
-- send's update found no thread yet, and the new thread's row was made from a snapshot without the send, so the
-- thread kept the older time until its next write. Both now take the customer's lock first (held to commit), so
-- whichever comes second waits, and its next statement sees what the first wrote. Sorted, so that two statements
-- with several customers each cannot wait on each other. A statement with many customers (a seed, an import) takes
-- one lock for all instead, the exclusive side of the lock every other statement holds shared: a lock per customer
-- there would fill the server's lock table (max_locks_per_transaction).
CREATE FUNCTION inbox_threads_lock(customers text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  -- This app's classes, beside the delivery events' 0x636e6c79 (lib/db/lifecycle.ts): 0x636e6c7a for all threads,
  -- 0x636e6c7b for one customer's.
  all_threads CONSTANT int := 1668181114;
  one_customer CONSTANT int := 1668181115;
  hashes int[] := ARRAY(SELECT DISTINCT hashtext(c) FROM unnest(customers) AS c ORDER BY 1);
BEGIN
  IF cardinality(hashes) > 16 THEN
    PERFORM pg_advisory_xact_lock(all_threads, 0);
  ELSE
    PERFORM pg_advisory_xact_lock_shared(all_threads, 0);
    PERFORM pg_advisory_xact_lock(one_customer, h) FROM unnest(hashes) WITH ORDINALITY AS sorted(h, i) ORDER BY i;
  END IF;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION inbox_threads_on_inbox_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM inbox_threads_lock(ARRAY(SELECT customer FROM inbox_new));
  INSERT INTO inbox_threads (customer, business_number, last_at, last_inbound_received_at, window_at, assignee_id)
  SELECT th.customer, th.business_number, greatest(th.last_at, p.sent_at), th.last_inbound_received_at, p.window_at,
    p.assignee_id
  FROM (SELECT customer, business_number, max(occurred_at) AS last_at,
      max(received_at) FILTER (WHERE direction = 'inbound') AS last_inbound_received_at
    FROM inbox_new GROUP BY customer, business_number) th
  CROSS JOIN LATERAL inbox_thread_parts(th.customer, th.business_number) p
  ON CONFLICT (customer, business_number) DO UPDATE SET
    last_at = greatest(inbox_threads.last_at, excluded.last_at),
    last_inbound_received_at = greatest(inbox_threads.last_inbound_received_at, excluded.last_inbound_received_at);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION inbox_threads_on_send_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM inbox_threads_lock(ARRAY(SELECT recipient FROM sends_new));
  UPDATE inbox_threads t SET last_at = n.sent_at
  FROM (SELECT t2.customer, t2.business_number, max(s.created_at) AS sent_at
    FROM sends_new s JOIN inbox_threads t2 ON t2.customer = s.recipient
      AND (t2.business_number = '' OR s.sender IS NULL OR s.sender = '' OR s.sender = t2.business_number)
    GROUP BY t2.customer, t2.business_number) n
  WHERE t.customer = n.customer AND t.business_number = n.business_number AND t.last_at < n.sent_at;
  RETURN NULL;
END $$;
