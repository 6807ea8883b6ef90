"use client";

import { useActionState, useState } from "react";
import { FormAlert } from "@/components/auth/form-alert";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { FormResult } from "@/lib/actions/form-result";
import { saveSavedReplyAction } from "@/lib/actions/save-saved-reply";
import { nameTakenMessage, type SavedReply, sameNamedReply, savedReplySchema } from "@/lib/saved-replies/saved-reply";

/**
 * Adds a saved reply, or edits one; checked in the browser with the server's own schema, and against the team's
 * other names (`replies`, as the page listed them), before it is sent. The server checks both again.
 */
export function SavedReplyForm({
  reply,
  replies,
  onDone,
}: {
  reply?: SavedReply;
  replies: readonly SavedReply[];
  onDone?: () => void;
}) {
  const [result, formAction, pending] = useActionState(async (previous: FormResult | null, form: FormData) => {
    const outcome = await saveSavedReplyAction(previous, form);
    if (outcome.ok) onDone?.();
    return outcome;
  }, null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const failed = result && !result.ok ? result : null;
  const errors = { ...failed?.fieldErrors, ...local };
  const prefix = reply ? `reply-${reply.id}` : "new-reply";
  return (
    <form
      action={formAction}
      aria-label={reply ? `Edit ${reply.name}` : "Add a saved reply"}
      noValidate
      className="space-y-3"
      onSubmit={(event) => {
        const values = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>;
        const parsed = savedReplySchema.safeParse(values);
        const issues = parsed.success
          ? {}
          : Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
        const taken = parsed.success ? sameNamedReply(replies, parsed.data) : undefined;
        if (taken) issues.name = nameTakenMessage(taken.name);
        setLocal(issues);
        const first = ["name", "body"].find((field) => issues[field]);
        if (!first) return;
        event.preventDefault();
        event.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      }}
    >
      <input type="hidden" name="id" value={reply?.id ?? ""} />
      <Field id={`${prefix}-name`} label="Name" error={errors.name} hint='Typed after "/" in the message text.'>
        {(control) => (
          <input
            {...control}
            name="name"
            autoComplete="off"
            defaultValue={failed?.values?.name ?? reply?.name}
            className={inputClass}
            onInput={() => setLocal(({ name: _name, ...rest }) => rest)}
          />
        )}
      </Field>
      <Field
        id={`${prefix}-body`}
        label="Reply text"
        error={errors.body}
        hint="{{name}} becomes the customer's first name."
      >
        {(control) => (
          <textarea
            {...control}
            name="body"
            rows={3}
            defaultValue={failed?.values?.body ?? reply?.body}
            className={inputClass}
            onInput={() => setLocal(({ body: _body, ...rest }) => rest)}
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Saving…" : reply ? "Save changes" : "Add saved reply"}
        </Button>
        {reply && onDone && (
          <Button variant="ghost" onClick={onDone}>
            Cancel
          </Button>
        )}
      </div>
      {failed && !failed.fieldErrors && <FormAlert error={failed.error} />}
      <div role="status" aria-live="polite" className="text-sm text-emerald-800 dark:text-emerald-200">
        {result?.ok && !reply ? "Saved." : null}
      </div>
    </form>
  );
}
