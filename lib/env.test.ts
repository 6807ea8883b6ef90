import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

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
    const config = parseEnv({
      CONNECTLY_API_KEY: "k",
      CONNECTLY_BUSINESS_ID: "6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b",
      CONNECTLY_SENDERS: "+14151111234, +14155550123",
    });
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
    expect(
      parseEnv({ CONNECTLY_API_KEY: "k", CONNECTLY_BUSINESS_ID: "6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b" }).webhookSecret,
    ).toBeUndefined();
  });

  it("reads numbers without + as US ones unless DEFAULT_COUNTRY says otherwise", () => {
    expect(parseEnv({}).defaultCountry).toBe("US");
    expect(parseEnv({ DEFAULT_COUNTRY: " br " }).defaultCountry).toBe("BR");
    expect(() => parseEnv({ DEFAULT_COUNTRY: "XX" })).toThrow(
      /^DEFAULT_COUNTRY must be a two-letter country code such as US, GB or BR$/,
    );
  });
});
