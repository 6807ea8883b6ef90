import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSandboxAuthSecret } from "./sandbox-auth-secret";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "auth-secret-test-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the sandbox's generated session secret", () => {
  it("is made once, kept in the data directory readable by its owner only, and the same on every later start", async () => {
    const dataDir = path.join(dir, "nested", "data");
    const first = loadSandboxAuthSecret(dataDir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadSandboxAuthSecret(dataDir)).toBe(first);
    const file = path.join(dataDir, "auth-secret");
    expect((await readFile(file, "utf8")).trim()).toBe(first);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it("differs between data directories", () => {
    expect(loadSandboxAuthSecret(path.join(dir, "a"))).not.toBe(loadSandboxAuthSecret(path.join(dir, "b")));
  });
});
