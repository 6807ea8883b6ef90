import type { Metadata } from "next";
import { guardedPage } from "@/components/auth/guarded-page";
import { ConnectlyTargetProvider } from "@/components/composer/shared/connectly-target";
import { connectlyTargetFromEnv } from "@/components/composer/shared/connectly-target-from-env";
import { TypeSwitcher } from "@/components/composer/shared/type-switcher";
import { TemplateComposerLoader } from "@/components/composer/template/template-composer-loader";
import { LocalTime } from "@/components/ui/local-time";
import { database } from "@/lib/db";
import { getHistoryEntry } from "@/lib/db/queries";
import { env } from "@/lib/env";
import { templateValuesFromRequest } from "@/lib/templates/from-request";
import { loadTemplates } from "@/lib/templates/load";
import type { TemplateFormValues } from "@/lib/templates/schema";

export const metadata: Metadata = { title: "Compose a template message" };

type Props = {
  searchParams: Promise<{ recipient?: string | string[]; sender?: string | string[]; from?: string | string[] }>;
};

function single(value: string | string[] | undefined): string | undefined {
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

/** "Edit as new" from history: the values of a template sent before. */
async function seedFrom(
  historyId: string | undefined,
): Promise<{ values: TemplateFormValues; sentAt: Date } | undefined> {
  if (!historyId) return undefined;
  const entry = await getHistoryEntry(await database(), historyId);
  if (entry?.messageType !== "template") return undefined;
  return { values: templateValuesFromRequest(entry.request), sentAt: entry.createdAt };
}

/**
 * Starts a conversation, or reaches a customer whose 24-hour window has closed. `?recipient=&sender=` prefill
 * who it goes to (the window error's "Send a template instead" link); `?from=<history id>` copies an earlier send.
 */
export default guardedPage("/compose/template", async function ComposeTemplatePage({ searchParams }: Props) {
  const params = await searchParams;
  const config = env();
  const [templates, seed] = await Promise.all([loadTemplates(), seedFrom(single(params.from))]);
  return (
    <ConnectlyTargetProvider target={await connectlyTargetFromEnv()}>
      <TypeSwitcher current="template" />
      <h1 className="mb-1 text-xl font-semibold text-slate-900 dark:text-slate-100">Compose a template message</h1>
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">
        {seed ? (
          <>
            Copied from the template sent <LocalTime date={seed.sentAt} />. Nothing is sent until you press Send.
          </>
        ) : (
          "Approved templates reach customers at any time, also outside the 24-hour window."
        )}
      </p>
      <TemplateComposerLoader
        catalog={templates.ok ? templates.catalog : null}
        loadError={templates.ok ? null : templates.error}
        senders={config.senders}
        seed={seed?.values}
        prefill={{ recipient: single(params.recipient), sender: single(params.sender) }}
      />
    </ConnectlyTargetProvider>
  );
});
