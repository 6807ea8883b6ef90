"use client";

import { useEffect, useRef } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import type { EnvelopeValues } from "@/lib/messages/envelope";
import { useTextIsland } from "./text-island";

/** Campaign name and callback data, shared by every composer; reads the composer's form from context. */
export function OptionsFields() {
  const textIsland = useTextIsland();
  const { register, formState, control } = useFormContext<EnvelopeValues>();
  const [campaignName, callbackData] = useWatch({ control, name: ["campaignName", "callbackData"] });
  const errors = formState.errors;
  const hasError = Boolean(errors.campaignName || errors.callbackData);
  const details = useRef<HTMLDetailsElement>(null);
  // Opens to show an error, but never closes by itself: the person may be in the middle of fixing it.
  useEffect(() => {
    if (hasError && details.current) details.current.open = true;
  }, [hasError]);
  return (
    <details
      ref={details}
      className="group rounded-lg border border-slate-200 dark:border-slate-700 bg-white dark:bg-slate-900 shadow-sm open:pb-4"
    >
      <summary className="cursor-pointer select-none px-4 py-3 text-sm font-semibold text-slate-900 dark:text-slate-100">
        Options
        <span className="ml-2 font-normal text-slate-500 dark:text-slate-400">
          {optionsSummary(campaignName, callbackData)}
        </span>
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

const SHOWN_CAMPAIGN = 40;

/**
 * What the closed Options say: the values set, since they stay for the next message and for other types, and a
 * campaign nobody sees would tag unrelated sends.
 */
export function optionsSummary(campaignName: string | undefined, callbackData: string | undefined): string {
  const campaign = [...(campaignName?.trim() ?? "")];
  const shown =
    campaign.length > SHOWN_CAMPAIGN ? `${campaign.slice(0, SHOWN_CAMPAIGN - 1).join("")}…` : campaign.join("");
  const parts = [shown && `Campaign: ${shown}`, callbackData?.trim() && "callback data set"].filter(Boolean);
  return parts.length > 0 ? parts.join(" · ") : "campaign name, callback data";
}
