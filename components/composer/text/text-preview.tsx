"use client";

import { useClock } from "@/components/hooks/use-clock";
import { OutgoingBubble } from "@/components/preview/bubble";
import { FormattedText } from "@/components/preview/formatted-text";
import { Phone } from "@/components/preview/phone";
import type { SessionMessageRequest } from "@/lib/messages/request";

export function TextPreview({ request, theme }: { request: SessionMessageRequest; theme: "light" | "dark" }) {
  const time = useClock();
  const text = request.message.text ?? "";
  return (
    <Phone theme={theme} contactName={request.recipient.name || request.recipient.id || "Customer"}>
      {text.trim() === "" ? (
        <p className="mx-auto my-8 w-fit rounded-md bg-white/80 px-3 py-1 text-xs text-slate-600">
          Start typing to see the message here.
        </p>
      ) : (
        <OutgoingBubble theme={theme} time={time} status="sent">
          <FormattedText text={text} />
        </OutgoingBubble>
      )}
    </Phone>
  );
}
