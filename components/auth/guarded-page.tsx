import type { ReactNode } from "react";
import type { Actor } from "@/lib/auth/actor";
import { admitToPage, markGuarded } from "@/lib/auth/guard";
import type { PAGE_RULES, PagePath } from "@/lib/auth/rules";
import { NotAllowed } from "./not-allowed";

type ActorFor<P extends PagePath> = (typeof PAGE_RULES)[P] extends { public: string } ? Actor | null : Actor;

/**
 * A page behind the rules table: `export default guardedPage("/history", HistoryPage)`. The session and role are
 * checked on every render of the page itself, not only in a layout, which client navigation does not re-render.
 */
export function guardedPage<P extends PagePath, Props>(
  path: P,
  page: (props: Props, actor: ActorFor<P>) => ReactNode | Promise<ReactNode>,
): (props: Props) => Promise<ReactNode> {
  const render = async (props: Props): Promise<ReactNode> => {
    const { decision, actor } = await admitToPage(path);
    if (decision === "forbidden" && actor) return <NotAllowed role={actor.role} />;
    return page(props, actor as ActorFor<P>);
  };
  return markGuarded(render, { kind: "page", name: path });
}
