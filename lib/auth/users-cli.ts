/**
 * Accounts for scripted deployments, on the database the server uses (DATABASE_URL, or the embedded PGlite at
 * PGLITE_DIR: stop the server first, since PGlite allows one process per data directory):
 *   npm run users -- add --email ana@example.com --name "Ana" --role admin   < password
 *   npm run users -- list
 * `add` reads the password from standard input; with none (or a terminal), it generates one and prints it once.
 * Run through tsx with the react-server condition, which is what lets the app's server-only modules load here.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { database } from "@/lib/db";
import { closeDb } from "@/lib/db/client";
import { EnvError } from "@/lib/env";
import { createAccount } from "./accounts";
import { newAccountSchema, roleSchema } from "./forms";
import { listMembers } from "./members";
import { ROLE_LABELS } from "./roles";

const USAGE = [
  "usage: npm run users -- add --email EMAIL --name NAME --role admin|agent|viewer   (password on stdin, or generated)",
  "       npm run users -- list",
].join("\n");

class UsageError extends Error {}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return "";
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One line: the trailing newline of `echo` or a file is not part of the password.
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

async function add(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    strict: true,
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" } },
  });
  const role = roleSchema.safeParse(values.role);
  if (!role.success) throw new UsageError(`--role must be admin, agent or viewer, not "${values.role ?? ""}"`);
  const typed = await readStdin();
  const password = typed || randomBytes(18).toString("base64url");
  const account = newAccountSchema.safeParse({ name: values.name ?? "", email: values.email ?? "", password });
  if (!account.success) {
    const issue = account.error.issues[0];
    throw new UsageError(`--${String(issue?.path[0] ?? "input")}: ${issue?.message ?? "is not valid"}`);
  }
  const created = await createAccount({ ...account.data, role: role.data });
  if (!created.ok) throw new UsageError(created.error.message);
  console.log(`Added ${account.data.name} <${account.data.email}> as ${ROLE_LABELS[role.data]}.`);
  if (!typed) console.log(`Password (shown only now): ${password}`);
}

async function list(): Promise<void> {
  const members = await listMembers(await database());
  if (members.length === 0) console.log("No accounts yet.");
  for (const m of members) {
    console.log(`${m.email}\t${m.name}\t${ROLE_LABELS[m.role]}\t${m.active ? "active" : "deactivated"}`);
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === "add") await add(rest);
    else if (command === "list") await list();
    else throw new UsageError(command ? `unknown command "${command}"` : "no command given");
    return 0;
  } catch (error) {
    if (error instanceof UsageError) console.error(`${error.message}\n${USAGE}`);
    else if (error instanceof EnvError) console.error(`Configuration error: ${error.message}`);
    else console.error(`users: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await closeDb();
  }
}

process.exitCode = await main(process.argv.slice(2));
