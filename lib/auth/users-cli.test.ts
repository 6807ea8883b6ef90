import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { createDatabase, type DatabaseConfig } from "@/lib/db/client";
import { testEngines } from "@/test-support/db-engines";
import { createAuth } from "./auth";

const engines = testEngines(process.env.TEST_DATABASE_URL);
const ROOT = path.resolve(__dirname, "../..");
const SECRET = "cli-test-session-secret-0123456789abcdef";

/** The CLI as `npm run users` runs it, in its own process, with the password (if any) on standard input. */
function users(
  config: DatabaseConfig,
  args: string[],
  stdin = "",
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      path.join(ROOT, "node_modules/.bin/tsx"),
      ["--conditions=react-server", "lib/auth/users-cli.ts", ...args],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          CONNECTLY_API_KEY: "",
          BETTER_AUTH_SECRET: SECRET,
          DATABASE_URL: config.databaseUrl ?? "",
          PGLITE_DIR: config.pgliteDir,
        },
      },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (err += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, out, err }));
    child.stdin.end(stdin);
  });
}

async function signsIn(config: DatabaseConfig, email: string, password: string) {
  const database = await createDatabase(config);
  try {
    const auth = createAuth(database.db, { appUrl: "http://127.0.0.1:3000", secret: SECRET });
    const { user } = await auth.api.signInEmail({ body: { email, password } });
    return user;
  } finally {
    await database.close();
  }
}

describe.each(engines)("npm run users on $kind", (engine) => {
  afterAll(() => engine.cleanup());

  test("adds an Admin with the password from stdin, or generates one and prints it once", async () => {
    const config = await engine.freshConfig();
    const piped = await users(
      config,
      ["add", "--email", "Ana@Example.com", "--name", "Ana", "--role", "admin"],
      "a piped password\n",
    );
    expect(piped).toMatchObject({ code: 0, out: "Added Ana <ana@example.com> as Admin.\n" });

    const generated = await users(config, ["add", "--email", "bo@example.com", "--name", "Bo", "--role", "viewer"]);
    expect(generated.code).toBe(0);
    const password = /Password \(shown only now\): (\S+)/.exec(generated.out)?.[1];
    expect(password?.length).toBeGreaterThanOrEqual(20);

    expect(await signsIn(config, "ana@example.com", "a piped password")).toMatchObject({ name: "Ana", role: "admin" });
    expect(await signsIn(config, "bo@example.com", password!)).toMatchObject({ name: "Bo", role: "viewer" });
  }, 120_000);

  test("refuses a bad role or a short password in one line, and changes nothing", async () => {
    const config = await engine.freshConfig();
    const role = await users(
      config,
      ["add", "--email", "al@example.com", "--name", "A", "--role", "owner"],
      "long enough pw",
    );
    expect(role.code).toBe(1);
    expect(role.err.split("\n")[0]).toBe('--role must be admin, agent or viewer, not "owner"');
    const short = await users(config, ["add", "--email", "al@example.com", "--name", "A", "--role", "agent"], "short");
    expect(short.code).toBe(1);
    expect(short.err.split("\n")[0]).toBe("--password: Use at least 10 characters.");
    const listed = await users(config, ["list"]);
    expect(listed).toMatchObject({ code: 0, out: "No accounts yet.\n" });
  }, 120_000);
});
