import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ListMessage } from "@/lib/messages/request";
import { ListSheet } from "./list-sheet";

const LIST: ListMessage = {
  button: { text: "Select" },
  sections: [
    {
      title: "Section 1",
      rows: [
        { id: "1", text: "Item 1", description: "Description for Item 1" },
        { id: "2", text: "Item 2" },
      ],
    },
    { title: "Section 2", rows: [{ id: "3", text: "<b>Item 3</b>" }] },
  ],
};

const render = (list: ListMessage = LIST) =>
  renderToStaticMarkup(<ListSheet list={list} theme="light" onClose={() => undefined} />);

describe("ListSheet", () => {
  it("is a dialog named after the menu button, with a Close button", () => {
    const html = render();
    expect(html).toContain('role="dialog" aria-label="Select"');
    expect(html).toContain('<button type="button" aria-label="Close"');
  });

  it("lists the section titles, then each row's title and description with a radio circle", () => {
    const html = render();
    const order = ["Section 1", "Item 1", "Description for Item 1", "Item 2", "Section 2", "Item 3"].map((text) =>
      html.indexOf(text),
    );
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(html.match(/<li /g)).toHaveLength(3);
    expect(html.match(/rounded-full border-2/g)).toHaveLength(3);
  });

  it("renders row text as text, never as markup", () => {
    const html = render();
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;b&gt;Item 3&lt;/b&gt;");
  });

  it("leaves out a lone section's missing title and marks an untitled row", () => {
    const html = render({ button: { text: "Menu" }, sections: [{ rows: [{ id: "1", text: "" }] }] });
    expect(html).not.toContain("<h3");
    expect(html).toContain("Untitled row");
  });
});
