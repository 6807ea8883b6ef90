import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MessageFrame } from "./message-frame";
import { SentMessage } from "./sent-message";

const to = { id: "+16044441111" };

describe("a preview drawn as a message already sent", () => {
  it("stamps the bubble with the time it was sent and its delivery ticks, not the clock's single tick", () => {
    const html = renderToStaticMarkup(
      <SentMessage at="2026-12-02T03:44:05.000Z" status="read">
        <MessageFrame theme="light" to={to}>
          Hello
        </MessageFrame>
      </SentMessage>,
    );
    // The server cannot know the reader's zone: UTC until the browser replaces it with its own.
    expect(html).toContain("03:44 UTC");
    expect(html).toContain('aria-label="Read"');
  });

  it("leaves the composer's preview on the clock, with a single tick", () => {
    const html = renderToStaticMarkup(
      <MessageFrame theme="light" to={to}>
        Hello
      </MessageFrame>,
    );
    expect(html).not.toContain("UTC");
    expect(html).toContain('aria-label="Sent"');
  });
});
