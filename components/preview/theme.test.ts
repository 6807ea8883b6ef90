import { describe, expect, test } from "vitest";
import { colorSchemeOf, PREVIEW_COLORS, themed, withSystem } from "./theme";

describe("preview themes", () => {
  test("a pick gets its own colour", () => {
    expect(themed("light", "#fff", "#000")).toBe("#fff");
    expect(themed("dark", "#fff", "#000")).toBe("#000");
  });

  test("following the system hands both colours to the browser", () => {
    expect(themed("system", "#fff", "#000")).toBe("light-dark(#fff, #000)");
    expect(themed("system", "#00a884", "#00a884")).toBe("#00a884");
  });

  test("every colour of the system palette holds the light and the dark one", () => {
    for (const [key, light] of Object.entries(PREVIEW_COLORS.light)) {
      const dark = PREVIEW_COLORS.dark[key as keyof typeof PREVIEW_COLORS.dark];
      expect(PREVIEW_COLORS.system[key as keyof typeof PREVIEW_COLORS.system]).toBe(themed("system", light, dark));
    }
  });

  test("a palette of its own gets a system side too", () => {
    expect(withSystem({ light: { land: "#eee" }, dark: { land: "#111" } }).system.land).toBe("light-dark(#eee, #111)");
  });

  test("a surface following the system declares both schemes", () => {
    expect(colorSchemeOf("system")).toBe("light dark");
    expect(colorSchemeOf("dark")).toBe("dark");
  });
});
