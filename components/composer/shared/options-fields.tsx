"use client";

import { useEffect, useRef } from "react";
import { useFormContext } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import type { EnvelopeValues } from "@/lib/messages/envelope";
import { useTextIsland } from "./text-island";

/** Campaign name and callback data, shared by every composer; reads the composer's form from context. */
export function OptionsFields() {
  const textIsland = useTextIsland();
  const { register, formState } = useFormContext<EnvelopeValues>();
  const errors = formState.errors;
  const hasError = Boolean(errors.campaignName || errors.callbackData);
  const details = useRef<HTMLDetailsElement>(null);
  // Opens to show an error, but never closes by itself: the person may be in the middle of fixing it.
  useEffect(() => {
    if (hasError && details.current) details.current.open = true;
  }, [hasError]);
  return (
    <details ref={details} className="group rounded-lg border border-slate-200 bg-white shadow-sm open:pb-4">
      <summary className="cursor-pointer select-none px-4 py-3 text-sm font-semibold text-slate-900">
        Options
        <span className="ml-2 font-normal text-slate-500">campaign name, callback data</span>
      </summary>
      <div className="grid gap-4 px-4">
        <Field
          id="campaign-name"
          label="Campaign name"
          error={errors.campaignName?.message}
          hint="Tags the message for Connectly's analytics, e.g. spring_sale_2026-03."
        >
          {(control) => <input {...control} {...register("campaignName")} className={inputClass} autoComplete="off" />}
        </Field>
        <Field
          id="callback-data"
          label="Callback data"
          error={errors.callbackData?.message}
          hint={'Any JSON value up to 1,024 bytes, echoed back in webhooks, e.g. {"ticket": 4521}.'}
        >
          {(control) => (
            <textarea
              {...control}
              {...register("callbackData")}
              form={textIsland}
              rows={3}
              spellCheck={false}
              className={`${inputClass} font-mono`}
            />
          )}
        </Field>
      </div>
    </details>
  );
}
