import type { CSSProperties } from "react";

export type PreviewTheme = "light" | "dark";

/**
 * WhatsApp's own colours per theme, in one place so the phone, the bubbles and the buttons agree. The grey, link and
 * green used for text are a shade darker (light) or lighter (dark) than WhatsApp's, so that small text reaches WCAG's
 * 4.5:1 contrast on the bars and bubbles it sits on.
 */
export const PREVIEW_COLORS = {
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
  },
} as const satisfies Record<PreviewTheme, Record<string, string>>;

/** Custom properties that FormattedText's links, BubbleFooter and the template's marks read, so neither needs a theme prop of its own. */
export function themeVariables(theme: PreviewTheme): CSSProperties {
  const colors = PREVIEW_COLORS[theme];
  return { "--wa-link": colors.link, "--wa-meta": colors.bubbleMeta, "--wa-mark": colors.mark } as CSSProperties;
}
