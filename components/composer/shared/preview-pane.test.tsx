import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { PreviewPane, previewTheme } from "./preview-pane";

describe("the preview's theme", () => {
  test("follows the system until the person chooses", () => {
    expect(previewTheme(null)).toBe("system");
  });

  test("keeps the person's own choice", () => {
    expect(previewTheme("light")).toBe("light");
    expect(previewTheme("dark")).toBe("dark");
  });

  test("ignores a stored value it does not know", () => {
    expect(previewTheme("sepia")).toBe("system");
  });

  test("renders the system's colours on the server, with the switch's pressed side drawn by CSS", () => {
    const html = renderToStaticMarkup(<PreviewPane render={(theme) => <p>theme:{theme}</p>} />);
    expect(html).toContain("theme:system");
    expect(html).toMatch(/class="[^"]*dark:bg-transparent[^"]*"[^>]*>light</);
    expect(html).toMatch(/class="[^"]*dark:bg-slate-600 dark:text-white[^"]*"[^>]*>dark</);
  });
});
