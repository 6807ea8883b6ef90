import "server-only";
import { keyRedactor } from "@/lib/connectly/redact-key";
import { describeError } from "./describe-error";

type Level = "log" | "info" | "warn" | "error" | "debug";
const LEVELS: readonly Level[] = ["log", "info", "warn", "error", "debug"];

const holder = globalThis as typeof globalThis & { __composerLogRedaction?: (text: string) => string };

/**
 * Every line this process logs, Next's own included, passes through here: errors are written as describeError
 * words and stack frames (so a failed query shows its SQL, never its parameter values), and the API key is
 * replaced in every form keyRedactor knows. Installed once per process, at start-up.
 */
export function installLogRedaction(apiKey: string | undefined): void {
  if (holder.__composerLogRedaction) return;
  const redact = apiKey ? keyRedactor(apiKey) : (text: string) => text;
  holder.__composerLogRedaction = redact;
  for (const level of LEVELS) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => original(...args.map((arg) => redactForLog(arg, redact)));
  }
}

export function redactForLog(arg: unknown, redact: (text: string) => string): unknown {
  if (typeof arg === "string") return redact(arg);
  if (arg instanceof Error) {
    const frames = (arg.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
    return redact([describeError(arg), ...frames].join("\n"));
  }
  return arg;
}
