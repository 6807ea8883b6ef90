import type { ReactNode } from "react";
import { PREVIEW_COLORS, type PreviewTheme } from "./theme";

/** Where a bubble's required text will go, said in the bubble until it is typed. */
export function BodyPlaceholder({
  theme,
  children = "The message text appears here.",
}: {
  theme: PreviewTheme;
  children?: ReactNode;
}) {
  return (
    <span className="italic" style={{ color: PREVIEW_COLORS[theme].muted }}>
      {children}
    </span>
  );
}
