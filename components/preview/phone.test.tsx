import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Phone } from "./phone";

describe("Phone", () => {
  it("puts the children in a labelled figure, not a live chat log, under the contact's name", () => {
    const html = renderToStaticMarkup(
      <Phone theme="light" contactName="ana">
        <p>bubble</p>
      </Phone>,
    );
    expect(html).toMatch(/<figure aria-label="Message preview"[^>]*>.*<p>bubble<\/p>/);
    expect(html).not.toContain("aria-live");
    expect(html).toContain(">ana</div>");
    expect(html).toContain(">A</div>");
    expect(html).toContain("background-color:#efeae2");
  });

  it("uses the dark chat background in the dark theme", () => {
    expect(
      renderToStaticMarkup(
        <Phone theme="dark" contactName="Ana">
          {null}
        </Phone>,
      ),
    ).toContain("background-color:#0b141a");
  });

  it("takes a whole emoji as the avatar initial and a silhouette for a phone number", () => {
    const emoji = renderToStaticMarkup(
      <Phone theme="light" contactName="👩🏽‍💻 Dev">
        {null}
      </Phone>,
    );
    const number = renderToStaticMarkup(
      <Phone theme="light" contactName="+1 555 0100">
        {null}
      </Phone>,
    );
    expect(emoji).toContain(">👩🏽‍💻</div>");
    expect(number).toContain('<circle cx="12" cy="8.5" r="4.5"></circle>');
  });
});
