import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { type GuardMark, guardMarkOf } from "./guard";
import type { Role } from "./roles";
import { ACTION_RULES, type Access, decide, PAGE_RULES, ROUTE_RULES } from "./rules";

/**
 * Who may do what, written out by hand from the issue, so a change to the rules table has to be made twice, on
 * purpose. "public" needs no session.
 */
const SENDERS = "admin agent";
const EVERYONE = "admin agent viewer";
const EXPECTED = {
  actions: {
    sendMessage: SENDERS,
    sendTemplate: SENDERS,
    // A composer asking what became of its own send after a reload: as for sending.
    lookUpSend: SENDERS,
    refreshTemplates: SENDERS,
    simulateReply: SENDERS,
    // Issue 12: reading and unread are everyone's own; taking a thread and the saved replies are for those who reply.
    markThreadRead: EVERYONE,
    markThreadUnread: EVERYONE,
    assignThread: SENDERS,
    saveSavedReply: SENDERS,
    deleteSavedReply: SENDERS,
    signOut: EVERYONE,
    inviteMember: "admin",
    revokeInvitation: "admin",
    reissueInvitation: "admin",
    changeRole: "admin",
    deactivateMember: "admin",
    reactivateMember: "admin",
    signIn: "public",
    createFirstAccount: "public",
    acceptInvitation: "public",
  },
  routes: {
    "GET /api/windows": SENDERS,
    "GET /api/inbox": EVERYONE,
    "GET /api/inbox/thread": EVERYONE,
    "GET /api/history/statuses": EVERYONE,
    "GET /api/history/export": EVERYONE,
    "GET /api/session": EVERYONE,
    "POST /api/webhooks/connectly": "public",
  },
  pages: {
    "/": EVERYONE,
    "/inbox": EVERYONE,
    "/inbox/[customer]": EVERYONE,
    "/settings/saved-replies": SENDERS,
    "/compose/[type]": SENDERS,
    "/compose/template": SENDERS,
    "/history": EVERYONE,
    "/history/[id]": EVERYONE,
    "/settings/members": "admin",
    "/sign-in": "public",
    "/setup": "public",
    "/invite/[token]": "public",
  },
} as const;

const ROLES: (Role | null)[] = [null, "admin", "agent", "viewer"];

function expectedDecision(spec: string, role: Role | null) {
  if (spec === "public") return "allowed";
  if (role === null) return "signed-out";
  return spec.split(" ").includes(role) ? "allowed" : "forbidden";
}

describe.each([
  ["action", ACTION_RULES, EXPECTED.actions],
  ["route", ROUTE_RULES, EXPECTED.routes],
  ["page", PAGE_RULES, EXPECTED.pages],
] as const)("the %s rules", (_kind, rules, expected) => {
  test("list exactly what the issue names", () => {
    expect(Object.keys(rules).sort()).toEqual(Object.keys(expected).sort());
  });

  test.each(Object.entries(expected))("%s: %s", (name, spec) => {
    const access: Access = (rules as Record<string, Access>)[name]!;
    for (const role of ROLES) expect([role, decide(access, role)]).toEqual([role, expectedDecision(spec, role)]);
  });
});

const ROOT = path.resolve(__dirname, "../..");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(ROOT, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** The URL path of an app/ file's folder: route groups drop out, dynamic segments stay as written. */
function routePath(file: string): string {
  const segments = path
    .relative(path.join(ROOT, "app"), path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s));
  return `/${segments.join("/")}`;
}

const marksOf = async (file: string) =>
  Object.entries((await import(pathToFileURL(file).href)) as Record<string, unknown>).map(
    ([name, value]) => [name, guardMarkOf(value)] as [string, GuardMark | undefined],
  );

describe("every entry point goes through the guard with a name from the table", () => {
  test('every export of every "use server" module is a guarded action, and no action is declared inline', async () => {
    const files = (await Promise.all(["app", "components", "lib"].map(sourceFiles))).flat();
    const used: string[] = [];
    let modules = 0;
    for (const file of files) {
      const text = await readFile(file, "utf8");
      const isModule = /^(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*["']use server["'];?/.test(text);
      const directives = text.match(/["']use server["']/g)?.length ?? 0;
      expect(directives, `${path.relative(ROOT, file)} has a "use server" inside a function`).toBe(isModule ? 1 : 0);
      if (!isModule) continue;
      modules++;
      for (const [name, mark] of await marksOf(file)) {
        expect(mark?.kind, `${path.relative(ROOT, file)} exports ${name} without guardedAction()`).toBe("action");
        used.push(mark!.name);
      }
    }
    expect(modules).toBeGreaterThan(5);
    expect(used.sort()).toEqual(Object.keys(ACTION_RULES).sort());
  }, 60_000);

  test("every handler of every route is guarded under its own method and path", async () => {
    const files = (await sourceFiles("app")).filter((f) => /[/\\]route\.tsx?$/.test(f));
    const used: string[] = [];
    for (const file of files) {
      for (const [name, mark] of await marksOf(file)) {
        if (!HTTP_METHODS.includes(name)) continue;
        const expected = `${name} ${routePath(file)}`;
        expect(mark, `${expected} does not go through guardedRoute()`).toEqual({ kind: "route", name: expected });
        used.push(expected);
      }
    }
    expect(used.sort()).toEqual(Object.keys(ROUTE_RULES).sort());
  }, 60_000);

  test("every page is guarded under its own path", async () => {
    const files = (await sourceFiles("app")).filter((f) => /[/\\]page\.tsx?$/.test(f));
    const used: string[] = [];
    for (const file of files) {
      const page = (await marksOf(file)).find(([name]) => name === "default")?.[1];
      expect(page, `${routePath(file)} does not go through guardedPage()`).toEqual({
        kind: "page",
        name: routePath(file),
      });
      used.push(routePath(file));
    }
    expect(used.sort()).toEqual(Object.keys(PAGE_RULES).sort());
  }, 60_000);
});
