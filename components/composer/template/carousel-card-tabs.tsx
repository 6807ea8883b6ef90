"use client";

import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import type { TemplateVariable } from "@/lib/templates/variables";
import type { TemplateForm } from "./template-variable-fields";

interface CardFields {
  card: number;
  variables: TemplateVariable[];
}

/**
 * A carousel's cards as tabs, "Card 1", "Card 2", …, each panel holding that card's fields (ARIA tabs: arrows,
 * Home and End move between cards). Every panel stays mounted, only hidden, so a value typed in one card is kept
 * and checked while another is shown. A card with a problem says so on its tab, and after a Send that was refused
 * the first such card opens and its field takes the focus, as the field would if it were not behind a tab.
 */
export function CarouselCardTabs({
  form,
  variables,
  renderField,
}: {
  form: TemplateForm;
  /** The carousel cards' variables, each with its `card`. */
  variables: readonly TemplateVariable[];
  renderField: (variable: TemplateVariable) => ReactNode;
}) {
  const id = useId();
  const cards = groupByCard(variables);
  const [active, setActive] = useState(0);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const panels = useRef<(HTMLDivElement | null)[]>([]);
  const errors = form.formState.errors;
  const hasProblem = (card: CardFields) =>
    card.variables.some((v) => errors.variables?.[v.name] !== undefined || errors.filenames?.[v.name] !== undefined);
  const problems = cards.map(hasProblem);
  const shown = Math.min(active, cards.length - 1);

  const submitCount = form.formState.submitCount;
  const firstProblem = problems.indexOf(true);
  // The card whose first field in error should take the focus once its panel is shown.
  const focusWhenShown = useRef<number | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per Send; later edits must not move the tabs.
  useEffect(() => {
    if (submitCount === 0 || firstProblem < 0) return;
    // The form has focused the first field in error; when that field sits in a hidden panel, nothing took focus.
    if (document.activeElement?.getAttribute("aria-invalid") === "true") return;
    focusWhenShown.current = firstProblem;
    setActive(firstProblem);
  }, [submitCount]);
  // After every render, so it runs once the chosen panel is no longer hidden.
  useEffect(() => {
    if (focusWhenShown.current !== shown) return;
    focusWhenShown.current = null;
    panels.current[shown]?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });

  function select(index: number) {
    setActive(index);
    tabs.current[index]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const last = cards.length - 1;
    const next = { ArrowRight: shown + 1, ArrowLeft: shown - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    select(next > last ? 0 : next < 0 ? last : next);
  }

  return (
    <div className="space-y-2">
      <div>
        <h3 id={`${id}-heading`} className="text-sm font-semibold text-slate-900 dark:text-slate-100">
          Carousel cards
        </h3>
        <p className="text-xs text-slate-500 dark:text-slate-400">
          All {cards.length} cards are sent together: fill in each one. Use the arrow keys to move between them.
        </p>
      </div>
      <div
        role="tablist"
        aria-labelledby={`${id}-heading`}
        onKeyDown={onKeyDown}
        className="flex flex-wrap gap-1 border-b border-slate-200 dark:border-slate-700"
      >
        {cards.map((card, index) => (
          <button
            key={card.card}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${index}`}
            aria-controls={`${id}-panel-${index}`}
            aria-selected={index === shown}
            tabIndex={index === shown ? 0 : -1}
            onClick={() => select(index)}
            className={`-mb-px flex items-center gap-1.5 rounded-t-md border px-3 py-1.5 text-sm font-medium ${
              index === shown
                ? "border-slate-200 dark:border-slate-700 border-b-white bg-white dark:bg-slate-900 text-slate-900 dark:text-slate-100"
                : "border-transparent text-slate-600 dark:text-slate-400 hover:text-slate-900 dark:hover:text-slate-100"
            }`}
          >
            Card {card.card + 1}
            {problems[index] && (
              <>
                <span aria-hidden="true" className="size-2 rounded-full bg-red-600" />
                <span className="sr-only">, needs attention</span>
              </>
            )}
          </button>
        ))}
      </div>
      {cards.map((card, index) => (
        <div
          key={card.card}
          ref={(element) => {
            panels.current[index] = element;
          }}
          role="tabpanel"
          id={`${id}-panel-${index}`}
          aria-labelledby={`${id}-tab-${index}`}
          hidden={index !== shown}
          className="grid gap-4 pt-2"
        >
          {card.variables.map(renderField)}
        </div>
      ))}
    </div>
  );
}

function groupByCard(variables: readonly TemplateVariable[]): CardFields[] {
  const byCard = new Map<number, TemplateVariable[]>();
  for (const variable of variables) {
    const card = variable.card ?? 0;
    byCard.set(card, [...(byCard.get(card) ?? []), variable]);
  }
  return [...byCard.entries()].sort(([a], [b]) => a - b).map(([card, list]) => ({ card, variables: list }));
}
