import { describe, expect, it } from "vitest";
import { send } from "@/test-support/sandbox-requests";
import { SEED_EXAMPLES } from "./fixtures/seed-examples";
import { createSandbox } from "./handler";

describe("Connectly's own worked examples", () => {
  it.each(SEED_EXAMPLES)("accepts the $name example once its customer wrote", async ({ request }) => {
    const sandbox = createSandbox();
    const { recipient, sender } = request as { recipient?: { id?: string }; sender?: { id?: string } };
    sandbox.rememberWindows([{ customer: recipient?.id ?? "", businessNumber: sender?.id ?? "", at: new Date() }]);
    const response = await send(sandbox, request);
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 200,
      body: { id: expect.any(String) },
    });
  });
});
