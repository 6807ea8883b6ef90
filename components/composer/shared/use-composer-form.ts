"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { type DefaultValues, type FieldValues, type UseFormReturn, useForm } from "react-hook-form";
import type { z } from "zod";
import type { EnvelopeValues } from "@/lib/messages/envelope";
import { mergeKnown } from "./draft-storage";
import { useDraft } from "./use-draft";

/**
 * The form of a composer: validated by the type's schema as the person types, opened from the seed ("Edit as
 * new") when there is one and from the saved draft otherwise. `R` is the request the schema turns the values into.
 */
export function useComposerForm<V extends EnvelopeValues & FieldValues, R>(
  type: string,
  schema: z.ZodType<R, V>,
  defaults: V,
  seed: unknown,
): UseFormReturn<V, unknown, R> {
  const form = useForm<V, unknown, R>({
    resolver: zodResolver(schema),
    defaultValues: (seed ? mergeKnown(defaults, seed) : defaults) as DefaultValues<V>,
    mode: "onTouched",
  });
  useDraft(type, form, defaults, Boolean(seed));
  return form;
}
