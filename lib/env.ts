import "server-only";
import path from "node:path";
import { type CountryCode, isSupportedCountry } from "libphonenumber-js";
import { z } from "zod";
import { E164_PATTERN } from "@/lib/messages/recipient";
import { loadSandboxAuthSecret } from "./sandbox-auth-secret";

// Kept in step with lib/connectly/sandbox/constants.ts; duplicated as literals so this module stays free of the
// simulator's code in a live deployment.
const SANDBOX_API_KEY = "sandbox-key";
const SANDBOX_BUSINESS_ID = "00000000-0000-4000-8000-000000000000";
// The built-in simulator signs its delivery events with this; a live deployment must set its own secret.
const SANDBOX_WEBHOOK_SECRET = "sandbox-webhook-secret";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const optionalString = z.preprocess(blankToUndefined, z.string().trim().optional());

const schema = z
  .object({
    CONNECTLY_API_KEY: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^[\x21-\x7e]+$/, { message: "must be the key alone, with no spaces, quotes or line breaks" })
        .optional(),
    ),
    CONNECTLY_BUSINESS_ID: z.preprocess(
      blankToUndefined,
      z.uuid({ message: "must be the business UUID from Connectly's dashboard" }).optional(),
    ),
    CONNECTLY_BASE_URL: z.preprocess(
      blankToUndefined,
      z.url({ protocol: /^https?$/, message: "must be an http(s) URL such as https://api.connectly.ai" }).optional(),
    ),
    CONNECTLY_SENDERS: z.preprocess(
      blankToUndefined,
      z
        .string()
        .transform((raw) =>
          raw
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean),
        )
        .pipe(
          z.array(
            z.string().refine((s) => E164_PATTERN.test(s), {
              error: (issue) => `"${String(issue.input)}" is not an E.164 number such as +14151111234`,
            }),
          ),
        )
        .optional(),
    ),
    CONNECTLY_WEBHOOK_SECRET: optionalString,
    DATABASE_URL: z.preprocess(
      blankToUndefined,
      z.url({ protocol: /^postgres(ql)?$/, message: "must be a postgres:// URL" }).optional(),
    ),
    PGLITE_DIR: optionalString,
    CONNECTLY_TIMEOUT_MS: z.preprocess(
      blankToUndefined,
      z.coerce
        .number()
        .int()
        .min(500, { message: "must be at least 500 (milliseconds)" })
        .max(120_000, { message: "must be at most 120000 (milliseconds)" })
        .optional(),
    ),
    PORT: z.preprocess(
      blankToUndefined,
      z.coerce.number().int().min(1).max(65535, { message: "must be a port number (1-65535)" }).optional(),
    ),
    APP_URL: z.preprocess(
      blankToUndefined,
      z.url({ protocol: /^https?$/, message: "must be an http(s) URL" }).optional(),
    ),
    DEFAULT_COUNTRY: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .toUpperCase()
        .refine(isSupportedCountry, { message: "must be a two-letter country code such as US, GB or BR" })
        .optional(),
    ),
    BETTER_AUTH_SECRET: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^\S+$/, { message: "must be one word, with no spaces or line breaks" })
        .min(32, { message: "must be at least 32 characters (make one with `openssl rand -base64 32`)" })
        .optional(),
    ),
    SMTP_URL: z.preprocess(
      blankToUndefined,
      z
        .url({
          protocol: /^smtps?$/,
          message: "must be an smtp:// or smtps:// URL such as smtp://user:password@mail.example.com:587",
        })
        .optional(),
    ),
    SMTP_FROM: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .regex(/^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, {
          message: 'must be an address such as composer@example.com or "Composer <composer@example.com>"',
        })
        .optional(),
    ),
  })
  .superRefine((value, ctx) => {
    if (value.CONNECTLY_API_KEY && !value.CONNECTLY_BUSINESS_ID) {
      ctx.addIssue({
        code: "custom",
        path: ["CONNECTLY_BUSINESS_ID"],
        message: "is required when CONNECTLY_API_KEY is set",
      });
    }
    if (value.CONNECTLY_API_KEY && !value.BETTER_AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["BETTER_AUTH_SECRET"],
        message: "is required when CONNECTLY_API_KEY is set (make one with `openssl rand -base64 32`)",
      });
    }
  });

