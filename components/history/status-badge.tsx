import { type DeliveryStatus, Ticks } from "@/components/preview/ticks";

const LABELS: Record<string, string> = {
  pending: "Sending",
  sent: "Sent",
  delivered: "Delivered",
  read: "Read",
  failed: "Failed",
  delivery_failed: "Delivery failed",
};

const TICKS: Record<string, DeliveryStatus> = {
  pending: "pending",
  sent: "sent",
  delivered: "delivered",
  read: "read",
  failed: "failed",
  delivery_failed: "failed",
};

export const FINAL_STATUSES = new Set(["read", "failed", "delivery_failed"]);

/** The status as WhatsApp shows it (ticks), with the words beside it and, for failures, the reason. */
export function StatusBadge({ status, reason }: { status: string; reason?: string | null }) {
  const failed = status === "failed" || status === "delivery_failed";
  return (
    <span className="inline-flex flex-col gap-0.5">
      <span
        className={`inline-flex w-fit items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium ${
          failed ? "bg-red-50 text-red-800" : "bg-slate-100 text-slate-700"
        }`}
      >
        <span aria-hidden className="text-slate-500">
          {TICKS[status] ? <Ticks status={TICKS[status]} /> : null}
        </span>
        {LABELS[status] ?? status}
      </span>
      {failed && reason ? <span className="max-w-56 text-[11px] leading-snug text-red-700">{reason}</span> : null}
    </span>
  );
}
