"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { type DefaultValues, type FieldValues, type UseFormReturn, useForm } from "react-hook-form";
import type { z } from "zod";
import type { EnvelopeValues } from "@/lib/messages/envelope";
import { mergeKnown } from "./draft-storage";

/**
 * The form of a composer: validated by the type's schema as the person types, opened from the seed ("Edit as
 * new") when there is one (ComposerShell restores the draft otherwise). `R` is the request the schema turns the
 * values into.
 */
export function useComposerForm<V extends EnvelopeValues & FieldValues, R>(
  schema: z.ZodType<R, V>,
  defaults: V,
  seed: unknown,
): UseFormReturn<V, unknown, R> {
  return useForm<V, unknown, R>({
    resolver: zodResolver(schema),
    defaultValues: (seed ? mergeKnown(defaults, seed) : defaults) as DefaultValues<V>,
    mode: "onTouched",
  });
}
