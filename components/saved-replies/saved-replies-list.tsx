"use client";

import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { deleteSavedReplyAction } from "@/lib/actions/delete-saved-reply";
import type { SavedReply } from "@/lib/saved-replies/saved-reply";
import { SavedReplyForm } from "./saved-reply-form";

export function SavedRepliesList({ replies }: { replies: SavedReply[] }) {
  const [editing, setEditing] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (replies.length === 0) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">No saved replies yet.</p>;
  }
  return (
    <ul
      aria-label="Saved replies"
      className="divide-y divide-slate-200 dark:divide-slate-700 rounded-lg border border-slate-200 dark:border-slate-700 bg-white dark:bg-slate-900"
    >
      {replies.map((reply) => (
        <li key={reply.id} className="p-4">
          {editing === reply.id ? (
            <SavedReplyForm reply={reply} replies={replies} onDone={() => setEditing(null)} />
          ) : (
            <div className="flex flex-wrap items-start gap-3">
              <div className="min-w-0 flex-1">
                <p className="font-medium text-slate-900 dark:text-slate-100">/{reply.name}</p>
                <p className="mt-1 text-sm break-words whitespace-pre-wrap text-slate-700 dark:text-slate-300">
                  {reply.body}
                </p>
              </div>
              <div className="flex gap-2">
                <Button onClick={() => setEditing(reply.id)} aria-label={`Edit ${reply.name}`}>
                  Edit
                </Button>
                <Button
                  disabled={pending}
                  aria-label={`Delete ${reply.name}`}
                  onClick={() => startTransition(async () => void (await deleteSavedReplyAction(reply.id)))}
                >
                  Delete
                </Button>
              </div>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
