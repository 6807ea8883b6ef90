import { PREVIEW_COLORS, type PreviewTheme, withSystem } from "./theme";

/** The catalog's images live at Meta, out of reach here: a tinted tile stands in, as WhatsApp shows while loading. */
const TILE = withSystem({ light: { tile: "rgba(11, 20, 26, 0.08)" }, dark: { tile: "rgba(233, 237, 239, 0.1)" } });

export function ShopBagIcon({ size = 24 }: { size?: number }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
    >
      <path d="M5 8h14l-1 12.2a1 1 0 0 1-1 .8H7a1 1 0 0 1-1-.8z" strokeLinejoin="round" />
      <path d="M9 10V6.5a3 3 0 0 1 6 0V10" strokeLinecap="round" />
    </svg>
  );
}

export function ProductImagePlaceholder({
  theme,
  iconSize,
  className,
}: {
  theme: PreviewTheme;
  iconSize?: number;
  className?: string;
}) {
  return (
    <div
      aria-hidden="true"
      data-placeholder="product-image"
      className={`flex items-center justify-center ${className ?? ""}`}
      style={{ backgroundColor: TILE[theme].tile, color: PREVIEW_COLORS[theme].muted }}
    >
      <ShopBagIcon size={iconSize} />
    </div>
  );
}
