import { describe, expect, it } from "vitest";
import { send } from "@/test-support/sandbox-requests";
import { SEED_EXAMPLES } from "./fixtures/seed-examples";
import { createSandbox } from "./handler";

describe("Connectly's own worked examples", () => {
  it.each(SEED_EXAMPLES)("accepts the $name example", async ({ request }) => {
    const response = await send(createSandbox(), request);
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 200,
      body: { id: expect.any(String) },
    });
  });
});
