import type { CSSProperties } from "react";

export type PreviewTheme = "light" | "dark";

/** WhatsApp's own colours per theme, in one place so the phone, the bubbles and the buttons agree. */
export const PREVIEW_COLORS = {
  light: {
    chat: "#efeae2",
    pattern: "rgba(17, 27, 33, 0.06)",
    bar: "#f0f2f5",
    input: "#ffffff",
    text: "#111b21",
    muted: "#667781",
    avatar: "#dfe5e7",
    avatarText: "#54656f",
    bubble: "#d9fdd3",
    bubbleText: "#111b21",
    bubbleMeta: "#667781",
    link: "#027eb5",
    accent: "#00a884",
  },
  dark: {
    chat: "#0b141a",
    pattern: "rgba(233, 237, 239, 0.045)",
    bar: "#202c33",
    input: "#2a3942",
    text: "#e9edef",
    muted: "#8696a0",
    avatar: "#6a7175",
    avatarText: "#d1d7db",
    bubble: "#005c4b",
    bubbleText: "#e9edef",
    bubbleMeta: "rgba(233, 237, 239, 0.6)",
    link: "#53bdeb",
    accent: "#00a884",
  },
} as const satisfies Record<PreviewTheme, Record<string, string>>;

/** Custom properties that FormattedText's links and BubbleFooter read, so neither needs a theme prop of its own. */
export function themeVariables(theme: PreviewTheme): CSSProperties {
  const colors = PREVIEW_COLORS[theme];
  return { "--wa-link": colors.link, "--wa-meta": colors.bubbleMeta } as CSSProperties;
}
