CREATE TABLE "inbox_threads" (
	"customer" text NOT NULL,
	"business_number" text NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	"last_inbound_received_at" timestamp with time zone,
	"window_at" timestamp with time zone,
	"assignee_id" text,
	CONSTRAINT "inbox_threads_customer_business_number_pk" PRIMARY KEY("customer","business_number")
);
--> statement-breakpoint
CREATE INDEX "inbox_threads_last_at_window_at_idx" ON "inbox_threads" USING btree ("last_at","window_at");--> statement-breakpoint
CREATE INDEX "inbox_threads_assignee_id_last_at_idx" ON "inbox_threads" USING btree ("assignee_id","last_at");--> statement-breakpoint
CREATE INDEX "inbox_threads_window_at_idx" ON "inbox_threads" USING btree ("window_at");--> statement-breakpoint
-- What one thread's row holds besides its inbox messages' times: the latest send it shows (as the list reads it, the
-- newest id to the customer from this number or from Connectly's default), its window and its assignee.
CREATE FUNCTION inbox_thread_parts(c text, bn text, OUT sent_at timestamptz, OUT window_at timestamptz,
  OUT assignee_id text) LANGUAGE sql STABLE AS $$
  SELECT
    (SELECT created_at FROM messages WHERE recipient = c
      AND (bn = '' OR sender IS NULL OR sender = '' OR sender = bn) ORDER BY id DESC LIMIT 1),
    (SELECT max(last_inbound_at) FROM customer_windows WHERE customer = c AND business_number IN (bn, '')),
    (SELECT user_id FROM inbox_assignments WHERE customer = c AND business_number = bn)
$$;
--> statement-breakpoint
-- These customers' rows made again from the tables they summarize: for the rare change that can move a time back
-- (an update or a delete), for TRUNCATE, and for the backfill below.
CREATE FUNCTION inbox_threads_refresh(customers text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM inbox_threads t WHERE t.customer = ANY (customers) AND NOT EXISTS (
    SELECT 1 FROM inbox_messages m WHERE m.customer = t.customer AND m.business_number = t.business_number);
  INSERT INTO inbox_threads (customer, business_number, last_at, last_inbound_received_at, window_at, assignee_id)
  SELECT th.customer, th.business_number, greatest(th.last_at, p.sent_at), th.last_inbound_received_at, p.window_at,
    p.assignee_id
  FROM (SELECT customer, business_number, max(occurred_at) AS last_at,
      max(received_at) FILTER (WHERE direction = 'inbound') AS last_inbound_received_at
    FROM inbox_messages WHERE customer = ANY (customers) GROUP BY customer, business_number) th
  CROSS JOIN LATERAL inbox_thread_parts(th.customer, th.business_number) p
  ON CONFLICT (customer, business_number) DO UPDATE SET last_at = excluded.last_at,
    last_inbound_received_at = excluded.last_inbound_received_at, window_at = excluded.window_at,
    assignee_id = excluded.assignee_id;
END $$;
--> statement-breakpoint
-- The webhook's path, once per statement so that a bulk insert is one pass: a thread's times only move later here.
CREATE FUNCTION inbox_threads_on_inbox_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
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
CREATE TRIGGER inbox_threads_inbox_insert AFTER INSERT ON inbox_messages REFERENCING NEW TABLE AS inbox_new
  FOR EACH STATEMENT EXECUTE FUNCTION inbox_threads_on_inbox_insert();
--> statement-breakpoint
-- A send is activity in the threads it shows in: its number's, or each of the customer's without a sender.
CREATE FUNCTION inbox_threads_on_send_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE inbox_threads t SET last_at = n.sent_at
  FROM (SELECT t2.customer, t2.business_number, max(s.created_at) AS sent_at
    FROM sends_new s JOIN inbox_threads t2 ON t2.customer = s.recipient
      AND (t2.business_number = '' OR s.sender IS NULL OR s.sender = '' OR s.sender = t2.business_number)
    GROUP BY t2.customer, t2.business_number) n
  WHERE t.customer = n.customer AND t.business_number = n.business_number AND t.last_at < n.sent_at;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER inbox_threads_send_insert AFTER INSERT ON messages REFERENCING NEW TABLE AS sends_new
  FOR EACH STATEMENT EXECUTE FUNCTION inbox_threads_on_send_insert();
--> statement-breakpoint
-- Nothing in the app updates or deletes these rows' thread or times; should anything, the customers are made again.
CREATE FUNCTION inbox_threads_on_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'messages' THEN
    PERFORM inbox_threads_refresh(ARRAY[OLD.recipient] || CASE WHEN TG_OP = 'UPDATE' THEN ARRAY[NEW.recipient] END);
  ELSE
    PERFORM inbox_threads_refresh(ARRAY[OLD.customer] || CASE WHEN TG_OP = 'UPDATE' THEN ARRAY[NEW.customer] END);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER inbox_threads_inbox_change AFTER UPDATE OR DELETE ON inbox_messages
  FOR EACH ROW EXECUTE FUNCTION inbox_threads_on_row_change();
--> statement-breakpoint
-- Only these columns: a delivery report updates a send's status, which changes no thread.
CREATE TRIGGER inbox_threads_send_change AFTER UPDATE OF recipient, sender, created_at OR DELETE ON messages
  FOR EACH ROW EXECUTE FUNCTION inbox_threads_on_row_change();
--> statement-breakpoint
-- A window without a business number ('') is each of the customer's threads' window.
CREATE FUNCTION inbox_threads_on_window_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed customer_windows;
BEGIN
  FOREACH changed IN ARRAY (CASE TG_OP WHEN 'INSERT' THEN ARRAY[NEW] WHEN 'DELETE' THEN ARRAY[OLD]
    ELSE ARRAY[OLD, NEW] END) LOOP
    UPDATE inbox_threads t SET window_at = (SELECT max(w.last_inbound_at) FROM customer_windows w
      WHERE w.customer = t.customer AND w.business_number IN (t.business_number, ''))
    WHERE t.customer = changed.customer
      AND (changed.business_number = '' OR t.business_number = changed.business_number);
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER inbox_threads_window_change AFTER INSERT OR UPDATE OR DELETE ON customer_windows
  FOR EACH ROW EXECUTE FUNCTION inbox_threads_on_window_change();
--> statement-breakpoint
CREATE FUNCTION inbox_threads_on_assignment_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed inbox_assignments;
BEGIN
  FOREACH changed IN ARRAY (CASE TG_OP WHEN 'INSERT' THEN ARRAY[NEW] WHEN 'DELETE' THEN ARRAY[OLD]
    ELSE ARRAY[OLD, NEW] END) LOOP
    UPDATE inbox_threads t SET assignee_id = (SELECT a.user_id FROM inbox_assignments a
      WHERE a.customer = t.customer AND a.business_number = t.business_number)
    WHERE t.customer = changed.customer AND t.business_number = changed.business_number;
  END LOOP;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER inbox_threads_assignment_change AFTER INSERT OR UPDATE OR DELETE ON inbox_assignments
  FOR EACH ROW EXECUTE FUNCTION inbox_threads_on_assignment_change();
--> statement-breakpoint
-- TRUNCATE fires no row triggers: the whole table is made again from what is left.
CREATE FUNCTION inbox_threads_rebuild() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM inbox_threads;
  PERFORM inbox_threads_refresh(ARRAY(SELECT DISTINCT customer FROM inbox_messages));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER inbox_threads_inbox_truncate AFTER TRUNCATE ON inbox_messages
  FOR EACH STATEMENT EXECUTE FUNCTION inbox_threads_rebuild();
--> statement-breakpoint
CREATE TRIGGER inbox_threads_send_truncate AFTER TRUNCATE ON messages
  FOR EACH STATEMENT EXECUTE FUNCTION inbox_threads_rebuild();
--> statement-breakpoint
CREATE TRIGGER inbox_threads_window_truncate AFTER TRUNCATE ON customer_windows
  FOR EACH STATEMENT EXECUTE FUNCTION inbox_threads_rebuild();
--> statement-breakpoint
CREATE TRIGGER inbox_threads_assignment_truncate AFTER TRUNCATE ON inbox_assignments
  FOR EACH STATEMENT EXECUTE FUNCTION inbox_threads_rebuild();
--> statement-breakpoint
-- The threads there are already.
SELECT inbox_threads_refresh(ARRAY(SELECT DISTINCT customer FROM inbox_messages));
