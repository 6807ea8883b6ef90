import { cpus, loadavg, totalmem } from "node:os";

/** The nearest-rank percentile of samples sorted ascending; NaN for none. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** What the figures were measured on, for the first line a benchmark prints: a shared machine's times move with it. */
export function machine(): string {
  return (
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, ` +
    `Node ${process.versions.node}, load average ${loadavg()[0]?.toFixed(1)} at start.`
  );
}
