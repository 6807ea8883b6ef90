"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { type DefaultValues, type FieldValues, type Resolver, type UseFormReturn, useForm } from "react-hook-form";
import type { z } from "zod";
import type { EnvelopeValues } from "@/lib/messages/envelope";
import { recipientUnfinished, withNormalizedRecipient } from "@/lib/messages/recipient";
import { useConnectlyTarget } from "./connectly-target";
import { mergeKnown } from "./draft-storage";
import { useLiveValidation } from "./use-live-validation";

/**
 * The form of a composer: checked by the type's schema on Send and, as the person types, field by field (see
 * useLiveValidation), opened from the seed ("Edit as new") when there is one (ComposerShell restores the draft
 * otherwise). `R` is the request the schema turns the values into. The recipient is checked as it will be sent: a
 * pasted "+1 (604) 444-1111", or a number without + read with DEFAULT_COUNTRY, is the E.164 number it stands for.
 */
export function useComposerForm<V extends EnvelopeValues & FieldValues, R>(
  schema: z.ZodType<R, V>,
  defaults: V,
  seed: unknown,
): UseFormReturn<V, unknown, R> {
  const { defaultCountry } = useConnectlyTarget();
  const resolve = zodResolver(schema) as Resolver<V, unknown, R>;
  const form = useForm<V, unknown, R>({
    resolver: (values, context, options) => resolve(withNormalizedRecipient(values, defaultCountry), context, options),
    defaultValues: (seed ? mergeKnown(defaults, seed) : defaults) as DefaultValues<V>,
    // React Hook Form itself checks only on Send. Its other modes check on blur (an error appearing or vanishing
    // as the pointer goes down on a button moves the button away from the click) or check a whole list when a row
    // is added (the new, untouched row turns red). useLiveValidation does the checking as the person types.
    mode: "onSubmit",
    reValidateMode: "onSubmit",
  });
  useLiveValidation(
    form,
    schema,
    (values) => withNormalizedRecipient(values, defaultCountry),
    (values) => new Set(recipientUnfinished(values.recipient.id, defaultCountry) ? ["recipient.id"] : []),
  );
  return form;
}
