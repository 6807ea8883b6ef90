import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type ButtonsValues, buildButtonsRequest, buttonsDefaults } from "@/lib/messages/buttons";
import { emptyHeader, type HeaderValues } from "@/lib/messages/interactive-header";
import { ButtonsPreview } from "./buttons-preview";

function render(header: HeaderValues = emptyHeader, text = "This is a reply button message") {
  const values: ButtonsValues = {
    ...buttonsDefaults,
    recipient: { id: "+16044441111", name: "" },
    message: {
      text,
      replyButtonMessage: {
        header,
        footer: { text: "Footer" },
        buttons: [
          { id: "b1", text: "Button 1" },
          { id: "b2", text: "Button 2" },
          { id: "b3", text: "Button 3" },
        ],
      },
    },
  };
  return renderToStaticMarkup(<ButtonsPreview theme="light" request={buildButtonsRequest(values)} />);
}

describe("ButtonsPreview", () => {
  it("shows the header, body and footer, then one full-width row per button", () => {
    const html = render({ ...emptyHeader, type: "text", text: "Header" });
    const order = ["Header", "This is a reply button message", "Footer", "Button 1", "Button 2", "Button 3"];
    const positions = order.map((text) => html.indexOf(text));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(html.match(/min-h-10 w-full/g)).toHaveLength(3);
    expect(html).toMatch(/font-bold[^"]*">Header</);
  });

  it("draws an image stand-in that never fetches a half-typed address", () => {
    const typing = render({ ...emptyHeader, type: "image", url: "https://cdn" });
    expect(typing).toContain('aria-label="Header image"');
    expect(typing).not.toContain("<img");
  });

  it("draws a video frame for a video header", () => {
    expect(render({ ...emptyHeader, type: "video", url: "https://example.com/a.mp4" })).toContain(
      'aria-label="Header video"',
    );
  });

  it("draws a document card with the file name and type", () => {
    const html = render({
      type: "document",
      text: "",
      url: "https://www.w3.org/WAI/ER/tests/xhtml/testfiles/resources/pdf/dummy.pdf",
      filename: "feeeelsss",
    });
    expect(html).toContain(">feeeelsss</div>");
    expect(html).toContain(">pdf</div>");
  });

  it("names the document after the URL when it has no file name", () => {
    expect(render({ ...emptyHeader, type: "document", url: "https://example.com/files/price%20list.pdf" })).toContain(
      ">price list.pdf</div>",
    );
  });

  it("holds the body's place while it is empty", () => {
    expect(render(emptyHeader, "")).toContain("The message text appears here.");
  });
});
