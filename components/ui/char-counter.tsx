export function CharCounter({ id, count, max }: { id: string; count: number; max: number }) {
  const over = count > max;
  return (
    <span id={id} className={`text-xs tabular-nums ${over ? "font-semibold text-red-700" : "text-slate-500"}`}>
      <span aria-hidden="true">{`${count.toLocaleString("en-US")} / ${max.toLocaleString("en-US")}`}</span>
      <span className="sr-only">{`${count.toLocaleString("en-US")} of ${max.toLocaleString("en-US")} characters`}</span>
    </span>
  );
}
