import "server-only";
import { like, type SQL, sql } from "drizzle-orm";
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
