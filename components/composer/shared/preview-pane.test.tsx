import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { PreviewPane, previewTheme } from "./preview-pane";

describe("the preview's theme", () => {
  test("follows the system's preference until the person chooses", () => {
    expect(previewTheme(null, true)).toBe("dark");
    expect(previewTheme(null, false)).toBe("light");
  });

  test("keeps the person's own choice over the system's preference", () => {
    expect(previewTheme("light", true)).toBe("light");
    expect(previewTheme("dark", false)).toBe("dark");
  });

  test("ignores a stored value it does not know", () => {
    expect(previewTheme("sepia", true)).toBe("dark");
  });

  test("renders Light on the server, which cannot know either", () => {
    const html = renderToStaticMarkup(<PreviewPane render={(theme) => <p>theme:{theme}</p>} />);
    expect(html).toContain("theme:light");
    expect(html).toMatch(/aria-pressed="true"[^>]*>light</);
  });
});
