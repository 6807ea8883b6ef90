import { describe, expect, it } from "vitest";
import { SANDBOX_TEMPLATE_GROUPS } from "@/lib/connectly/sandbox/templates";
import type { Thread, ThreadSummary } from "@/lib/db/inbox";
import type { HistoryEntry } from "@/lib/db/queries";
import { normalizeTemplates } from "@/lib/templates/normalize";
import { orderUpdateTo } from "@/test-support/sandbox-requests";
import { toListItems, toThreadData } from "./thread-items";

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

function threadWithSends(...requests: unknown[]): Thread {
  return {
    customer: "+16044441111",
    businessNumber: "+14151111234",
    customerName: "Ana",
    inbox: [],
    outbound: requests.map(
      (request, index) =>
        ({
          id: `h${index}`,
          messageType: "image",
          request,
          sentText: null,
          status: "sent",
          createdAt: new Date(Date.UTC(2026, 11, 1, 10, index)),
          connectlyId: null,
          errorMessage: null,
        }) as unknown as HistoryEntry,
    ),
    assignee: null,
  };
}

describe("toThreadData", () => {
  it("gives a sent file or place its parts, so the conversation draws it rather than its URL", () => {
    const image = { type: "image", url: "https://cdn.example.com/a.jpg", caption: "Your sofa" };
    const place = { latitude: 49.28, longitude: -123.12, name: "Our shop", address: "1 Main St" };
    const data = toThreadData(
      threadWithSends({ message: { attachments: [image] } }, { message: { location: place } }),
      null,
      [],
    );
    expect(data.items.map((item) => item.content)).toEqual([
      { attachment: { ...image, filename: undefined } },
      { location: place },
    ]);
  });

  it("draws nothing of a stored part that is not well formed, and leaves a text send without parts", () => {
    const data = toThreadData(
      threadWithSends(
        { message: { attachments: [{ type: "image", url: 42 }] } },
        { message: { location: { latitude: "north", longitude: 1 } } },
        { message: { text: "Hello" } },
      ),
      null,
      [],
    );
    expect(data.items.map((item) => item.content)).toEqual([undefined, undefined, undefined]);
  });
});
