import { redirect } from "next/navigation";
import { guardedPage } from "@/components/auth/guarded-page";
import { startPath } from "@/lib/auth/rules";

export default guardedPage("/", function Home(_props: object, actor) {
  redirect(startPath(actor.role));
});
