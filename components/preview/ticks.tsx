export type DeliveryStatus = "pending" | "unknown" | "sent" | "delivered" | "read" | "failed";

const READ_BLUE = "#53bdeb";
const FAILED_RED = "#ea0038";
const UNKNOWN_AMBER = "#b45309";

const LABELS: Record<DeliveryStatus, string> = {
  pending: "Pending",
  unknown: "Unknown",
  sent: "Sent",
  delivered: "Delivered",
  read: "Read",
  failed: "Failed",
};

// The second tick's short stroke would cross the first tick's long one, so WhatsApp draws only its tip.
const FIRST_TICK = "M1.5 6 4.3 8.8 10.3 1.8";
const SECOND_TICK = "M7.2 7.7 8.3 8.8 14.3 1.8";

/** WhatsApp's delivery marks. Grey marks take the surrounding text colour (the bubble's meta colour). */
export function Ticks({ status }: { status: DeliveryStatus }) {
  const label = LABELS[status];
  const common = {
    role: "img",
    "aria-label": label,
    width: 16,
    height: 11,
    viewBox: "0 0 16 11",
    className: "shrink-0",
  };
  if (status === "pending") {
    return (
      <svg {...common} fill="none" stroke="currentColor" strokeWidth={1.3} strokeLinecap="round">
        <title>{label}</title>
        <circle cx="8" cy="5.5" r="4.5" />
        <path d="M8 3v2.7l1.8 1.1" />
      </svg>
    );
  }
  if (status === "unknown") {
    return (
      <svg {...common} fill="none" stroke={UNKNOWN_AMBER} strokeWidth={1.3} strokeLinecap="round">
        <title>{label}</title>
        <circle cx="8" cy="5.5" r="4.8" />
        <path d="M6.4 4.3a1.7 1.6 0 1 1 2.4 1.5c-.5.3-.8.6-.8 1.1" />
        <circle cx="8" cy="8.4" r="0.3" fill={UNKNOWN_AMBER} />
      </svg>
    );
  }
  if (status === "failed") {
    return (
      <svg {...common}>
        <title>{label}</title>
        <circle cx="8" cy="5.5" r="5.2" fill={FAILED_RED} />
        <path d="M8 2.8v3.3" stroke="#fff" strokeWidth={1.4} strokeLinecap="round" />
        <circle cx="8" cy="8.1" r="0.8" fill="#fff" />
      </svg>
    );
  }
  return (
    <svg
      {...common}
      fill="none"
      stroke={status === "read" ? READ_BLUE : "currentColor"}
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <title>{label}</title>
      <path d={FIRST_TICK} />
      {status === "sent" ? null : <path d={SECOND_TICK} />}
    </svg>
  );
}
