import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const LIVE = {
  CONNECTLY_API_KEY: "k",
  CONNECTLY_BUSINESS_ID: "6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b",
  BETTER_AUTH_SECRET: "a-session-secret-of-32-characters-or-more",
};

describe("parseEnv", () => {
  it("runs in sandbox mode with no configuration", () => {
    const config = parseEnv({});
    expect(config.mode).toBe("sandbox");
    expect(config.baseUrl).toBe("https://api.connectly.ai");
    expect(config.senders).toEqual([]);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.pgliteDir).toMatch(/data\/pglite$/);
    expect(config.port).toBe(3000);
  });

  it("runs live with a key and a business id", () => {
    const config = parseEnv({ ...LIVE, CONNECTLY_SENDERS: "+14151111234, +14155550123" });
    expect(config.mode).toBe("live");
    expect(config.senders).toEqual(["+14151111234", "+14155550123"]);
  });

  it("names CONNECTLY_BUSINESS_ID when a key comes without it", () => {
    expect(() => parseEnv({ CONNECTLY_API_KEY: "k" })).toThrow(
      new EnvError("CONNECTLY_BUSINESS_ID", "is required when CONNECTLY_API_KEY is set"),
    );
  });

  it("names the variable and the bad sender in one line", () => {
    try {
      parseEnv({ CONNECTLY_SENDERS: "+14151111234,4155550123" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      expect((error as EnvError).message).toBe(
        'CONNECTLY_SENDERS "4155550123" is not an E.164 number such as +14151111234',
      );
    }
  });

  it("refuses a DATABASE_URL that is not postgres", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrow(/^DATABASE_URL must be a postgres:\/\/ URL$/);
  });

  it("refuses a port out of range", () => {
    expect(() => parseEnv({ PORT: "70000" })).toThrow(/^PORT /);
  });

  it("treats blank values as unset", () => {
    expect(parseEnv({ CONNECTLY_API_KEY: "", DATABASE_URL: " " }).mode).toBe("sandbox");
  });

  it("signs the simulator's webhooks with a built-in secret only in sandbox mode", () => {
    expect(parseEnv({}).webhookSecret).toBe("sandbox-webhook-secret");
    expect(parseEnv(LIVE).webhookSecret).toBeUndefined();
  });

  it("requires BETTER_AUTH_SECRET in live mode, and says how to make one", () => {
    const { BETTER_AUTH_SECRET: _secret, ...withoutSecret } = LIVE;
    expect(() => parseEnv(withoutSecret)).toThrow(
      /^BETTER_AUTH_SECRET is required when CONNECTLY_API_KEY is set \(make one with `openssl rand -base64 32`\)$/,
    );
  });

  it("refuses a short or spaced BETTER_AUTH_SECRET in one line, and leaves sandbox mode to generate one", () => {
    expect(() => parseEnv({ ...LIVE, BETTER_AUTH_SECRET: "short" })).toThrow(/^BETTER_AUTH_SECRET must be at least 32/);
    expect(() => parseEnv({ BETTER_AUTH_SECRET: "two words that are long enough to pass" })).toThrow(
      /^BETTER_AUTH_SECRET must be one word/,
    );
    expect(parseEnv({}).configuredAuthSecret).toBeUndefined();
    expect(parseEnv(LIVE).configuredAuthSecret).toBe(LIVE.BETTER_AUTH_SECRET);
  });

  it("takes SMTP_URL only as smtp:// or smtps://, and a From address", () => {
    expect(parseEnv({ SMTP_URL: "smtp://user:pw@mail.example.com:587" }).smtpUrl).toBe(
      "smtp://user:pw@mail.example.com:587",
    );
    expect(parseEnv({}).smtpUrl).toBeUndefined();
    expect(() => parseEnv({ SMTP_URL: "mail.example.com" })).toThrow(
      /^SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/,
    );
    expect(() => parseEnv({ SMTP_URL: "http://mail.example.com" })).toThrow(/^SMTP_URL /);
    expect(parseEnv({ SMTP_FROM: "Composer <composer@example.com>" }).smtpFrom).toBe("Composer <composer@example.com>");
    expect(parseEnv({ APP_URL: "https://composer.example.com" }).smtpFrom).toBe(
      "WhatsApp Composer <composer@composer.example.com>",
    );
    expect(() => parseEnv({ SMTP_FROM: "nobody" })).toThrow(/^SMTP_FROM must be an address/);
  });

  it("keeps the generated secret and the database in one data directory", () => {
    expect(parseEnv({ PGLITE_DIR: "/srv/composer/db" }).dataDir).toBe("/srv/composer");
    expect(parseEnv({}).dataDir).toBe("./data");
  });

  it("knows whether APP_URL was set, since the default also answers at localhost", () => {
    expect(parseEnv({}).appUrlConfigured).toBe(false);
    expect(parseEnv({ APP_URL: "https://composer.example.com/" })).toMatchObject({
      appUrl: "https://composer.example.com",
      appUrlConfigured: true,
    });
  });

  it("reads numbers without + as US ones unless DEFAULT_COUNTRY says otherwise", () => {
    expect(parseEnv({}).defaultCountry).toBe("US");
    expect(parseEnv({ DEFAULT_COUNTRY: " br " }).defaultCountry).toBe("BR");
    expect(() => parseEnv({ DEFAULT_COUNTRY: "XX" })).toThrow(
      /^DEFAULT_COUNTRY must be a two-letter country code such as US, GB or BR$/,
    );
  });
});
