"use server";

import { validated } from "@/lib/actions/validated-action";
import { guardedAction } from "@/lib/auth/guard";
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
  async function sendTemplate(actor, _previous: SendOutcome | null, values: unknown): Promise<SendOutcome> {
    const templates = await loadTemplates();
    if (!templates.ok) return templates;
    return validated(templateMessageSchema(templates.catalog.templates), values, (request) =>
      sendTemplateMessage(request, actor.id),
    );
  },
);
