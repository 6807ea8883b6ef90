import { redirect } from "next/navigation";
import { guardedPage } from "@/components/auth/guarded-page";
import { allows, PAGE_RULES } from "@/lib/auth/rules";

/** Senders start in the text composer; Viewers, who only read history, start there. */
export default guardedPage("/", function Home(_props: object, actor) {
  redirect(allows(PAGE_RULES["/compose/[type]"], actor.role) ? "/compose/text" : "/history");
});
