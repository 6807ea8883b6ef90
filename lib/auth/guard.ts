import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionError, ActionResult } from "@/lib/actions/result";
import { type Actor, actorFromHeaders, hasAnyAccount } from "./actor";
import { currentActor } from "./current-actor";
import { signInHref } from "./next-path";
import { REQUEST_URL_HEADER } from "./request-url";
import { ROLE_LABELS } from "./roles";
import {
  ACTION_RULES,
  type Access,
  type ActionName,
  type Decision,
  decide,
  PAGE_RULES,
  type PagePath,
  ROUTE_RULES,
  type RouteName,
} from "./rules";

/** What the guard wrapped, so the rules test can tell a guarded export from one that skipped the guard. */
export type GuardMark =
  | { kind: "action"; name: ActionName }
  | { kind: "route"; name: RouteName }
  | { kind: "page"; name: PagePath };

const marks = new WeakMap<object, GuardMark>();

export function guardMarkOf(value: unknown): GuardMark | undefined {
  return typeof value === "function" ? marks.get(value) : undefined;
}

/** For the page wrapper in components/auth, which renders; everything else is marked here. */
export function markGuarded<F extends object>(value: F, mark: GuardMark): F {
  marks.set(value, mark);
  return value;
}

/** A public action's handler may be called by nobody in particular; every other handler gets the signed-in person. */
type ActorFor<N extends ActionName> = (typeof ACTION_RULES)[N] extends { public: string } ? Actor | null : Actor;

/**
 * Wraps a server action: the session and role are checked on the server, against ACTION_RULES, before the handler
 * runs. A refused call does nothing and returns why, as every action returns a failure.
 */
export function guardedAction<N extends ActionName, A extends unknown[], R extends ActionResult<object>>(
  name: N,
  handler: (actor: ActorFor<N>, ...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  const access: Access = ACTION_RULES[name];
  const action = async (...args: A): Promise<R> => {
    const actor = await actorFromHeaders(await headers());
    const decision = decide(access, actor?.role ?? null);
    // R is an ActionResult, whose failure branch this is.
    if (decision !== "allowed") return { ok: false, error: refusal(decision, actor) } as R;
    return handler(actor as ActorFor<N>, ...args);
  };
  return markGuarded(action, { kind: "action", name });
}

/**
 * Wraps a route handler the same way, reading the session from the request itself. Refusals are JSON: 401 without
 * a session, 403 for a role that may not.
 */
export function guardedRoute<C>(
  name: RouteName,
  handler: (request: Request, actor: Actor | null, context: C) => Promise<Response>,
): (request: Request, context?: C) => Promise<Response> {
  const access: Access = ROUTE_RULES[name];
  // Next always passes the context; the tests call routes with the request alone.
  const route = async (request: Request, context?: C): Promise<Response> => {
    const actor = "public" in access ? null : await actorFromHeaders(request.headers);
    const decision = decide(access, actor?.role ?? null);
    if (decision !== "allowed") {
      const error = refusal(decision, actor);
      return Response.json(
        { error: error.message, code: error.code, hint: error.hint },
        { status: decision === "signed-out" ? 401 : 403, headers: { "cache-control": "no-store" } },
      );
    }
    return handler(request, actor, context as C);
  };
  return markGuarded(route, { kind: "route", name });
}

export interface PageAdmission {
  decision: Exclude<Decision, "signed-out">;
  actor: Actor | null;
}

/**
 * The page check: before any account exists every page leads to /setup; without a session, to sign-in and back
 * here afterwards. A signed-in role that may not see the page gets "forbidden", which the page wrapper explains.
 */
export async function admitToPage(path: PagePath): Promise<PageAdmission> {
  const access: Access = PAGE_RULES[path];
  const actor = await currentActor();
  if ("public" in access) return { decision: "allowed", actor };
  if (!(await hasAnyAccount())) redirect("/setup");
  if (!actor) redirect(signInHref((await headers()).get(REQUEST_URL_HEADER) ?? "/"));
  return { decision: decide(access, actor.role) === "allowed" ? "allowed" : "forbidden", actor };
}

function refusal(decision: Exclude<Decision, "allowed">, actor: Actor | null): ActionError {
  if (decision === "signed-out" || !actor) {
    return {
      code: "SIGNED_OUT",
      title: "Not signed in",
      message: "You are not signed in, or your session has ended, so nothing was done.",
      hint: "Sign in again, then try once more.",
    };
  }
  return {
    code: "FORBIDDEN",
    title: "Not allowed",
    message: `Your role, ${ROLE_LABELS[actor.role]}, may not do this, so nothing was done.`,
    hint:
      actor.role === "viewer"
        ? "Viewers read history and the Inbox without sending. Ask an Admin to make you an Agent."
        : "Ask an Admin to do it, or to change your role.",
  };
}
