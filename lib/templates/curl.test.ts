import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { toTemplateCurl } from "./curl";

describe("toTemplateCurl", () => {
  it("posts to the templated-messages path with the key left as a shell variable", () => {
    const request = {
      number: "+16044441111",
      templateName: "order_update",
      language: "en",
      parameters: [{ name: "body_1", value: "it's Ana" }],
    };
    const command = toTemplateCurl(request, { baseUrl: "https://api.connectly.ai", businessId: "biz-1" });

    expect(command).toContain("'https://api.connectly.ai/v1/businesses/biz-1/send/whatsapp_templated_messages'");
    expect(command).toContain('-H "X-API-Key: $CONNECTLY_API_KEY"');
    // The shell gives back the exact JSON, the embedded quote included.
    const data = command.split("--data-raw ")[1]!;
    expect(JSON.parse(execFileSync("sh", ["-c", `printf %s ${data}`], { encoding: "utf8" }))).toEqual(request);
  });
});
