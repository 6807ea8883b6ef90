import { type DeliveryStatus, Ticks } from "@/components/preview/ticks";
import { statusLabel } from "@/lib/history/status-labels";

const TICKS: Record<string, DeliveryStatus> = {
  pending: "pending",
  unknown: "unknown",
  sent: "sent",
  delivered: "delivered",
  read: "read",
  failed: "failed",
  delivery_failed: "failed",
};

/** The ticks WhatsApp shows the business under its own bubble for a history status. */
export function ticksOf(status: string): DeliveryStatus | undefined {
  return TICKS[status];
}

export const FINAL_STATUSES = new Set(["read", "failed", "delivery_failed"]);

/** The status as WhatsApp shows it (ticks), with the words beside it and, for failures, the reason. */
export function StatusBadge({ status, reason }: { status: string; reason?: string | null }) {
  const failed = status === "failed" || status === "delivery_failed";
  const unknown = status === "unknown";
  const tone = failed
    ? "bg-red-50 dark:bg-red-950 text-red-800 dark:text-red-200"
    : unknown
      ? "bg-amber-50 dark:bg-amber-950 text-amber-900 dark:text-amber-100"
      : "bg-slate-100 dark:bg-slate-800 text-slate-700 dark:text-slate-300";
  return (
    <span className="inline-flex flex-col gap-0.5">
      <span className={`inline-flex w-fit items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium ${tone}`}>
        <span aria-hidden className="text-slate-500 dark:text-slate-400">
          {TICKS[status] ? <Ticks status={TICKS[status]} /> : null}
        </span>
        {statusLabel(status)}
      </span>
      {failed && reason ? (
        <span className="max-w-56 text-[11px] leading-snug text-red-700 dark:text-red-300">{reason}</span>
      ) : null}
      {unknown ? (
        <span className="max-w-56 text-[11px] leading-snug text-amber-800 dark:text-amber-200">
          May have been sent: wait for a delivery report.
        </span>
      ) : null}
    </span>
  );
}
