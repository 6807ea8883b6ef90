import "server-only";
import { randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const FILE_NAME = "auth-secret";

/**
 * Reads the sandbox's session secret from the data directory, making it on first use. The new secret is written
 * to a temporary file and linked into place, which fails if the file exists: two processes starting at once agree
 * on one secret, and neither can read a half-written file.
 */
export function loadSandboxAuthSecret(dataDir: string): string {
  const file = path.join(dataDir, FILE_NAME);
  const existing = readSecret(file);
  if (existing) return existing;
  mkdirSync(dataDir, { recursive: true });
  const draft = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  writeFileSync(draft, `${randomBytes(32).toString("base64url")}\n`, { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    rmSync(draft, { force: true });
  }
  const created = readSecret(file);
  if (!created) throw new Error(`${file} is empty: delete it and start again to make a new one`);
  return created;
}

function readSecret(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8").trim() || undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