export interface Env {
  /** "sandbox" when no API key is configured: every send goes to the built-in Connectly simulator. */
  mode: "sandbox" | "live";
  apiKey: string;
  businessId: string;
  /** Set only when configured; in sandbox mode an explicit base URL means "the standalone sandbox is over there". */
  baseUrl: string;
  baseUrlConfigured: boolean;
  senders: string[];
  /** How long one call to Connectly may take before its outcome is Unknown. */
  timeoutMs: number;
  webhookSecret?: string;
  databaseUrl?: string;
  pgliteDir: string;
  port: number;
  appUrl: string;
  /** How a number typed without + (in history's search and recipient filter) is read. */
  defaultCountry: CountryCode;
  /** False when APP_URL is the default: the dashboard then also answers at localhost and [::1]. */
  appUrlConfigured: boolean;
  /** Where the embedded database and the sandbox's generated secrets live. */
  dataDir: string;
  /** BETTER_AUTH_SECRET; unset only in sandbox mode, where authSecret() supplies a generated one. */
  configuredAuthSecret?: string;
  /** Invitations are emailed through this server when set; otherwise their links are only shown. */
  smtpUrl?: string;
  smtpFrom: string;
}

export class EnvError extends Error {
  constructor(
    readonly variable: string,
    readonly problem: string,
  ) {
    super(`${variable} ${problem}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new EnvError(String(issue?.path[0] ?? "environment"), issue?.message ?? "is not valid");
  }
  const v = result.data;
  const live = Boolean(v.CONNECTLY_API_KEY);
  const port = v.PORT ?? 3000;
  const pgliteDir = v.PGLITE_DIR ?? "./data/pglite";
  const dataDir = path.dirname(pgliteDir);
  const appUrl = (v.APP_URL ?? `http://127.0.0.1:${port}`).replace(/\/+$/, "");
  return {
    mode: live ? "live" : "sandbox",
    apiKey: v.CONNECTLY_API_KEY ?? SANDBOX_API_KEY,
    businessId: v.CONNECTLY_BUSINESS_ID ?? SANDBOX_BUSINESS_ID,
    baseUrl: (v.CONNECTLY_BASE_URL ?? "https://api.connectly.ai").replace(/\/+$/, ""),
    baseUrlConfigured: Boolean(v.CONNECTLY_BASE_URL),
    senders: v.CONNECTLY_SENDERS ?? [],
    timeoutMs: v.CONNECTLY_TIMEOUT_MS ?? 10_000,
    webhookSecret: v.CONNECTLY_WEBHOOK_SECRET ?? (live ? undefined : SANDBOX_WEBHOOK_SECRET),
    databaseUrl: v.DATABASE_URL,
    pgliteDir,
    port,
    defaultCountry: (v.DEFAULT_COUNTRY as CountryCode | undefined) ?? "US",
    appUrl,
    appUrlConfigured: Boolean(v.APP_URL),
    dataDir,
    configuredAuthSecret: v.BETTER_AUTH_SECRET,
    smtpUrl: v.SMTP_URL,
    smtpFrom: v.SMTP_FROM ?? `WhatsApp Composer <composer@${new URL(appUrl).hostname}>`,
  };
}

let cached: Env | undefined;

/** The validated configuration, read once per process. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

let secret: string | undefined;

/**
 * The secret that signs sessions: BETTER_AUTH_SECRET, which live mode requires, or in sandbox mode one generated on
 * first use and kept in the data directory, so sessions survive a restart.
 */
export function authSecret(): string {
  const config = env();
  secret ??= config.configuredAuthSecret ?? loadSandboxAuthSecret(config.dataDir);
  return secret;
}
