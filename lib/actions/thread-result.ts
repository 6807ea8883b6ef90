import type { ActionResult } from "./result";

export type { ActionResult };

export function badThread(): ActionResult<object> {
  return {
    ok: false,
    error: {
      code: "INVALID_INPUT",
      title: "No such conversation",
      message: "The customer or business number is not valid.",
      hint: "Open the conversation from the Inbox.",
    },
  };
}
