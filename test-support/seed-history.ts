import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";

/**
 * Realistic history rows made by the database itself (one INSERT … SELECT over generate_series), so a million take
 * seconds: for the history benchmark and the export test. Row n is a pure function of n, so rows 1..1,000 are the
 * same whether 1,000 or 1,000,000 are seeded, and later rows are newer (30 s apart from 2025-01-01).
 *
 * Recipients: 50,000 customers in 15 countries (2% with a BSUID), with names from several cultures; 40% of rows in
 * one of 30 campaigns; every message type and status in realistic shares; text of 1 to 6 sentences (some multi-line,
 * some starting with - + @ as lists and mentions do, some with quotes and commas).
 */
/** The people who sent the seeded messages: a team of eight. */
export const SEED_PEOPLE = Array.from({ length: 8 }, (_, i) => ({
  id: `seed-person-${i + 1}`,
  name: `Agent ${i + 1}`,
}));

async function seedPeople(db: Db): Promise<void> {
  for (const person of SEED_PEOPLE) {
    await db.execute(sql`insert into users (id, name, email, role)
      values (${person.id}, ${person.name}, ${`${person.id}@example.com`}, 'agent') on conflict (id) do nothing`);
  }
}

export async function seedHistory(db: Db, from: number, to: number): Promise<void> {
  await seedPeople(db);
  await db.execute(sql.raw(insertSql(from, to)));
}

/** Rows per INSERT when seeding many: keeps each statement's memory modest on PGlite. */
const BATCH = 250_000;

/**
 * Seeds rows from..to with the secondary indexes dropped and rebuilt afterwards from their own definitions (as the
 * migrations made them), which is several times faster than maintaining them row by row. Ends with ANALYZE.
 */
export async function bulkSeedHistory(db: Db, from: number, to: number, progress?: (done: number) => void) {
  const { rows: definitions } = (await db.execute(
    sql`select indexname, indexdef from pg_indexes where tablename = 'messages' and indexdef not like 'CREATE UNIQUE%'`,
  )) as unknown as { rows: { indexname: string; indexdef: string }[] };
  for (const { indexname } of definitions) await db.execute(sql.raw(`drop index "${indexname}"`));
  for (let start = from; start <= to; start += BATCH) {
    await seedHistory(db, start, Math.min(to, start + BATCH - 1));
    progress?.(Math.min(to, start + BATCH - 1));
  }
  await db.transaction(async (tx) => {
    await tx.execute(sql.raw("set local maintenance_work_mem = '256MB'"));
    for (const { indexdef } of definitions) await tx.execute(sql.raw(indexdef));
  });
  await db.execute(sql`analyze messages`);
}

