import "server-only";
import { inArray, like, type SQL, sql } from "drizzle-orm";
import type { Db } from "./client";
import { containingLower } from "./like-pattern";
import type { HistoryFilter } from "./queries";
import { customerNames } from "./schema";

/** Past this many customers with a word in their name, the page's query looks them up itself. */
export const NAMED_CUSTOMERS_INLINE = 200;

/** For one search word: the customers whose WhatsApp name holds it, or "many" past NAMED_CUSTOMERS_INLINE. */
export type NamedCustomers = string[] | "many";

/**
 * The history search finds a send by the name its customer writes with on WhatsApp, also when no Recipient name was
 * typed or the send came before they first wrote. The customers are looked up first, for each word of the search,
 * so that the page's query can name them as values beside the search text: the planner serves
 * `search_text LIKE … OR recipient IN (values)` from two indexes, where a subquery under that OR could not be, and
 * a rare word would read the whole history.
 */
export async function withCustomerNames<F extends HistoryFilter>(db: Db, filter: F): Promise<F> {
  const search = filter.search;
  if (search?.kind !== "text") return filter;
  const named = await Promise.all(
    search.words.map(async (word): Promise<NamedCustomers> => {
      const rows = await db
        .select({ customer: customerNames.customer })
        .from(customerNames)
        .where(nameHolds(word))
        .limit(NAMED_CUSTOMERS_INLINE + 1);
      return rows.length > NAMED_CUSTOMERS_INLINE ? "many" : rows.map((row) => row.customer);
    }),
  );
  return { ...filter, namedCustomers: named };
}

/** The customers whose name holds `word`, as a subquery: for a word in too many names to list. */
export function customersNamed(word: string): SQL {
  return sql`(select ${customerNames.customer} from ${customerNames} where ${nameHolds(word)})`;
}

// lower(name), as the trigram index customer_names_name_trgm_idx is built on.
function nameHolds(word: string): SQL {
  return like(sql`lower(${customerNames.name})`, containingLower(word));
}

/**
 * The WhatsApp name of each of `customers` that has one, for the rows a page shows (a history page, one send, a page
 * of the CSV export): read by primary key for those numbers alone, after the page's own query, which stays as fast
 * as it was at a million rows, where joining customer_names to it would weigh on every plan.
 */
export async function customerNamesOf(db: Db, customers: readonly string[]): Promise<Map<string, string>> {
  const distinct = [...new Set(customers)];
  if (distinct.length === 0) return new Map();
  const rows = await db
    .select({ customer: customerNames.customer, name: customerNames.name })
    .from(customerNames)
    .where(inArray(customerNames.customer, distinct));
  return new Map(rows.map((row) => [row.customer, row.name]));
}
