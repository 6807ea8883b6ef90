import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type CustomerWindowData, WindowStatus, windowQueryKey } from "./window-status";

const HOUR = 3_600_000;
const MIN = 60_000;

function render(recipient: string, sender: string, data?: CustomerWindowData) {
  const client = new QueryClient();
  if (data) client.setQueryData(windowQueryKey(recipient.trim(), sender), data);
  return renderToStaticMarkup(
    <QueryClientProvider client={client}>
      <WindowStatus recipient={recipient} sender={sender} />
    </QueryClientProvider>,
  );
}

const wroteAgo = (ms: number, clockOffsetMs = 0): CustomerWindowData => ({
  lastInboundAt: Date.now() - ms,
  clockOffsetMs,
});

describe("WindowStatus", () => {
  it("shows the time left while the window is open, in a polite live region, with no template link", () => {
    const html = render("+16044441111", "+14155550100", wroteAgo(18 * HOUR + 47 * MIN + 30_000));
    expect(html).toMatch(/^<p aria-live="polite"[^>]*>/);
    expect(html).toContain("Window open, 5 h 12 min left");
    expect(html).not.toContain("role=");
    expect(html).not.toContain("Send a template instead");
  });

  it("offers a template, carrying the recipient and sender over, once the window has closed", () => {
    const html = render("+16044441111", "+14155550100", wroteAgo(27 * HOUR + 5 * MIN));
    expect(html).toContain("Window closed 3 h ago: only a template can reach this customer until they write again");
    expect(html).toContain('href="/compose/template?recipient=%2B16044441111&amp;sender=%2B14155550100"');
    expect(html).toContain(">Send a template instead</a>");
  });

  it("says honestly when the customer never wrote, and leaves out an unchosen sender", () => {
    const html = render("US.13491208655302741918", "", { lastInboundAt: null, clockOffsetMs: 0 });
    expect(html).toContain("No message from this customer yet: only a template can start the conversation");
    expect(html).toContain('href="/compose/template?recipient=US.13491208655302741918"');
  });

  it("counts on the server's clock when the browser's is off", () => {
    // The browser runs 2 h slow: by the server's clock this window closed an hour ago.
    const html = render("+16044441111", "", wroteAgo(23 * HOUR, 2 * HOUR));
    expect(html).toContain("Window closed 1 h ago");
  });

  it("ignores spaces around the recipient", () => {
    expect(render(" +16044441111 ", "", wroteAgo(HOUR - 30_000))).toContain("Window open, 23 h left");
  });

  it("shows nothing, yet keeps its live region, until the recipient is a whole id", () => {
    const partial = render("+1604", "", { lastInboundAt: Date.now(), clockOffsetMs: 0 });
    expect(partial).toBe('<p aria-live="polite" class="text-sm"></p>');
    expect(render("+16044441111", "")).toBe('<p aria-live="polite" class="text-sm"></p>');
  });
});
