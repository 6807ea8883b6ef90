"use server";

import { configuredSenderErrors, missingSendKey, withServerRecipient } from "@/lib/actions/send-checks";
import { validated } from "@/lib/actions/validated-action";
import { guardedAction } from "@/lib/auth/guard";
import type { SendKey } from "@/lib/messages/send-key";
import type { SendOutcome } from "@/lib/sending/send-outcome";
import { sendTemplateMessage } from "@/lib/sending/send-template-message";
import { loadTemplates } from "@/lib/templates/load";
import { templateMessageSchema } from "@/lib/templates/schema";

/**
 * Checks the browser's values again against the server's own copy of the templates (only approved pairs pass),
 * then sends. A template approved since the list was fetched needs a Refresh first.
 */
export const sendTemplateAction = guardedAction(
  "sendTemplate",
  async function sendTemplate(
    actor,
    _previous: SendOutcome | null,
    input: { values: unknown; key: SendKey },
  ): Promise<SendOutcome> {
    const missing = missingSendKey(input?.key);
    if (missing) return missing;
    const templates = await loadTemplates();
    if (!templates.ok) return templates;
    const values = withServerRecipient(input?.values);
    return validated(
      templateMessageSchema(templates.catalog.templates),
      values,
      (request) =>
        sendTemplateMessage(request, { key: input.key, sentBy: actor.id, templates: templates.catalog.templates }),
      configuredSenderErrors(values),
    );
  },
);
