import "server-only";
import type { ActionResult } from "@/lib/actions/result";
import { toErrorInfo } from "@/lib/connectly/errors";
import { explainError } from "@/lib/connectly/explain";
import { getTemplates, type TemplateCatalog } from "./cache";

export type TemplatesResult = ActionResult<{ catalog: TemplateCatalog }>;

/** The cached templates, or why they could not be fetched, in words for the composer (never a throw). */
export async function loadTemplates(options: { refresh?: boolean } = {}): Promise<TemplatesResult> {
  try {
    return { ok: true, catalog: await getTemplates(options) };
  } catch (error) {
    const info = toErrorInfo(error);
    const explained = explainError(info);
    return {
      ok: false,
      error: {
        code: info.code,
        title: "The templates could not be loaded",
        message: `Connectly's template list did not arrive: ${info.userMessage ?? info.message}`,
        hint:
          explained.action === "check-configuration"
            ? explained.hint
            : "Press Refresh templates to try again; if it keeps failing, check CONNECTLY_BASE_URL and the API key.",
        action: explained.action,
        status: info.status,
        traceId: info.traceId,
      },
    };
  }
}
