import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { EmptyHistory } from "./empty-history";

const links = (html: string) => [...html.matchAll(/<a[^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((m) => [m[2], m[1]]);
const base = { filtered: false, paged: false, canCompose: true, clearSearchHref: "/history" };

describe("history with nothing to show", () => {
  test("after a search offers clearing it, not composing", () => {
    const html = renderToStaticMarkup(<EmptyHistory {...base} search="refund" />);
    expect(html).toContain("No messages match “refund”.");
    expect(links(html)).toEqual([["Clear search", "/history"]]);
  });

  test("with filters set offers clearing them, and the search alone keeps the filters", () => {
    const html = renderToStaticMarkup(
      <EmptyHistory {...base} search="refund" filtered clearSearchHref="/history?status=failed" />,
    );
    expect(links(html)).toEqual([
      ["Clear search", "/history?status=failed"],
      ["Clear filters", "/history"],
    ]);
  });

  test("offers composing only when nothing has been sent, and never to someone who may not send", () => {
    expect(links(renderToStaticMarkup(<EmptyHistory {...base} />))).toEqual([["Compose a message", "/compose/text"]]);
    expect(links(renderToStaticMarkup(<EmptyHistory {...base} canCompose={false} />))).toEqual([]);
    expect(links(renderToStaticMarkup(<EmptyHistory {...base} paged />))).toEqual([["Newest messages", "/history"]]);
  });

  test("shows the search as text, never as markup", () => {
    const html = renderToStaticMarkup(<EmptyHistory {...base} search="<img src=x onerror=alert(1)>" />);
    expect(html).not.toContain("<img");
  });
});
