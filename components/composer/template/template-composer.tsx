"use client";

import { useEffect, useMemo, useState, useTransition } from "react";
import type { UseFormReturn } from "react-hook-form";
import { useComposerSeed } from "@/components/composer/shared/composer-seed";
import { ComposerShell } from "@/components/composer/shared/composer-shell";
import { forgetInAddress } from "@/components/composer/shared/forget-in-address";
import { LivePreview } from "@/components/composer/shared/live-preview";
import { useComposerForm } from "@/components/composer/shared/use-composer-form";
import { useValuesInTransition } from "@/components/composer/shared/use-values-in-transition";
import { refreshTemplatesAction } from "@/lib/actions/refresh-templates";
import type { ActionError } from "@/lib/actions/result";
import { sendTemplateAction } from "@/lib/actions/send-template";
import type { TemplateCatalog } from "@/lib/templates/cache";
import { findTemplate } from "@/lib/templates/catalog";
import {
  buildTemplateRequest,
  type TemplateFormValues,
  templateDefaults,
  templateMessageSchema,
} from "@/lib/templates/schema";
import type { TemplateDefinition, TemplateMessageRequest } from "@/lib/templates/types";
import { templateVariables } from "@/lib/templates/variables";
import { TemplatePreview } from "./template-preview";
import { TemplateSection } from "./template-section";

export interface TemplateComposerProps {
  catalog: TemplateCatalog | null;
  loadError: ActionError | null;
  senders: string[];
  /** "Edit as new" from history: opens with these values instead of the draft. */
  seed?: TemplateFormValues;
  /** From the URL (e.g. "Send a template instead"): applied over the draft. */
  prefill: { recipient?: string; sender?: string };
}

/**
 * The template composer: who it goes to, which approved template in which language, the values its variables
 * need, and the options; the preview and the JSON show the exact request on every keystroke.
 */
export function TemplateComposer({
  catalog: initialCatalog,
  loadError: initialError,
  senders,
  seed,
  prefill,
}: TemplateComposerProps) {
  const [catalog, setCatalog] = useState(initialCatalog);
  const [loadError, setLoadError] = useState(initialError);
  const [refreshing, startRefresh] = useTransition();
  const templates = useMemo(() => catalog?.templates ?? [], [catalog]);
  const schema = useMemo(() => templateMessageSchema(templates), [templates]);
  const form = useComposerForm(schema, templateDefaults, seed);
  // In a thread the address is the thread's, not the page's URL.
  const { draftScope, fixedEnvelope } = useComposerSeed();

  // After the draft is restored (by the shell: a child's effects run first), so a link's recipient wins over the draft's.
  useEffect(() => {
    if (prefill.recipient) form.setValue("recipient.id", prefill.recipient);
    if (prefill.sender) form.setValue("senderId", prefill.sender);
    // A link's address applies once: left in the URL, a reload would put it back over whatever was typed since.
    if (!draftScope) forgetInAddress("recipient", "sender");
  }, [form, prefill.recipient, prefill.sender, draftScope]);

  const values = useValuesInTransition(form);
  const definition = approvedTemplate(templates, values);
  useVariableSlots(form, definition);
  const request = useMemo(() => buildTemplateRequest(values, definition), [values, definition]);

  function refresh() {
    startRefresh(async () => {
      const answer = await refreshTemplatesAction();
      if (answer.ok) setCatalog(answer.catalog);
      setLoadError(answer.ok ? null : answer.error);
    });
  }

  return (
    <ComposerShell
      type="template"
      form={form}
      values={values}
      defaults={templateDefaults}
      seeded={Boolean(seed)}
      request={request}
      sendPath="send/whatsapp_templated_messages"
      action={sendTemplateAction}
      actionInput={(current, key) => ({ values: current, key })}
      onSent={() => {
        // Same template and people; the values are cleared so the next send is typed afresh. Each key is set to ""
        // rather than the record replaced by {}, which would leave the inputs showing the old text.
        const blank = (record: Record<string, string>) =>
          Object.fromEntries(Object.keys(record).map((key) => [key, ""]));
        form.setValue("variables", blank(form.getValues("variables")));
        form.setValue("filenames", blank(form.getValues("filenames")));
      }}
      senders={senders}
      recipient={{
        withName: false,
        hint: "Country code first, e.g. +1 604 444 1111, or a BSUID (sent as bsuid:US.…).",
      }}
      preview={(theme) => (
        <LivePreview
          control={form.control}
          render={(live: TemplateFormValues) => (
            <TemplatePreview
              definition={approvedTemplate(templates, live)}
              values={live}
              // In a conversation the chat is with the customer as WhatsApp names them; a template asks for no name.
              contactName={fixedEnvelope?.customerName || live.recipient?.id || "Customer"}
              theme={theme}
            />
          )}
        />
      )}
    >
      <TemplateSection
        form={form}
        values={values}
        catalog={catalog}
        definition={definition}
        loadError={loadError}
        refreshing={refreshing}
        onRefresh={refresh}
      />
    </ComposerShell>
  );
}

function approvedTemplate(templates: TemplateDefinition[], values: TemplateFormValues) {
  const found = findTemplate(templates, values.templateName, values.language);
  return found?.status === "approved" ? found : undefined;
}

/**
 * Keeps one string per variable of the chosen template in the form, whatever chose it (the picker, the draft, a
 * seed): values already typed stay, missing ones become "", and those of another template are dropped.
 */
function useVariableSlots(
  form: UseFormReturn<TemplateFormValues, unknown, TemplateMessageRequest>,
  definition: TemplateDefinition | undefined,
) {
  useEffect(() => {
    if (!definition) return;
    const variables = templateVariables(definition);
    const current = form.getValues();
    const slots = (names: string[], existing: Record<string, string> | undefined) =>
      Object.fromEntries(names.map((name) => [name, existing?.[name] ?? ""]));
    const wanted = slots(
      variables.map((v) => v.name),
      current.variables,
    );
    const filenames = slots(
      variables.flatMap((v) => (v.kind === "header_media" && v.withFilename ? [v.name] : [])),
      current.filenames,
    );
    if (JSON.stringify(wanted) !== JSON.stringify(current.variables)) form.setValue("variables", wanted);
    if (JSON.stringify(filenames) !== JSON.stringify(current.filenames)) form.setValue("filenames", filenames);
  }, [form, definition]);
}
