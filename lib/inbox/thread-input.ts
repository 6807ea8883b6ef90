import { z } from "zod";
import { E164_PATTERN, recipientKind } from "@/lib/messages/recipient";
import type { ThreadRef } from "./thread-types";

/** A thread named by the browser, checked: a customer id as the composer takes it, and a business number or ''. */
export const threadRefSchema = z.object({
  customer: z
    .string()
    .trim()
    .refine((value) => recipientKind(value) !== null, "Not a customer's number or BSUID."),
  businessNumber: z
    .string()
    .trim()
    .refine((value) => value === "" || E164_PATTERN.test(value), "Not a business number."),
});

export function parseThreadRef(value: unknown): ThreadRef | null {
  const parsed = threadRefSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