const list = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(",")}]`;

/** A number in [0, m) that depends only on the row (or customer) and the salt. */
const hash = (of: string, salt: number, m: number) => `(((hashint4extended(${of}, ${salt}) % ${m}) + ${m}) % ${m})`;

/** Picks from a pool by a hash; 1-based arrays. */
const pick = (pool: readonly string[], of: string, salt: number) =>
  `(${list(pool)})[1 + ${hash(of, salt, pool.length)}]`;

const FIRST_NAMES = [
  "Ana",
  "Ben",
  "Chloé",
  "Daniel",
  "Emeka",
  "Fatima",
  "Gabriel",
  "Hana",
  "Isabela",
  "João",
  "Kwame",
  "Laura",
  "Mateo",
  "Nia",
  "Oliver",
  "Priya",
  "Rahul",
  "Sofía",
  "Tomás",
  "Uchenna",
  "Valentina",
  "Wei",
  "Yusuf",
  "Zara",
  "Aarav",
  "Bianca",
  "Carlos",
  "Dewi",
  "Elif",
  "Femi",
  "Giulia",
  "Hiroshi",
  'Mary "Mimi"',
  "Ahmed",
  "Lucía",
  "Mohamed",
  "Nguyễn",
  "Olga",
  "Pedro",
  "Rina",
  "Sanjay",
  "Thandiwe",
  "Amara",
  "Lena",
  "Jonas",
  "Camila",
  "Diego",
  "Esther",
  "Farid",
  "Grace",
  "Ikechukwu",
  "Julia",
  "Kenji",
  "Leila",
  "Marta",
  "Noah",
  "Omar",
  "Paula",
  "Rosa",
];
const LAST_NAMES = [
  "Silva",
  "Santos",
  "Okafor",
  "Sharma",
  "García",
  "Müller",
  "Smith",
  "Nguyen",
  "Hernández",
  "Patel",
  "O'Brien",
  "Kowalski",
  "Adeyemi",
  "Rossi",
  "Tanaka",
  "Haddad",
  "Mensah",
  "Pereira",
  "Dubois, Jr.",
  "Kim",
  "Novak",
  "Ibrahim",
  "Costa",
  "López",
  "Wanjiru",
  "Yilmaz",
  "Fernandes",
  "Singh",
  "Martínez",
  "Schmidt",
  "Oliveira",
  "Chen",
  "Gómez",
  "Mahlangu",
  "Santoso",
  "Reyes",
  "Ahmed",
  "Kumar",
  "Rodríguez",
  "Bauer",
  "Ncube",
  "Ferreira",
  "Ali",
  "Torres",
];
const CAMPAIGNS = [
  "spring_sale_2025",
  "order_updates",
  "cart_recovery",
  "back_in_stock",
  "loyalty_points",
  "black_friday_2025",
  "welcome_series",
  "delivery_eta",
  "feedback_survey",
  "appointment_reminders",
  "payment_due",
  "new_arrivals_jun",
  "vip_early_access",
  "winback_90d",
  "referral_bonus",
  "flash_sale_48h",
  "holiday_gift_guide",
  "restock_alerts",
  "price_drop",
  "subscription_renewal",
  "event_invite_lisbon",
  "webinar_followup",
  "support_followup",
  "nps_q3",
  "onboarding_day2",
  "abandoned_checkout",
  "order_confirmation",
  "shipping_delay_notice",
  "return_label",
  "+20% off weekend",
];
const SENTENCES = [
  "Hi! Your order has shipped.",
  "Your package is out for delivery today between 2 and 6 pm.",
  "Thanks for shopping with us, we hope to see you again soon.",
  "Your refund of $24.90 was processed and should reach your card in 3-5 business days.",
  "Reply YES to confirm your appointment or NO to reschedule.",
  "- Track it here: https://example.com/t/8842",
  "+50 points were added to your loyalty account.",
  "@support will call you back within the hour.",
  "We're sorry, the item you ordered is back-ordered until next week.",
  'Use code "SPRING25" at checkout for 25% off, valid until Sunday.',
  "Your payment could not be processed, please update your card details.",
  "Olá! Seu pedido foi enviado e chega amanhã.",
  "¡Hola! Tu pedido está en camino, gracias por tu compra.",
  "Pesanan Anda sedang dikirim, terima kasih.",
  "Ihre Bestellung wurde versandt, vielen Dank für Ihren Einkauf.",
  "تم شحن طلبك، شكرا لتسوقك معنا",
  "आपका ऑर्डर भेज दिया गया है।",
  "Can you confirm the delivery address, please? We could not find the building.",
  "Your appointment with Dr. Mensah is on Tuesday at 10:30.",
  "Our store in Lisbon opens at 9 am on weekdays and 10 am on weekends.",
  "The invoice for March is attached; the total is €1,240.00, due in 14 days.",
  "We noticed you left something in your cart. It's still waiting for you!",
  "How did we do? Rate us from 1 to 5.",
  "Your subscription renews on the 1st; nothing to do if you want to keep it.",
  "Good news: the blue sneakers in size 42 are back in stock.",
  "Your return label is ready. Drop the parcel at any post office.",
  "Flash sale! Everything in the outlet is 40% off for the next 48 hours.",
  "Warranty reminder: your coverage ends next month, extend it for 2 more years.",
  "Thanks for your feedback, a manager will look into it personally.",
  "Your table for 4 is booked for Friday at 8 pm.",
  "Delivery delayed by weather; new estimate Thursday.",
  "1. Choose a size\n2. Pick a colour\n3. Check out",
  "*Important:* bring a photo ID when you collect the parcel.",
  "Welcome aboard! Here is what you can do in your first week.",
  "Order #{order} is confirmed, with free shipping.",
  "Your OTP is 482913; it expires in 10 minutes.",
  "Hi {first}, your order #{order} is ready for pickup.",
  "We have updated our privacy policy; read it at https://example.com/privacy",
  "Sorry for the wait! An agent is now looking at ticket #{order}.",
  "= Total due: $89.00",
];

const COUNTRIES: readonly { weight: number; code: string; prefixes: string[]; digits: number }[] = [
  {
    weight: 22,
    code: "1",
    prefixes: ["604", "415", "212", "646", "312", "416", "514", "305", "713", "206"],
    digits: 7,
  },
  { weight: 14, code: "91", prefixes: ["98", "97", "91", "88", "70"], digits: 8 },
  { weight: 12, code: "55", prefixes: ["119", "219", "319", "619", "719"], digits: 8 },
  { weight: 8, code: "52", prefixes: ["55", "33", "81"], digits: 8 },
  { weight: 7, code: "44", prefixes: ["74", "75", "77", "78", "79"], digits: 8 },
  { weight: 7, code: "62", prefixes: ["812", "813", "857"], digits: 8 },
  { weight: 5, code: "234", prefixes: ["803", "806", "813"], digits: 7 },
  { weight: 4, code: "49", prefixes: ["151", "160", "170"], digits: 8 },
  { weight: 4, code: "34", prefixes: ["6"], digits: 8 },
  { weight: 4, code: "63", prefixes: ["917", "918"], digits: 7 },
  { weight: 3, code: "57", prefixes: ["310", "311"], digits: 7 },
  { weight: 3, code: "27", prefixes: ["82", "83"], digits: 7 },
  { weight: 3, code: "20", prefixes: ["10", "11"], digits: 8 },
  { weight: 2, code: "254", prefixes: ["712", "722"], digits: 6 },
  { weight: 2, code: "54", prefixes: ["911"], digits: 8 },
];

const TYPES: readonly [string, number][] = [
  ["text", 40],
  ["template", 22],
  ["image", 8],
  ["buttons", 7],
  ["list", 6],
  ["document", 5],
  ["video", 3],
  ["location", 3],
  ["audio", 2],
  ["product", 2],
  ["products", 2],
];
const STATUSES: readonly [string, number][] = [
  ["read", 40],
  ["delivered", 33],
  ["sent", 15],
  ["failed", 6],
  ["delivery_failed", 5],
  ["pending", 1],
];
const FAILURES = [
  ["ERROR_CODE_MESSAGE_OUTSIDE_OF_ELIGIBILITY_WINDOW", "The customer's 24-hour window is closed.", "400"],
  ["ERROR_CODE_MESSAGE_CUSTOMER_OPTED_OUT", "The customer opted out of messages from this business.", "400"],
  ["RATE_LIMITED", "Connectly is limiting requests (429) and kept refusing after 3 tries.", "429"],
  ["SERVER_ERROR", "Connectly had an internal error (500) on every try.", "500"],
];

/** A weighted pool as one array with each entry repeated by its weight (all weights sum to 100). */
const weighted = (entries: readonly [string, number][]) =>
  entries.flatMap(([value, weight]) => Array(weight).fill(value));

function countryCase(customer: string): string {
  const slots = COUNTRIES.flatMap((country, index) => Array(country.weight).fill(index));
  const branches = COUNTRIES.map((country, index) => {
    // The subscriber part starts with 2-9, as real numbers do in most plans.
    const subscriber = `(${2 * 10 ** (country.digits - 1)} + ${hash(customer, 31, 8 * 10 ** (country.digits - 1))})::text`;
    return `when ${index} then '+${country.code}' || ${pick(country.prefixes, customer, 32)} || ${subscriber}`;
  });
  return `case (ARRAY[${slots.join(",")}])[1 + ${hash(customer, 30, slots.length)}] ${branches.join(" ")} end`;
}

// Each level is an "offset 0" subquery so that PostgreSQL computes its columns once per row: flattened, every
// mention of a column (type, text, customer) would evaluate its whole expression again, nine times slower.
function insertSql(from: number, to: number): string {
  const sentence = (slot: number) =>
    `replace(replace(${pick(SENTENCES, "n", 40 + slot)}, '{order}', order_no), '{first}', first_name)`;
  // 1 to 6 sentences, every fourth message on several lines.
  const text = [
    sentence(1),
    ...[2, 3, 4, 5, 6].map((slot) => `coalesce(case when sentences >= ${slot} then sep || ${sentence(slot)} end, '')`),
  ].join(" || ");
  const failure = (field: number) =>
    `(${list(FAILURES.map((f) => f[field] ?? ""))})[1 + ${hash("n", 60, FAILURES.length)}]`;
  return `
