import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildListRequest, type ListValues, listDefaults } from "@/lib/messages/list";
import { ListPreview } from "./list-preview";

function request(list: Partial<ListValues["message"]["listMessage"]>, text = "") {
  return buildListRequest({
    ...listDefaults,
    recipient: { id: "+16044441111", name: "Ana" },
    message: { text, listMessage: { ...listDefaults.message.listMessage, ...list } },
  });
}

describe("ListPreview", () => {
  it("shows the bold header, the formatted body and the grey footer in the bubble", () => {
    const html = renderToStaticMarkup(
      <ListPreview
        theme="light"
        request={request(
          {
            header: { type: "text", text: "Our menu", url: "", filename: "" },
            footer: { text: "Prices include _tax_" },
            button: { text: "Choose" },
          },
          "Pick a *dish*",
        )}
      />,
    );
    expect(html).toMatch(/class="[^"]*font-bold[^"]*">Our menu</);
    expect(html).toContain("<strong>dish</strong>");
    expect(html).toContain("<em>tax</em>");
    expect(html.indexOf("Our menu")).toBeLessThan(html.indexOf("dish"));
    expect(html.indexOf("dish")).toBeLessThan(html.indexOf("tax"));
  });

  it("puts the menu button's label, with a list icon, on a real button under the bubble", () => {
    const html = renderToStaticMarkup(<ListPreview theme="dark" request={request({ button: { text: "Select" } })} />);
    expect(html).toMatch(
      /<button type="button" aria-haspopup="dialog" aria-expanded="false"[^>]*>.*<svg.*Select<\/span><\/div><\/button>/,
    );
    expect(html).toContain("color:#8fd4f5");
  });

  it("says where the body goes until it is typed, as the buttons preview does", () => {
    expect(renderToStaticMarkup(<ListPreview theme="light" request={request({})} />)).toContain(
      "The message text appears here.",
    );
    expect(renderToStaticMarkup(<ListPreview theme="light" request={request({}, "Pick one")} />)).not.toContain(
      "appears here",
    );
  });

  it("keeps the sheet closed until the menu button is activated", () => {
    const html = renderToStaticMarkup(
      <ListPreview
        theme="light"
        request={request({
          button: { text: "Select" },
          sections: [{ title: "", rows: [{ id: "1", text: "Hidden row", description: "" }] }],
        })}
      />,
    );
    expect(html).not.toContain('role="dialog"');
    expect(html).not.toContain("Hidden row");
  });

  it("draws a stand-in for a media header rather than waiting for the image", () => {
    const html = renderToStaticMarkup(
      <ListPreview
        theme="light"
        request={request({ header: { type: "image", text: "", url: "https://example.com/menu.png", filename: "" } })}
      />,
    );
    expect(html).toContain('role="img" aria-label="Header image"');
    expect(html).toContain('src="https://example.com/menu.png"');
  });
});
