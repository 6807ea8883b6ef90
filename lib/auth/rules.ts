import type { Role } from "./roles";

/** Who may call something: the roles allowed, or public with the reason it is safe to be. */
export type Access = { readonly roles: readonly Role[] } | { readonly public: string };

const everyone: Access = { roles: ["admin", "agent", "viewer"] };
const senders: Access = { roles: ["admin", "agent"] };
const admins: Access = { roles: ["admin"] };
const publicBecause = (reason: string): Access => ({ public: reason });

/**
 * The one table of who may do what. Every server action, /api route and page goes through lib/auth/guard.ts with
 * one of these names, and lib/auth/rules.test.ts fails when one exists that is not listed here or skips the guard.
 */
export const ACTION_RULES = {
  sendMessage: senders,
  sendTemplate: senders,
  lookUpSend: senders,
  refreshTemplates: senders,
  simulateReply: senders,
  markThreadRead: everyone,
  markThreadUnread: everyone,
  assignThread: senders,
  saveSavedReply: senders,
  deleteSavedReply: senders,
  signOut: everyone,
  inviteMember: admins,
  revokeInvitation: admins,
  reissueInvitation: admins,
  changeRole: admins,
  deactivateMember: admins,
  reactivateMember: admins,
  signIn: publicBecause("it is how a session starts; failures are slowed and then locked per email"),
  createFirstAccount: publicBecause("it works only while no account exists at all"),
  acceptInvitation: publicBecause("it needs a valid, unexpired, unused invitation token"),
} as const satisfies Record<string, Access>;

export const ROUTE_RULES = {
  "GET /api/windows": senders,
  "GET /api/inbox": everyone,
  "GET /api/inbox/thread": everyone,
  "GET /api/history/statuses": everyone,
  "GET /api/history/export": everyone,
  "GET /api/session": everyone,
  "POST /api/webhooks/connectly": publicBecause("Connectly signs every delivery; the signature is checked instead"),
} as const satisfies Record<string, Access>;

export const PAGE_RULES = {
  "/": everyone,
  "/inbox": everyone,
  "/inbox/[customer]": everyone,
  "/settings/saved-replies": senders,
  "/compose/[type]": senders,
  "/compose/template": senders,
  "/history": everyone,
  "/history/[id]": everyone,
  "/settings/members": admins,
  "/sign-in": publicBecause("it is where a session starts"),
  "/setup": publicBecause("it exists only while no account exists at all"),
  "/invite/[token]": publicBecause("it needs a valid, unexpired, unused invitation token"),
} as const satisfies Record<string, Access>;

export type ActionName = keyof typeof ACTION_RULES;
export type RouteName = keyof typeof ROUTE_RULES;
export type PagePath = keyof typeof PAGE_RULES;

export type Decision = "allowed" | "signed-out" | "forbidden";

/** The check itself: the same for actions, routes and pages. */
export function decide(access: Access, role: Role | null): Decision {
  if ("public" in access) return "allowed";
  if (role === null) return "signed-out";
  return access.roles.includes(role) ? "allowed" : "forbidden";
}

export function allows(access: Access, role: Role): boolean {
  return decide(access, role) === "allowed";
}

/** Where someone lands after signing in or at "/": senders in the text composer, Viewers in history. */
export function startPath(role: Role): string {
  return allows(PAGE_RULES["/compose/[type]"], role) ? "/compose/text" : "/history";
}
