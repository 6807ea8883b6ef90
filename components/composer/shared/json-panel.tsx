"use client";

import { useMemo } from "react";
import { CodeBlock } from "@/components/ui/code-block";
import { CopyButton } from "@/components/ui/copy-button";
import { type SendPath, toCurl } from "@/lib/messages/curl";
import { withNormalizedRecipient } from "@/lib/messages/recipient";
import { useConnectlyTarget } from "./connectly-target";
import { usePausedValue } from "./use-paused-value";

// Often enough to be seen following a held key, rare enough that a fast burst lays the JSON out only a few times.
const JSON_MAX_WAIT_MS = 1000;

/** The exact body the server action will send, as it stands once the keys pause. */
export function JsonPanel({ request, path }: { request: object; path: SendPath }) {
  const target = useConnectlyTarget();
  // The Recipient as Send will send it ("+16044441111"), also while the field still holds it as pasted: Send
  // reads it so, and the field itself is rewritten only when it is left.
  const sent = useMemo(() => withNormalizedRecipient(request, target.defaultCountry), [request, target.defaultCountry]);
  const json = useMemo(() => JSON.stringify(sent, null, 2), [sent]);
  const curl = useMemo(() => toCurl(sent, { ...target, path }), [sent, target, path]);
  // Chromium reshapes the whole text of a changed node: in a trace, a 4,000-character body with Arabic and emoji
  // took 8 ms (ASCII, under 1), in the task the next key then waited behind. Laid out at every pass of the counters
  // (each TYPING_MAX_WAIT_MS of fast typing), that was the slowest twentieth of the keys. So what is shown waits for
  // the keys to pause, while the buttons copy the request as it is.
  const shownJson = usePausedValue(json, JSON_MAX_WAIT_MS);
  return (
    // Off screen (below a long form), the browser skips laying out and painting it on every keystroke.
    <section className="rounded-lg border border-slate-200 dark:border-slate-700 bg-white dark:bg-slate-900 shadow-sm [contain-intrinsic-size:auto_24rem] [content-visibility:auto]">
      <div className="flex items-center justify-between gap-2 border-b border-slate-200 dark:border-slate-700 px-3 py-2">
        <h2 className="text-sm font-semibold text-slate-900 dark:text-slate-100">Request JSON</h2>
        <div className="flex gap-2">
          <CopyButton text={json} label="Copy JSON">
            Copy JSON
          </CopyButton>
          <CopyButton text={curl} label="Copy as cURL">
            Copy as cURL
          </CopyButton>
        </div>
      </div>
      <CodeBlock label="Request JSON" className="max-h-80 text-slate-800 dark:text-slate-200">
        {shownJson}
      </CodeBlock>
    </section>
  );
}
