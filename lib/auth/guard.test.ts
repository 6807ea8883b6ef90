import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { closeDb } from "@/lib/db/client";
import { createAccount } from "./accounts";
import { getAuth } from "./auth";
import { admitToPage } from "./guard";
import type { Role } from "./roles";
import { ACTION_RULES, type ActionName, decide, PAGE_RULES, type PagePath, ROUTE_RULES, type RouteName } from "./rules";

// Server actions read the request through next/headers, which only exists inside a Next request; here each call
// gets the headers of the person the test is acting as. Sessions, roles and the guard are the real ones.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({
  headers: async () => request.headers,
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => undefined, delete: () => undefined }),
}));

const ACTIONS: Record<ActionName, () => Promise<(...args: unknown[]) => Promise<unknown>>> = {
  sendMessage: async () => (await import("@/lib/actions/send-message")).sendMessageAction as never,
  sendTemplate: async () => (await import("@/lib/actions/send-template")).sendTemplateAction as never,
  lookUpSend: async () => (await import("@/lib/actions/look-up-send")).lookUpSendAction as never,
  refreshTemplates: async () => (await import("@/lib/actions/refresh-templates")).refreshTemplatesAction as never,
  simulateReply: async () => (await import("@/lib/actions/simulate-reply")).simulateReplyAction as never,
  markThreadRead: async () => (await import("@/lib/actions/mark-thread-read")).markThreadReadAction as never,
  markThreadUnread: async () => (await import("@/lib/actions/mark-thread-unread")).markThreadUnreadAction as never,
  assignThread: async () => (await import("@/lib/actions/assign-thread")).assignThreadAction as never,
  saveSavedReply: async () => (await import("@/lib/actions/save-saved-reply")).saveSavedReplyAction as never,
  deleteSavedReply: async () => (await import("@/lib/actions/delete-saved-reply")).deleteSavedReplyAction as never,
  signOut: async () => (await import("@/lib/actions/sign-out")).signOutAction as never,
  inviteMember: async () => (await import("@/lib/actions/invite-member")).inviteMemberAction as never,
  revokeInvitation: async () => (await import("@/lib/actions/revoke-invitation")).revokeInvitationAction as never,
  reissueInvitation: async () => (await import("@/lib/actions/reissue-invitation")).reissueInvitationAction as never,
  changeRole: async () => (await import("@/lib/actions/change-role")).changeRoleAction as never,
  deactivateMember: async () => (await import("@/lib/actions/deactivate-member")).deactivateMemberAction as never,
  reactivateMember: async () => (await import("@/lib/actions/reactivate-member")).reactivateMemberAction as never,
  signIn: async () => (await import("@/lib/actions/sign-in")).signInAction as never,
  createFirstAccount: async () =>
    (await import("@/lib/actions/create-first-account")).createFirstAccountAction as never,
  acceptInvitation: async () => (await import("@/lib/actions/accept-invitation")).acceptInvitationAction as never,
};

const ROUTES: Record<RouteName, () => Promise<(request: Request) => Promise<Response>>> = {
  "GET /api/windows": async () => (await import("@/app/api/windows/route")).GET,
  "GET /api/inbox": async () => (await import("@/app/api/inbox/route")).GET,
  "GET /api/inbox/thread": async () => (await import("@/app/api/inbox/thread/route")).GET,
  "GET /api/history/statuses": async () => (await import("@/app/api/history/statuses/route")).GET,
  "GET /api/history/export": async () => (await import("@/app/api/history/export/route")).GET,
  "GET /api/session": async () => (await import("@/app/api/session/route")).GET,
  "POST /api/webhooks/connectly": async () => (await import("@/app/api/webhooks/connectly/route")).POST,
};

const ROLES: Role[] = ["admin", "agent", "viewer"];
let dir: string;

