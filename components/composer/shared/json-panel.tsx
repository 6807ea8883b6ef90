"use client";

import { useDeferredValue, useMemo } from "react";
import { CodeBlock } from "@/components/ui/code-block";
import { CopyButton } from "@/components/ui/copy-button";
import { type SendPath, toCurl } from "@/lib/messages/curl";
import { useConnectlyTarget } from "./connectly-target";

/** The exact body the server action will send, so what you see is what Connectly receives. */
export function JsonPanel({ request, path }: { request: object; path: SendPath }) {
  const target = useConnectlyTarget();
  // Rendered after the preview: serializing a long body on every keystroke must not delay the bubble.
  const deferred = useDeferredValue(request);
  // Once per deferred request: the urgent render of a keystroke still holds the previous one, already serialized.
  const json = useMemo(() => JSON.stringify(deferred, null, 2), [deferred]);
  const curl = useMemo(() => toCurl(deferred, { ...target, path }), [deferred, target, path]);
  return (
    // Off screen (below a long form), the browser skips laying out and painting it on every keystroke.
    <section className="rounded-lg border border-slate-200 bg-white shadow-sm [contain-intrinsic-size:auto_24rem] [content-visibility:auto]">
      <div className="flex items-center justify-between gap-2 border-b border-slate-200 px-3 py-2">
        <h2 className="text-sm font-semibold text-slate-900">Request JSON</h2>
        <div className="flex gap-2">
          <CopyButton text={json} label="Copy JSON">
            Copy JSON
          </CopyButton>
          <CopyButton text={curl} label="Copy as cURL">
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
