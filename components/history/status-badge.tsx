const STYLES: Record<string, { label: string; className: string }> = {
  pending: { label: "Sending", className: "bg-slate-100 text-slate-700" },
  sent: { label: "Sent", className: "bg-emerald-50 text-emerald-800" },
  delivered: { label: "Delivered", className: "bg-emerald-50 text-emerald-800" },
  read: { label: "Read", className: "bg-sky-50 text-sky-800" },
  failed: { label: "Failed", className: "bg-red-50 text-red-800" },
  delivery_failed: { label: "Delivery failed", className: "bg-red-50 text-red-800" },
};

export function StatusBadge({ status, errorCode }: { status: string; errorCode?: string | null }) {
  const style = STYLES[status] ?? { label: status, className: "bg-slate-100 text-slate-700" };
  return (
    <span className="inline-flex flex-col gap-0.5">
      <span className={`w-fit rounded-full px-2 py-0.5 text-xs font-medium ${style.className}`}>{style.label}</span>
      {errorCode && <span className="font-mono text-[11px] text-red-700">{errorCode}</span>}
    </span>
  );
}
