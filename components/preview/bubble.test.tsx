import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BubbleButtonRow, BubbleFooter, OutgoingBubble } from "./bubble";
import { Ticks } from "./ticks";

describe("Ticks", () => {
  it.each([
    ["pending", "Pending"],
    ["sent", "Sent"],
    ["delivered", "Delivered"],
    ["read", "Read"],
    ["failed", "Failed"],
  ] as const)("labels %s as %s", (status, label) => {
    expect(renderToStaticMarkup(<Ticks status={status} />)).toContain(`role="img" aria-label="${label}"`);
  });

  it("draws one tick for sent and two for delivered and read, blue only when read", () => {
    const paths = (html: string) => html.match(/<path /g)?.length;
    const sent = renderToStaticMarkup(<Ticks status="sent" />);
    const delivered = renderToStaticMarkup(<Ticks status="delivered" />);
    const read = renderToStaticMarkup(<Ticks status="read" />);
    expect([paths(sent), paths(delivered), paths(read)]).toEqual([1, 2, 2]);
    expect(delivered).toContain('stroke="currentColor"');
    expect(read).toContain('stroke="#53bdeb"');
  });
});

describe("OutgoingBubble", () => {
  it("shows the body, footer, time, ticks and buttons in the theme's colours", () => {
    const html = renderToStaticMarkup(
      <OutgoingBubble
        theme="dark"
        time="10:42"
        status="read"
        footer={<BubbleFooter>Reply STOP to opt out</BubbleFooter>}
        buttons={<BubbleButtonRow theme="dark">Yes</BubbleButtonRow>}
      >
        Hello
      </OutgoingBubble>,
    );
    expect(html).toContain("background-color:#005c4b");
    expect(html.indexOf("Hello")).toBeLessThan(html.indexOf("Reply STOP to opt out"));
    expect(html.indexOf("Reply STOP to opt out")).toBeLessThan(html.indexOf("10:42"));
    expect(html).toContain('aria-label="Read"');
    expect(html).toMatch(/color:#8fd4f5"[^>]*>.*Yes/);
  });

  it("draws the tail unless told not to, and no ticks without a status", () => {
    const withTail = renderToStaticMarkup(
      <OutgoingBubble theme="light" time="9:00">
        Hi
      </OutgoingBubble>,
    );
    const without = renderToStaticMarkup(
      <OutgoingBubble theme="light" time="9:00" tail={false}>
        Hi
      </OutgoingBubble>,
    );
    expect(withTail).toContain('viewBox="0 0 8 13"');
    expect(without).not.toContain('viewBox="0 0 8 13"');
    expect(withTail).not.toContain('role="img"');
    expect(withTail).toContain("background-color:#d9fdd3");
  });
});
