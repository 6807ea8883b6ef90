import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";

/**
 * What customers wrote back, made by the database from the seeded history (test-support/seed-history.ts): one inbound
 * message for each of the newest `count` sends, from that send's customer to its number, under the customer's name,
 * a minute after the send, so the busiest customers have the longest threads. The benchmark's person has read four
 * in five of those customers' threads to the end (an agent keeping up: the rest are unread), and has one in ten.
 * One customer in twenty wrote an hour ago, so that thread's 24-hour window is open (the seeded history is older).
 */
export async function seedInbox(db: Db, count: number, readerId: string): Promise<void> {
  await db.execute(sql`insert into inbox_messages (id, dedupe_key, direction, customer, business_number, customer_name,
      kind, text, content, occurred_at, received_at)
    select 'seed-' || m.id, 'seed-' || m.id, 'inbound', m.recipient, coalesce(m.sender, ''), m.recipient_name, 'text',
      'Thanks, and one more question about order ' || right(m.id, 5), '{}'::jsonb,
      m.created_at + interval '1 minute', m.created_at + interval '1 minute'
    from (select id, recipient, sender, recipient_name, created_at from messages order by id desc limit ${count}) m`);
  await db.execute(sql`insert into inbox_reads (customer, business_number, user_id, read_up_to)
    select customer, business_number, ${readerId}, max(received_at)
    from inbox_messages group by customer, business_number having hashtext(customer) % 5 <> 0
    on conflict do nothing`);
  await db.execute(sql`insert into inbox_assignments (customer, business_number, user_id)
    select distinct customer, business_number, ${readerId} from inbox_messages where abs(hashtext(customer)) % 10 = 1
    on conflict do nothing`);
  await db.execute(sql`insert into customer_windows (customer, business_number, last_inbound_at)
    select customer, business_number,
      case when abs(hashtext(customer)) % 20 = 3 then now() - interval '1 hour' else max(occurred_at) end
    from inbox_messages group by customer, business_number
    on conflict do nothing`);
  await db.execute(sql`analyze`);
}