insert into messages (id, created_at, updated_at, endpoint, message_type, recipient, recipient_name, sender,
  campaign_name, request, status, status_at, connectly_id, attempts, error_code, error_message, error, http_status,
  search_text, sent_by_user_id)
select
  lpad(upper(to_hex(ms)), 12, '0') || lpad(upper(to_hex(hashint4extended(n, 20) & 72057594037927935)), 14, '0'),
  at, at + interval '40 seconds',
  case when type = 'template' then 'send/whatsapp_templated_messages' else 'send/messages' end,
  type, recipient, name, sender, campaign, request, status,
  at + interval '5 seconds',
  case when status not in ('pending', 'failed')
    then '01' || lpad(upper(to_hex(ms)), 12, '0') || lpad(upper(to_hex(hashint4extended(n, 21) & 4503599627370495)), 12, '0')
  end,
  case when status = 'pending' then 0 when status = 'failed' and ${failure(2)} <> '400' then 3 else 1 end,
  case when status = 'failed' then ${failure(0)} when status = 'delivery_failed' then '131026' end,
  case when status = 'failed' then ${failure(1)} when status = 'delivery_failed' then 'Message undeliverable.' end,
  case when status = 'failed' then json_build_object('code', ${failure(0)}, 'message', ${failure(1)})::jsonb end,
  case when status = 'failed' then ${failure(2)}::int end,
  lower(concat_ws(E'\\n', name, campaign, text, extra)),
  -- One message in ten is from before sign-in existed, so it has no sender.
  case when ${hash("n", 70, 10)} = 0 then null else 'seed-person-' || (1 + ${hash("n", 71, SEED_PEOPLE.length)}) end