async function cookieOf(role: Role): Promise<string> {
  const response = await (await getAuth()).api.signInEmail({
    body: { email: `${role}@example.com`, password: "a long password" },
    asResponse: true,
  });
  const session = response.headers.getSetCookie().find((c) => c.includes(".session_token="));
  if (!session) throw new Error(`no session cookie for ${role}`);
  return session.split(";")[0]!;
}

const cookies = new Map<Role, string>();

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "guard-test-"));
  vi.stubEnv("CONNECTLY_API_KEY", "");
  vi.stubEnv("CONNECTLY_BASE_URL", "");
  vi.stubEnv("DATABASE_URL", "");
  vi.stubEnv("APP_URL", "");
  vi.stubEnv("SMTP_URL", "");
  vi.stubEnv("PGLITE_DIR", path.join(dir, "pglite"));
  for (const role of ROLES) {
    const created = await createAccount({
      name: role,
      email: `${role}@example.com`,
      password: "a long password",
      role,
    });
    if (!created.ok) throw new Error(created.error.message);
    cookies.set(role, await cookieOf(role));
  }
}, 120_000);

afterAll(async () => {
  await closeDb();
  await rm(dir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

const asWho = (role: Role | null) => new Headers(role ? { cookie: cookies.get(role)! } : {});

/** What the guard made of a call: refused (and how), or let through to the action, whatever the action then said. */
function classify(result: unknown): string {
  const code = (result as { ok?: boolean; error?: { code?: string } })?.error?.code;
  if (code === "SIGNED_OUT") return "signed-out";
  if (code === "FORBIDDEN") return "forbidden";
  return "allowed";
}

describe("every server action checks the session and role itself", () => {
  test.each(Object.keys(ACTION_RULES) as ActionName[])(
    "%s",
    async (name) => {
      const action = await ACTIONS[name]();
      for (const role of [null, ...ROLES]) {
        // Signing out ends the session it is called with, so it gets a session of its own.
        request.headers = name === "signOut" && role ? new Headers({ cookie: await cookieOf(role) }) : asWho(role);
        const outcome = await action(null, new FormData()).then(classify, (error: { digest?: string }) => {
          // A redirect (sign-out, a finished sign-in) means the action ran.
          if (String(error?.digest).startsWith("NEXT_REDIRECT")) return "allowed";
          throw error;
        });
        expect([role, outcome]).toEqual([role, decide(ACTION_RULES[name], role)]);
      }
    },
    60_000,
  );
});

describe("every /api route checks the session and role itself", () => {
  test.each(Object.keys(ROUTE_RULES) as RouteName[])(
    "%s",
    async (name) => {
      const handler = await ROUTES[name]();
      const [method, pathname] = name.split(" ") as [string, string];
      for (const role of [null, ...ROLES]) {
        const response = await handler(
          new Request(`http://127.0.0.1:3000${pathname}`, {
            method,
            headers: asWho(role),
            body: method === "POST" ? "{}" : undefined,
          }),
        );
        const body = (await response.json().catch(() => ({}))) as { code?: string; error?: string };
        const outcome =
          response.status === 401 && body.code === "SIGNED_OUT"
            ? "signed-out"
            : response.status === 403 && body.code === "FORBIDDEN"
              ? "forbidden"
              : "allowed";
        expect([role, outcome]).toEqual([role, decide(ROUTE_RULES[name], role)]);
        if (outcome !== "allowed") {
          expect(response.headers.get("content-type")).toMatch(/application\/json/);
          expect(body.error).toMatch(/nothing was done/);
        }
      }
    },
    60_000,
  );
});

describe("every page checks the session and role itself", () => {
  test.each(Object.keys(PAGE_RULES) as PagePath[])(
    "%s",
    async (page) => {
      for (const role of [null, ...ROLES]) {
        request.headers = asWho(role);
        const outcome = await admitToPage(page).then(
          (admission) => admission.decision,
          (error: { digest?: string }) => {
            if (String(error?.digest).includes("/sign-in")) return "signed-out";
            throw error;
          },
        );
        expect([role, outcome]).toEqual([role, decide(PAGE_RULES[page], role)]);
      }
    },
    60_000,
  );
});
