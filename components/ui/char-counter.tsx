// One formatter for every counter: toLocaleString("en-US") builds a new one per call, and a full list's ~40
// counters would build ~160 of them on every keystroke.
const EN_US = new Intl.NumberFormat("en-US");

export function CharCounter({ id, count, max }: { id: string; count: number; max: number }) {
  const over = count > max;
  const shown = EN_US.format(count);
  const limit = EN_US.format(max);
  return (
    <span
      id={id}
      className={`text-xs tabular-nums ${over ? "font-semibold text-red-700 dark:text-red-300" : "text-slate-500 dark:text-slate-400"}`}
    >
      <span aria-hidden="true">{`${shown} / ${limit}`}</span>
      <span className="sr-only">{`${shown} of ${limit} characters`}</span>
    </span>
  );
}
