import { FormattedText } from "@/components/preview/formatted-text";
import type { InboundAttachment, InboundContent } from "@/lib/inbox/inbound-content";
import type { ThreadItem } from "@/lib/inbox/thread-types";
import { plainText } from "@/lib/whatsapp/format";

const LINK = "font-medium text-[#027eb5] underline underline-offset-2 dark:text-[#8fd4f5]";

/**
 * What a customer sent, drawn from its stored parts. Media stay at the customer's URL: the browser shows an image
 * from there and links the rest; this server never fetches them.
 */
export function InboundBody({ item }: { item: ThreadItem }) {
  const content: InboundContent = item.content ?? {};
  return (
    <div className="space-y-1">
      {content.referral && <Referral referral={content.referral} />}
      {item.replyTo !== undefined && <Quote replyTo={item.replyTo} kind={item.kind} />}
      <Content item={item} content={content} />
    </div>
  );
}

function Content({ item, content }: { item: ThreadItem; content: InboundContent }) {
  switch (item.kind) {
    case "attachment":
      return content.attachment ? (
        <AttachmentBody attachment={content.attachment} fromCustomer={item.direction === "inbound"} />
      ) : null;
    case "location":
      return content.location ? <LocationBody place={content.location} /> : null;
    case "button_reply":
    case "list_reply":
      return (
        <p>
          <span className="sr-only">Tapped: </span>
          {item.text}
          {content.listRow?.description && (
            <span className="block text-[13px] text-[#667781] dark:text-[#bcc7cd]">{content.listRow.description}</span>
          )}
        </p>
      );
    case "reaction":
      return (
        <p>
          <span className="text-2xl" role="img" aria-label={`Reaction ${item.text ?? ""}`}>
            {item.text}
          </span>
        </p>
      );
    case "unsupported":
      return <p className="text-[#667781] dark:text-[#bcc7cd] italic">A message this dashboard cannot show yet.</p>;
    default:
      return item.text ? <FormattedText text={item.text} /> : null;
  }
}

/** A photo (shown, and linked), or any other file (linked), with its caption; either way of the conversation. */
export function AttachmentBody({ attachment, fromCustomer }: { attachment: InboundAttachment; fromCustomer: boolean }) {
  const photo = attachment.caption
    ? `Photo: ${plainText(attachment.caption)}`
    : fromCustomer
      ? "Photo from the customer"
      : "Photo";
  return (
    <div className="space-y-1">
      {attachment.type === "image" ? (
        <a href={attachment.url} target="_blank" rel="noopener noreferrer nofollow" className="block">
          <img
            src={attachment.url}
            alt={photo}
            referrerPolicy="no-referrer"
            loading="lazy"
            className="max-h-64 w-full max-w-xs rounded-md bg-slate-200 object-cover dark:bg-slate-700"
          />
        </a>
      ) : null}
      <a href={attachment.url} target="_blank" rel="noopener noreferrer nofollow" className={`${LINK} break-all`}>
        {attachment.type === "image" ? "Open image" : `Open ${attachment.filename ?? attachment.type}`}
      </a>
      {attachment.caption && <FormattedText text={attachment.caption} />}
    </div>
  );
}

/** A shared place, with a link to it on OpenStreetMap. */
export function LocationBody({ place }: { place: NonNullable<InboundContent["location"]> }) {
  const map = `https://www.openstreetmap.org/?mlat=${place.latitude}&mlon=${place.longitude}#map=16/${place.latitude}/${place.longitude}`;
  return (
    <div>
      <p className="font-medium">📍 {place.name ?? "Location"}</p>
      {place.address && <p className="text-[13px] text-[#667781] dark:text-[#bcc7cd]">{place.address}</p>}
      <a href={map} target="_blank" rel="noopener noreferrer" className={LINK}>
        {place.latitude}, {place.longitude}
      </a>
    </div>
  );
}

/** The message a button or list reply answers, as WhatsApp quotes it above the reply. */
function Quote({ replyTo, kind }: { replyTo: ThreadItem["replyTo"]; kind: string }) {
  const verb = kind === "reaction" ? "Reacted to" : "Reply to";
  return (
    <blockquote className="rounded-md border-l-4 border-[#06cf9c] bg-black/5 dark:bg-white/5 px-2 py-1 text-[13px] text-[#54656f] dark:text-[#bcc7cd]">
      <span className="block text-xs font-semibold text-[#06cf9c]">
        {verb} {replyTo && replyTo.direction !== "inbound" ? "your message" : "a message"}
      </span>
      <span className="line-clamp-2">{replyTo?.text || "A message not in this dashboard's history"}</span>
    </blockquote>
  );
}

function Referral({ referral }: { referral: NonNullable<InboundContent["referral"]> }) {
  return (
    <div className="rounded-md bg-black/5 dark:bg-white/5 px-2 py-1 text-[13px]">
      <span className="block text-xs font-semibold text-[#54656f] dark:text-[#bcc7cd]">From an ad</span>
      {referral.headline && <span className="block font-medium">{referral.headline}</span>}
      {referral.body && <span className="block text-[#54656f] dark:text-[#bcc7cd]">{referral.body}</span>}
      {referral.sourceUrl && (
        <a href={referral.sourceUrl} target="_blank" rel="noopener noreferrer nofollow" className={`${LINK} break-all`}>
          {referral.sourceUrl}
        </a>
      )}
    </div>
  );
}
