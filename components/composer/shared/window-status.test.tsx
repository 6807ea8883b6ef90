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

/** What is said: the live region, without the unseen copies that hold the line's height. */
const said = (html: string) => /<p aria-live="polite">(.*?)<\/p>/.exec(html)?.[1] ?? "no live region";

const wroteAgo = (ms: number, clockOffsetMs = 0): CustomerWindowData => ({
  lastInboundAt: Date.now() - ms,
  clockOffsetMs,
});

describe("WindowStatus", () => {
  it("shows the time left while the window is open, in a polite live region, with no template link", () => {
    const html = render("+16044441111", "+14155550100", wroteAgo(18 * HOUR + 47 * MIN + 30_000));
    expect(said(html)).toContain("Window open, 5 h 12 min left");
    expect(html).not.toContain("role=");
    expect(said(html)).not.toContain("Send a template instead");
  });

  it("offers a template, carrying the recipient and sender over, once the window has closed", () => {
    const html = render("+16044441111", "+14155550100", wroteAgo(27 * HOUR + 5 * MIN));
    expect(said(html)).toContain(
      "Window closed 3 h ago: only a template can reach this customer until they write again",
    );
    expect(html).toContain('href="/compose/template?recipient=%2B16044441111&amp;sender=%2B14155550100"');
    expect(html).toContain(">Send a template instead</a>");
  });

  it("says honestly when the customer never wrote, and leaves out an unchosen sender", () => {
    const html = render("US.13491208655302741918", "", { lastInboundAt: null, clockOffsetMs: 0 });
    expect(said(html)).toContain("No message from this customer yet: only a template can start the conversation");
    expect(html).toContain('href="/compose/template?recipient=US.13491208655302741918"');
  });

  it("counts on the server's clock when the browser's is off", () => {
    // The browser runs 2 h slow: by the server's clock this window closed an hour ago.
    const html = render("+16044441111", "", wroteAgo(23 * HOUR, 2 * HOUR));
    expect(said(html)).toContain("Window closed 1 h ago");
  });

  it("ignores spaces around the recipient", () => {
    expect(said(render(" +16044441111 ", "", wroteAgo(HOUR - 30_000)))).toContain("Window open, 23 h left");
  });

  it("says it waits for a whole number outside its live region, which stays mounted and silent until then", () => {
    const partial = render("+1604", "", { lastInboundAt: Date.now(), clockOffsetMs: 0 });
    expect(said(partial)).toBe("");
    expect(partial).toContain("The customer&#x27;s 24-hour window shows here once the number is whole.");
    // A whole number not looked up yet: nothing is said, and nothing claims it is still waiting for the number.
    const checking = render("+16044441111", "");
    expect(said(checking)).toBe("");
    expect(checking).not.toContain("once the number");
  });

  it("keeps, in every state, unseen copies of the longest words a state can have, so the line never changes height", () => {
    const copies = (html: string) => html.match(/<span aria-hidden="true" class="invisible">/g)?.length ?? 0;
    for (const html of [
      render("+1604", ""),
      render("+16044441111", ""),
      render("+16044441111", "", wroteAgo(HOUR)),
      render("+16044441111", "", wroteAgo(30 * HOUR)),
    ]) {
      expect(copies(html)).toBe(2);
      expect(html).toContain("Window closed 99 days ago: only a template can reach this customer");
      expect(html).toContain("No message from this customer yet: only a template can start the conversation");
    }
  });

  it("names the simulated reply while it waits, in sandbox mode, with the id a button gives as its reason", () => {
    const client = new QueryClient();
    const html = renderToStaticMarkup(
      <QueryClientProvider client={client}>
        <WindowStatus recipient="" waitingId="waits" simulates />
      </QueryClientProvider>,
    );
    expect(html).toContain('id="waits"');
    expect(html).toContain("The 24-hour window shows, and a reply can be simulated, once the number is whole.");
  });
});
