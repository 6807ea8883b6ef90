import type { CSSProperties } from "react";

/**
 * "system" follows the browser's light or dark setting through CSS alone (`light-dark()`, resolved by the page's
 * `color-scheme: light dark`), so a phone rendered by the server is in the right colours at its first paint, before
 * any script knows the setting; "light" and "dark" are a person's own pick.
 */
export type PreviewTheme = "light" | "dark" | "system";
type Pick = Exclude<PreviewTheme, "system">;

/** One colour per theme: the pick's own, or for "system" both, for the browser to choose between. */
export function themed(theme: PreviewTheme, light: string, dark: string): string {
  if (theme === "system") return light === dark ? light : `light-dark(${light}, ${dark})`;
  return theme === "light" ? light : dark;
}

/** A light and a dark palette, with the "system" one that holds both. */
export function withSystem<K extends string>(
  palettes: Record<Pick, Record<K, string>>,
): Record<PreviewTheme, Record<K, string>> {
  const keys = Object.keys(palettes.light) as K[];
  const system = Object.fromEntries(
    keys.map((key) => [key, themed("system", palettes.light[key], palettes.dark[key])]),
  );
  return { ...palettes, system: system as Record<K, string> };
}

/**
 * WhatsApp's own colours per theme, in one place so the phone, the bubbles and the buttons agree. The grey, link and
 * green used for text are a shade darker (light) or lighter (dark) than WhatsApp's, so that small text reaches WCAG's
 * 4.5:1 contrast on the bars and bubbles it sits on.
 */
export const PREVIEW_COLORS = withSystem({
  light: {
    chat: "#efeae2",
    pattern: "rgba(17, 27, 33, 0.06)",
    bar: "#f0f2f5",
    input: "#ffffff",
    text: "#111b21",
    muted: "#54656f",
    avatar: "#dfe5e7",
    avatarText: "#54656f",
    bubble: "#d9fdd3",
    bubbleText: "#111b21",
    bubbleMeta: "#54656f",
    link: "#026d9c",
    accent: "#00a884",
    accentText: "#007561",
    // The highlight on a template's example values: paler on the dark bubble, so its light text keeps its contrast.
    mark: "rgba(252, 211, 77, 0.45)",
    divider: "#54656f33",
    dividerStrong: "#54656f40",
    // Under a document's name and behind an image that is not there yet.
    tint: "rgba(11, 20, 26, 0.06)",
    imageTint: "rgba(11, 20, 26, 0.08)",
    videoBackdrop: "#2a3942",
    sheet: "#ffffff",
  },
  dark: {
    chat: "#0b141a",
    pattern: "rgba(233, 237, 239, 0.045)",
    bar: "#202c33",
    input: "#2a3942",
    text: "#e9edef",
    muted: "#bcc7cd",
    avatar: "#6a7175",
    avatarText: "#d1d7db",
    bubble: "#005c4b",
    bubbleText: "#e9edef",
    bubbleMeta: "rgba(233, 237, 239, 0.8)",
    link: "#8fd4f5",
    accent: "#00a884",
    accentText: "#00a884",
    mark: "rgba(252, 211, 77, 0.2)",
    divider: "#bcc7cd33",
    dividerStrong: "#bcc7cd40",
    tint: "rgba(0, 0, 0, 0.18)",
    imageTint: "rgba(0, 0, 0, 0.25)",
    videoBackdrop: "#111b21",
    sheet: "#1f2c34",
  },
});

/** Custom properties that FormattedText's links, BubbleFooter and the template's marks read, so neither needs a theme prop of its own. */
export function themeVariables(theme: PreviewTheme): CSSProperties {
  const colors = PREVIEW_COLORS[theme];
  return { "--wa-link": colors.link, "--wa-meta": colors.bubbleMeta, "--wa-mark": colors.mark } as CSSProperties;
}

/** The CSS `color-scheme` a themed surface declares, so its native parts (scrollbars, controls) and `light-dark()` agree. */
export function colorSchemeOf(theme: PreviewTheme): string {
  return theme === "system" ? "light dark" : theme;
}
