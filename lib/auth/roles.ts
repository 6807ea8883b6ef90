// No imports: the browser's header and forms use these, and must not pull in the database schema.
export const ROLES = ["admin", "agent", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = { admin: "Admin", agent: "Agent", viewer: "Viewer" };

/** What each role may do, as Members, the invitation and a refusal say it (roles.test.ts holds it to rules.ts). */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: "everything an Agent does, plus Members",
  agent: "compose and send, reply in the Inbox, read history",
  viewer: "read history and the Inbox, without sending",
};

/** A role as a sentence names it: "an Admin", "a Viewer". */
export function roleWithArticle(role: Role): string {
  const label = ROLE_LABELS[role];
  return /^[AEIOU]/.test(label) ? `an ${label}` : `a ${label}`;
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Anything unexpected in the role column is treated as the least-privileged role. */
export function toRole(value: unknown): Role {
  return isRole(value) ? value : "viewer";
}
