"use client";

import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { PREVIEW_COLORS, type PreviewTheme } from "@/components/preview/theme";
import type { RenderedCard } from "@/lib/templates/render";
import { CarouselCard } from "./carousel-card";

/**
 * A carousel's cards in one horizontally scrolling row, as WhatsApp shows them under the message body. It scrolls
 * by touch, trackpad or Shift+wheel, with the Previous and Next buttons, and by keyboard once focused (arrows move
 * one card, Home and End to either end). Its name is fixed and nothing in it is live, so typing in the form is not
 * read aloud; while the person types in one card's fields, the row brings that card into view.
 */
export function CarouselPreview({ cards, theme }: { cards: readonly RenderedCard[]; theme: PreviewTheme }) {
  const row = useRef<HTMLElement>(null);
  const cardElements = useRef<(HTMLDivElement | null)[]>([]);
  // Where a button or key press is taking the row, so presses in quick succession go on from there.
  const target = useRef<number | null>(null);
  const [edges, setEdges] = useState({ start: true, end: false });
  const colors = PREVIEW_COLORS[theme];

  function measure() {
    const element = row.current;
    if (!element) return;
    const start = element.scrollLeft <= 1;
    const end = element.scrollLeft + element.clientWidth >= element.scrollWidth - 1;
    setEdges((current) => (current.start === start && current.end === end ? current : { start, end }));
  }

  useEffect(measure, []);
  useFollowEditedCard(cards, (index) => reveal(index, false));

  function nearest(): number {
    const element = row.current;
    if (!element) return 0;
    const distances = cardElements.current.map((card) =>
      card ? Math.abs(card.offsetLeft - padding(element) - element.scrollLeft) : Number.POSITIVE_INFINITY,
    );
    return distances.indexOf(Math.min(...distances));
  }

  /** Scrolls card `index` to the row's start; with `always` false, only when it is not already fully in view. */
  function reveal(index: number, always = true) {
    const element = row.current;
    const card = cardElements.current[index];
    if (!element || !card) return;
    target.current = index;
    // The row is the cards' offset parent, so offsetLeft is measured from its padding edge, scrolling aside.
    const left = card.offsetLeft - padding(element);
    const right = card.offsetLeft + card.offsetWidth + padding(element) - element.clientWidth;
    if (!always && element.scrollLeft <= left && element.scrollLeft >= right) return;
    element.scrollTo({ left: always || element.scrollLeft > left ? left : right });
  }

  function step(by: number) {
    reveal(Math.max(0, Math.min(cards.length - 1, (target.current ?? nearest()) + by)));
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.target !== event.currentTarget) return;
    switch (event.key) {
      case "ArrowRight":
        step(1);
        break;
      case "ArrowLeft":
        step(-1);
        break;
      case "Home":
        reveal(0);
        break;
      case "End":
        reveal(cards.length - 1);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  return (
    <div className="relative mt-1">
      <section
        ref={row}
        aria-roledescription="carousel"
        aria-label="Carousel cards"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to be scrolled by keyboard.
        tabIndex={0}
        onKeyDown={onKeyDown}
        onScroll={measure}
        onScrollEnd={() => {
          target.current = null;
        }}
        className="relative -mx-4 flex snap-x snap-mandatory scroll-px-4 gap-2 overflow-x-auto overscroll-x-contain scroll-smooth px-4 pt-0.5 pb-2 [scrollbar-width:thin] focus-visible:outline-offset-[-2px] motion-reduce:scroll-auto"
      >
        {cards.map((card, index) => (
          <CarouselCard
            key={index}
            card={card}
            position={index + 1}
            count={cards.length}
            theme={theme}
            cardRef={(element) => {
              cardElements.current[index] = element;
            }}
          />
        ))}
      </section>
      {(["previous", "next"] as const).map((direction) => {
        const hidden = direction === "previous" ? edges.start : edges.end;
        return (
          <button
            key={direction}
            type="button"
            // Keyboard users scroll the row itself; these are for a mouse without a sideways wheel.
            tabIndex={-1}
            aria-label={direction === "previous" ? "Previous card" : "Next card"}
            hidden={hidden}
            onClick={() => step(direction === "previous" ? -1 : 1)}
            className={`absolute top-16 flex size-8 items-center justify-center rounded-full shadow-md ${
              direction === "previous" ? "-left-2" : "-right-2"
            }`}
            style={{ backgroundColor: colors.bar, color: colors.text }}
          >
            <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="currentColor">
              <path
                d={
                  direction === "previous"
                    ? "M15.4 7.4 14 6l-6 6 6 6 1.4-1.4L10.8 12z"
                    : "M8.6 16.6 10 18l6-6-6-6-1.4 1.4 4.6 4.6z"
                }
              />
            </svg>
          </button>
        );
      })}
    </div>
  );
}

function padding(element: HTMLElement): number {
  return Number.parseFloat(getComputedStyle(element).paddingLeft) || 0;
}

/**
 * Calls `reveal` with the card that changed when exactly one did (the person is typing in its fields); a new
 * template or a theme switch changes all or none, and leaves the row where it is.
 */
function useFollowEditedCard(cards: readonly RenderedCard[], reveal: (index: number) => void) {
  const previous = useRef<string[] | null>(null);
  const signatures = cards.map((card) => JSON.stringify(card));
  useEffect(() => {
    const before = previous.current;
    previous.current = signatures;
    if (!before || before.length !== signatures.length) return;
    const changed = signatures.flatMap((signature, index) => (signature === before[index] ? [] : [index]));
    if (changed.length === 1 && changed[0] !== undefined) reveal(changed[0]);
  });
}
