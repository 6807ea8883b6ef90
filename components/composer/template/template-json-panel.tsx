"use client";

import { useConnectlyTarget } from "@/components/composer/shared/connectly-target";
import { CodeBlock } from "@/components/ui/code-block";
import { CopyButton } from "@/components/ui/copy-button";
import { toCurl } from "@/lib/messages/curl";
import type { TemplateMessageRequest } from "@/lib/templates/types";

/**
 * The exact body the server action will send. Not components/composer/json-panel.tsx: that one is typed for
 * session requests and its cURL posts to send/messages.
 */
export function TemplateJsonPanel({ request }: { request: TemplateMessageRequest }) {
  const target = useConnectlyTarget();
  const json = JSON.stringify(request, null, 2);
  return (
    <section className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-3 py-2">
        <h2 className="text-sm font-semibold text-slate-900">Request JSON</h2>
        <div className="flex gap-2">
          <CopyButton text={json} label="Copy JSON">
            Copy JSON
          </CopyButton>
          <CopyButton
            text={toCurl(request, { ...target, path: "send/whatsapp_templated_messages" })}
            label="Copy as cURL"
          >
            Copy as cURL
          </CopyButton>
        </div>
      </div>
      <CodeBlock label="Request JSON" className="max-h-80 text-slate-800">
        {json}
      </CodeBlock>
    </section>
  );
}
