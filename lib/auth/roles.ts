// No imports: the browser's header and forms use these, and must not pull in the database schema.
export const ROLES = ["admin", "agent", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = { admin: "Admin", agent: "Agent", viewer: "Viewer" };

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: "everything, plus Members",
  agent: "compose, send and history",
  viewer: "history only",
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
