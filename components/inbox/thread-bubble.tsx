import Link from "next/link";
import { OutgoingBubble } from "@/components/preview/bubble";
import { FormattedText } from "@/components/preview/formatted-text";
import type { DeliveryStatus } from "@/components/preview/ticks";
import type { ThreadItem } from "@/lib/inbox/thread-types";
import { clockTime } from "./format";
import { AttachmentBody, InboundBody, LocationBody } from "./inbound-body";

const TYPE_NAMES: Record<string, string> = {
  image: "Image",
  video: "Video",
  audio: "Audio",
  document: "Document",
  location: "Location",
  list: "List",
  buttons: "Reply buttons",
  product: "Product",
  products: "Products",
  template: "Template",
};

const STATUS_WORDS: Record<string, string> = {
  pending: "Sending…",
  unknown: "Unknown: Connectly may or may not have it",
  sent: "Sent",
  delivered: "Delivered",
  read: "Read",
  failed: "Failed",
  delivery_failed: "Not delivered",
};

function ticksOf(status: string | undefined): DeliveryStatus {
  if (status === "delivery_failed" || status === "failed") return "failed";
  if (status === "sent" || status === "delivered" || status === "read" || status === "unknown") return status;
  return "pending";
}

/** One message in the thread, as WhatsApp draws it: the customer's on the left, the business's on the right. */
export function ThreadBubble({ item, tail }: { item: ThreadItem; tail: boolean }) {
  const time = clockTime(item.at);
  if (item.direction === "inbound") {
    return (
      <div className={`me-auto w-fit max-w-[85%] min-w-0 ${tail ? "mt-2" : "mt-0.5"}`}>
        <div
          className={`rounded-lg bg-white px-2 pt-1.5 pb-1 text-[14.2px] leading-[19px] text-[#111b21] dark:bg-[#202c33] dark:text-[#e9edef] shadow-[0_1px_0.5px_rgba(11,20,26,0.13)] ${tail ? "rounded-tl-none" : ""}`}
        >
          <div className="flex flex-wrap items-end justify-end gap-x-2">
            <div className="min-w-0 max-w-full grow">
              <InboundBody item={item} />
            </div>
            <span className="ms-auto translate-y-0.5 text-[11px] leading-[15px] whitespace-nowrap text-[#667781] dark:text-[#bcc7cd]">
              {time}
            </span>
          </div>
        </div>
      </div>
    );
  }
  const label = item.direction === "echo" ? "Sent from another device" : TYPE_NAMES[item.kind];
  const failed = item.status === "failed" || item.status === "delivery_failed";
  return (
    <div className="flex flex-col items-end">
      <OutgoingBubble
        theme="system"
        time={time}
        status={item.direction === "echo" ? undefined : ticksOf(item.status)}
        tail={tail}
      >
        {label && <span className="block text-xs font-semibold text-[#667781] dark:text-[#bcc7cd]">{label}</span>}
        {item.direction === "echo" ? (
          <InboundBody item={item} />
        ) : item.content?.attachment ? (
          <AttachmentBody attachment={item.content.attachment} fromCustomer={false} />
        ) : item.content?.location ? (
          <LocationBody place={item.content.location} />
        ) : (
          <FormattedText text={item.text ?? ""} />
        )}
      </OutgoingBubble>
      {item.direction === "outbound" && (
        <p
          className={`mt-0.5 text-xs ${failed ? "text-red-700 dark:text-red-300" : "text-slate-500 dark:text-slate-400"}`}
        >
          {STATUS_WORDS[item.status ?? "pending"] ?? item.status}
          {failed && item.error ? `: ${item.error}` : ""}
          {item.historyId && (
            <>
              {" · "}
              <Link href={`/history/${item.historyId}`} className="underline underline-offset-2">
                Details
              </Link>
            </>
          )}
        </p>
      )}
    </div>
  );
}
