import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FormattedText } from "./formatted-text";

const render = (text: string) => renderToStaticMarkup(<FormattedText text={text} />);

describe("FormattedText", () => {
  it("renders markup-looking input as escaped text", () => {
    const html = render("<img src=x onerror=alert(1)> *<b>hi</b>*");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("<strong>&lt;b&gt;hi&lt;/b&gt;</strong>");
  });

  it("renders each style as its element", () => {
    const html = render("*b* _i_ ~s~ ```m``` `c`");
    expect(html).toContain("<strong>b</strong>");
    expect(html).toContain("<em>i</em>");
    expect(html).toContain("<s>s</s>");
    expect(html).toMatch(/<code class="[^"]*font-mono[^"]*">m<\/code>/);
    expect(html).toMatch(/<code class="[^"]*font-mono[^"]*">c<\/code>/);
  });

  it("nests styles as nested elements", () => {
    expect(render("*_both_*")).toContain("<strong><em>both</em></strong>");
  });

  it("opens links in a new tab without referrer or opener", () => {
    const html = render("see https://example.com/a?b=1&c=2.");
    expect(html).toMatch(
      /<a href="https:\/\/example.com\/a\?b=1&amp;c=2" target="_blank" rel="noopener noreferrer nofollow"[^>]*>https:\/\/example.com\/a\?b=1&amp;c=2<\/a>\./,
    );
  });

  it("gives www. links an https href", () => {
    expect(render("www.example.com")).toContain('href="https://www.example.com/"');
  });

  it("never turns javascript: or data: into an href", () => {
    const html = render("javascript:alert(1) data:text/html,<script>x</script> [x](javascript:alert(1))");
    expect(html).not.toContain("href");
    expect(html).not.toContain("<script");
  });

  it("leaves a URL the browser cannot parse as text", () => {
    const html = render("https://[oops");
    expect(html).not.toContain("href");
    expect(html).toContain("https://[oops");
  });

  it("marks every block dir=auto so right-to-left text lays out right to left", () => {
    const html = render("שלום\n- مرحبا\n1. one\n> quote\n```\ncode\n```");
    expect(html.match(/dir="auto"/g)).toHaveLength(5);
    expect(html).toContain("שלום");
    expect(html).toContain("مرحبا");
  });

  it("renders list markers before the text, numbered ones as typed", () => {
    const html = render("* apples\n7. pears");
    expect(html).toMatch(/<span[^>]*>•<\/span><span[^>]*>apples<\/span>/);
    expect(html).toMatch(/<span[^>]*>7\.<\/span><span[^>]*>pears<\/span>/);
  });

  it("keeps a blank line as a line of its own", () => {
    expect(render("a\n\nb")).toContain('<div dir="auto"><br/></div>');
  });

  it("preserves whitespace and wraps long words", () => {
    const html = render("a   b");
    expect(html).toContain("whitespace-pre-wrap");
    expect(html).toContain("[overflow-wrap:anywhere]");
    expect(html).toContain("a   b");
  });

  it("shows a code block as text, without formatting", () => {
    expect(render("```\n*a* <i>\n```")).toContain("<code>*a* &lt;i&gt;</code>");
  });

  it("adds the caller's class to the container", () => {
    expect(render("x").startsWith("<div class=")).toBe(true);
    expect(renderToStaticMarkup(<FormattedText text="x" className="text-sm" />)).toMatch(/^<div class="[^"]*text-sm"/);
  });
});
