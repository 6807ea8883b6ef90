import { describe, expect, it } from "vitest";
import { SANDBOX_TEMPLATE_GROUPS } from "@/lib/connectly/sandbox/templates";
import type { ThreadSummary } from "@/lib/db/inbox";
import { normalizeTemplates } from "@/lib/templates/normalize";
import { orderUpdateTo } from "@/test-support/sandbox-requests";
import { toListItems } from "./thread-items";

const templates = normalizeTemplates({ entity: { templateGroups: SANDBOX_TEMPLATE_GROUPS } });

function sentLast(kind: string, request: unknown, sentText?: string): ThreadSummary {
  const at = new Date("2026-12-01T10:00:00Z");
  return {
    customer: "+16044441111",
    businessNumber: "+14151111234",
    customerName: "Ana",
    last: { direction: "outbound", kind, text: "as stored", request, sentText, at },
    lastActivityAt: at,
    lastInboundAt: null,
    unread: 0,
    assignee: null,
  };
}

const lineOf = (kind: string, request: unknown, at = templates) =>
  toListItems([sentLast(kind, request)], at)[0]?.last?.text;

describe("toListItems", () => {
  it("words a sent attachment as a customer's is, by its caption or file name, never its URL", () => {
    const image = { url: "https://cdn.example.com/a.jpg", type: "image", caption: "Your new sofa" };
    expect(lineOf("image", { message: { attachments: [image] } })).toBe("Photo: Your new sofa");
    const pdf = { url: "https://cdn.example.com/i.pdf", type: "document", filename: "Invoice-4521.pdf" };
    expect(lineOf("document", { message: { attachments: [pdf] } })).toBe("Document: Invoice-4521.pdf");
    expect(
      lineOf("audio", { message: { attachments: [{ url: "https://cdn.example.com/v.ogg", type: "audio" }] } }),
    ).not.toContain("https://");
  });

  it("reads a template sent last as its words, and as its name when its definition is not at hand", () => {
    const request = orderUpdateTo("+16044441111");
    expect(lineOf("template", request)).toBe(
      "Order #4521 update\nHi Ana, your order #4521 has shipped and should arrive by Friday.",
    );
    expect(lineOf("template", request, [])).toBe("order_update (en)");
  });

  it("reads a template as the words kept when it was sent, not as its definition reads now", () => {
    const request = orderUpdateTo("+16044441111");
    const kept = "Order #4521 update\nHi Ana, your parcel #4521 leaves today.";
    expect(toListItems([sentLast("template", request, kept)], templates)[0]?.last?.text).toBe(kept);
    expect(toListItems([sentLast("template", request, kept)], [])[0]?.last?.text).toBe(kept);
  });

  it("keeps a text send's words", () => {
    expect(lineOf("text", { message: { text: "See you *soon*" } })).toBe("See you *soon*");
  });
});
