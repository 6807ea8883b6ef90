import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MessageSummary } from "./message-summary";

const render = (text: string) => renderToStaticMarkup(<MessageSummary text={text} />);
const textOf = (html: string) => html.replace(/<[^>]+>/g, "");

describe("a message's line in history", () => {
  it("draws WhatsApp's formatting and drops its markers", () => {
    const html = render("Your order *#4521* has _shipped_ ~today~ `fast`");
    expect(html).toContain("<strong>#4521</strong>");
    expect(html).toContain("<em>shipped</em>");
    expect(html).toContain("<s>today</s>");
    expect(textOf(html)).toBe("Your order #4521 has shipped today fast");
  });

  it("runs lines on with a space, keeping a list's bullets and numbers", () => {
    expect(textOf(render("Hello\n\n* one\n1. two\n> quoted"))).toBe("Hello • one 1. two quoted");
  });

  it("keeps links and markup-looking text as plain text", () => {
    const html = render("see https://example.com <img src=x onerror=alert(1)>");
    expect(html).not.toContain("<a");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img");
  });
});
