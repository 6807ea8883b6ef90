"use client";

import dynamic from "next/dynamic";
import { PreviewSwitch } from "@/components/composer/preview-switch";
import { PreviewPane } from "@/components/composer/shared/preview-pane";
import { FormattedText } from "@/components/preview/formatted-text";
import { SentMessage } from "@/components/preview/sent-message";
import type { DeliveryStatus } from "@/components/preview/ticks";
import type { MessageType } from "@/lib/messages/registry";
import type { SessionMessageRequest } from "@/lib/messages/request";
import type { TemplateValues } from "@/lib/templates/render";
import type { TemplateDefinition } from "@/lib/templates/types";

// Its own chunk, as in the template composer: a session message's page does not load it.
const TemplatePreview = dynamic(() =>
  import("@/components/composer/template/template-preview").then((m) => m.TemplatePreview),
);

/** What the detail page can draw of a sent message; the page reads it from the row on the server. */
export type SentBubble =
  | { kind: "session"; type: MessageType; request: SessionMessageRequest }
  | { kind: "template"; definition: TemplateDefinition; values: TemplateValues; contactName: string }
  /**
   * A template no longer among Connectly's, changed since, or templates that could not be loaded: nothing to draw it
   * from, only the words kept when it was sent (none for a row sent before they were kept).
   */
  | { kind: "none"; reason: string; words?: string | null };

/** The message as the customer's phone showed it, with the composer's own preview, its time and its ticks. */
export function SentMessagePreview({ bubble, at, status }: { bubble: SentBubble; at: string; status: DeliveryStatus }) {
  if (bubble.kind === "none") {
    return (
      <aside
        aria-label="Preview"
        className="rounded-lg border border-dashed border-slate-300 dark:border-slate-600 bg-white dark:bg-slate-900 p-4 text-sm"
      >
        <h2 className="font-semibold text-slate-900 dark:text-slate-100">Preview</h2>
        <p className="mt-1 text-slate-600 dark:text-slate-400">{bubble.reason}</p>
        {bubble.words && (
          <>
            <h3 className="mt-3 font-medium text-slate-900 dark:text-slate-100">The words sent</h3>
            {/* Drawn with WhatsApp's formatting, as the customer read them: tokens become text nodes, never HTML. */}
            <div className="mt-1 text-slate-800 dark:text-slate-200">
              <FormattedText text={bubble.words} />
            </div>
          </>
        )}
      </aside>
    );
  }
  return (
    <PreviewPane
      render={(theme) => (
        <SentMessage at={at} status={status}>
          {bubble.kind === "session" ? (
            <PreviewSwitch type={bubble.type} request={bubble.request} theme={theme} />
          ) : (
            <TemplatePreview
              definition={bubble.definition}
              values={bubble.values}
              contactName={bubble.contactName}
              theme={theme}
            />
          )}
        </SentMessage>
      )}
    />
  );
}
