import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { toCurl } from "./curl";

const target = { baseUrl: "https://api.connectly.ai", businessId: "b1" };

describe("toCurl", () => {
  it("writes the key as a shell variable", () => {
    const curl = toCurl(
      { recipient: { id: "+16044441111", channelType: "whatsapp" }, message: { text: "hi" } },
      target,
    );
    expect(curl).toContain('-H "X-API-Key: $CONNECTLY_API_KEY"');
    expect(curl).toContain("'https://api.connectly.ai/v1/businesses/b1/send/messages'");
  });

  it("posts a template to the templated-messages path", () => {
    const curl = toCurl({ number: "+16044441111" }, { ...target, path: "send/whatsapp_templated_messages" });
    expect(curl).toContain("'https://api.connectly.ai/v1/businesses/b1/send/whatsapp_templated_messages'");
  });

  it("hands the shell back the exact JSON, single quotes included", () => {
    const request = { recipient: { id: "+16044441111", channelType: "whatsapp" }, message: { text: "it's ok" } };
    const data = toCurl(request, target).split("--data-raw ")[1]!;
    expect(JSON.parse(execFileSync("sh", ["-c", `printf %s ${data}`], { encoding: "utf8" }))).toEqual(request);
  });
});
