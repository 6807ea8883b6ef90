import { type CSSProperties, useLayoutEffect, useRef, useState } from "react";

// Between the field and the popup, and between the popup and the window's edge.
const GAP = 4;
const MAX_WIDTH = 384;

/** Where a popup may go beside a field, in its wrapper's coordinates and in the window's room on either side. */
export interface Anchor {
  /** The popup's top just under the field, or its bottom just above it, from the wrapper's top and bottom. */
  top: number;
  bottom: number;
  left: number;
  width: number;
  /** The height the window has under the field and above it, as the field is on the screen now. */
  room: { below: number; above: number };
}

export interface Fit {
  above: boolean;
  /** Set when it fits on neither side: it then scrolls within. */
  maxHeight?: number;
}

/** The field's place, measured now, relative to the wrapper the popup is positioned in. */
export function anchorAt(field: Element, wrapper: Element): Anchor {
  const box = field.getBoundingClientRect();
  const origin = wrapper.getBoundingClientRect();
  return {
    top: box.bottom - origin.top + GAP,
    bottom: origin.bottom - box.top + GAP,
    left: box.left - origin.left,
    width: box.width,
    room: { below: window.innerHeight - box.bottom - 2 * GAP, above: box.top - 2 * GAP },
  };
}

/** Under the field when the popup fits there, else above it; else on the roomier side, scrolling within. */
export function fitFor(height: number, room: Anchor["room"]): Fit {
  if (height <= room.below) return { above: false };
  if (height <= room.above) return { above: true };
  return room.above > room.below ? { above: true, maxHeight: room.above } : { above: false, maxHeight: room.below };
}

/**
 * A popup drawn past the window's bottom is used unseen, as the page does not scroll to it: it is measured as
 * drawn, before it is painted, and put where it fits. `size` is what changes its height (the rows it lists).
 */
export function usePopupFit(anchor: Anchor | null, size: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState<Fit>({ above: false });
  // biome-ignore lint/correctness/useExhaustiveDependencies: size is the trigger: more rows make the popup taller
  useLayoutEffect(() => {
    if (!anchor || !ref.current) return;
    const next = fitFor(ref.current.scrollHeight, anchor.room);
    setFit((last) => (last.above === next.above && last.maxHeight === next.maxHeight ? last : next));
  }, [anchor, size]);
  const style: CSSProperties | undefined = anchor
    ? {
        ...(fit.above ? { bottom: anchor.bottom } : { top: anchor.top }),
        left: anchor.left,
        width: Math.min(anchor.width, MAX_WIDTH),
        maxHeight: fit.maxHeight,
      }
    : undefined;
  return { ref, style };
}