from (
  select *,
    case type
      when 'template' then json_strip_nulls(json_build_object('number', recipient, 'templateName', template_name,
        'language', 'en_US', 'parameters', json_build_array(json_build_object('name', 'body_1', 'value', first_name),
        json_build_object('name', 'body_2', 'value', order_no)), 'sender', sender, 'campaignName', campaign))
      else json_strip_nulls(json_build_object(
        'sender', json_build_object('id', sender, 'channelType', 'whatsapp'),
        'recipient', json_build_object('id', recipient, 'channelType', 'whatsapp', 'name', name),
        'message', case type
          when 'text' then json_build_object('text', text)
          when 'image' then json_build_object('attachments', json_build_array(json_build_object('type', 'image',
            'url', 'https://cdn.example.com/img/' || order_no || '.jpg', 'caption', text)))
          when 'video' then json_build_object('attachments', json_build_array(json_build_object('type', 'video',
            'url', 'https://cdn.example.com/video/' || order_no || '.mp4', 'caption', text)))
          when 'audio' then json_build_object('attachments', json_build_array(json_build_object('type', 'audio',
            'url', 'https://cdn.example.com/audio/' || order_no || '.ogg')))
          when 'document' then json_build_object('attachments', json_build_array(json_build_object('type', 'document',
            'url', 'https://cdn.example.com/docs/' || order_no || '.pdf', 'filename', extra, 'caption', text)))
          when 'location' then json_build_object('location', json_build_object('latitude', 38.7223, 'longitude',
            -9.1393, 'name', 'Store ' || order_no, 'address', extra))
          when 'list' then json_build_object('text', text, 'listMessage', json_build_object('button',
            json_build_object('text', 'Choose'), 'sections', json_build_array(json_build_object('title', 'Sizes',
            'rows', json_build_array(json_build_object('id', 's', 'text', 'Small'), json_build_object('id', 'm',
            'text', 'Medium', 'description', 'Most popular'))))))
          when 'buttons' then json_build_object('text', text, 'replyButtonMessage', json_build_object('buttons',
            json_build_array(json_build_object('id', 'yes', 'text', 'Yes'), json_build_object('id', 'no', 'text', 'No'))))
          when 'product' then json_build_object('singleProductMessage', json_build_object('catalogId', '1893620145',
            'productItem', json_build_object('productRetailerId', 'SKU-' || order_no)))
          else json_build_object('text', text, 'multiProductMessage', json_build_object('header',
            json_build_object('text', 'Picked for you'), 'catalogId', '1893620145', 'sections', json_build_array(
            json_build_object('title', 'New', 'productItems', json_build_array(json_build_object('productRetailerId',
            'SKU-' || order_no)))))) end,
        'campaignName', campaign))
    end as request
  from (
    select *,
      case when type <> 'template' and name_roll >= 12 then full_name end as name,
      case type when 'audio' then null when 'product' then null
        when 'template' then first_name || E'\\n' || order_no else ${text} end as text,
      case type
        when 'document' then 'invoice-' || order_no || '.pdf'
        when 'location' then order_no || ' Rua Augusta, Lisboa'
        when 'template' then template_name
      end as extra
    from (
      select n, ms, to_timestamp(ms / 1000.0) as at,
        ${pick(weighted(TYPES), "n", 1)} as type,
        ${pick(weighted(STATUSES), "n", 2)} as status,
        case when ${hash("customer", 3, 50)} = 0 then 'US.' || lpad(${hash("customer", 4, 10 ** 15)}::text, 20, '1')
          else ${countryCase("customer")} end as recipient,
        ${hash("n", 5, 100)} as name_roll,
        ${pick(FIRST_NAMES, "customer", 6)} || ' ' || ${pick(LAST_NAMES, "customer", 7)} as full_name,
        ${pick(FIRST_NAMES, "customer", 6)} as first_name,
        case when ${hash("n", 8, 100)} < 40 then ${pick(CAMPAIGNS, "n", 9)} end as campaign,
        ${pick(["+14151111234", "+14155550123"], "n", 10)} as sender,
        ${pick(["order_update", "appointment_reminder", "payment_due", "welcome_offer", "delivery_eta"], "n", 11)}
          as template_name,
        (10000 + ${hash("n", 12, 90000)})::text as order_no,
        1 + ${hash("n", 13, 6)} as sentences,
        case when ${hash("n", 14, 4)} = 0 then E'\\n' else ' ' end as sep
      from (
        select n, 1735689600000::bigint + n::bigint * 30000 as ms, ${hash("n", 0, 50_000)}::int as customer
        from generate_series(${from}, ${to}) as n offset 0
      ) as rows offset 0
    ) as drawn offset 0
  ) as texts offset 0
) as built`;
}
