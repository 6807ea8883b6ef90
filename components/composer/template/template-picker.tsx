"use client";

import { type KeyboardEvent, type Ref, useId, useState } from "react";
import { type ControlProps, inputClass } from "@/components/ui/field";
import { choiceMatches, statusText, type TemplateChoice } from "@/lib/templates/catalog";

/**
 * A searchable Template picker (ARIA combobox with a listbox): type to filter, arrows to move, Enter to choose,
 * Escape to close. Templates with no approved language are listed greyed with their status and reason, so the
 * person sees why, but cannot be chosen.
 */
export function TemplatePicker({
  control,
  inputRef,
  choices,
  value,
  onChange,
}: {
  control: ControlProps;
  /** Lets the form focus the picker when its value is refused. */
  inputRef?: Ref<HTMLInputElement>;
  choices: readonly TemplateChoice[];
  value: string;
  onChange: (name: string) => void;
}) {
  const listId = useId();
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const shown = query === null ? choices : choices.filter((choice) => choiceMatches(choice, query));
  const activeChoice = open ? shown[active] : undefined;
  const optionId = (index: number) => `${listId}-option-${index}`;

  function close() {
    setOpen(false);
    setQuery(null);
  }

  function choose(choice: TemplateChoice | undefined) {
    if (!choice?.selectable) return;
    onChange(choice.name);
    close();
  }

  function move(step: number) {
    if (!open) {
      setOpen(true);
      return;
    }
    if (shown.length > 0) setActive((index) => (index + step + shown.length) % shown.length);
  }

  // Home and End keep moving the caret, as in any text input (APG's editable combobox).
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case "ArrowDown":
      case "ArrowUp":
        move(event.key === "ArrowDown" ? 1 : -1);
        break;
      case "Enter":
        // Never submits the form from here: Enter on a greyed option simply does nothing.
        if (!open) return;
        choose(activeChoice);
        break;
      case "Escape":
        if (!open) return;
        close();
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  return (
    <div className="relative">
      <input
        {...control}
        ref={inputRef}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeChoice ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        className={inputClass}
        placeholder={choices.length > 0 ? "Name, category or language" : "No templates loaded"}
        value={query ?? value}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={close}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: ARIA's combobox pattern, a list as its listbox.
        role="listbox"
        aria-label="Templates"
        hidden={!open || shown.length === 0}
        className="absolute z-20 mt-1 max-h-80 w-full overflow-auto rounded-md border border-slate-200 dark:border-slate-700 bg-white dark:bg-slate-900 py-1 text-sm shadow-lg"
      >
        {shown.map((choice, index) => (
          // biome-ignore lint/a11y/useFocusableInteractive: focus stays in the input, which points at the active option (aria-activedescendant).
          <li
            key={choice.name}
            id={optionId(index)}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: ARIA's combobox pattern, a list item as an option.
            role="option"
            aria-selected={choice.name === value}
            aria-disabled={!choice.selectable || undefined}
            // mousedown, not click: the input's blur would close the list before a click arrives.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(choice);
            }}
            onMouseMove={() => setActive(index)}
            className={`px-3 py-2 ${index === active ? "bg-slate-100 dark:bg-slate-800" : ""} ${
              choice.selectable
                ? "cursor-pointer text-slate-900 dark:text-slate-100"
                : "cursor-not-allowed text-slate-400 dark:text-slate-500"
            }`}
          >
            <ChoiceView choice={choice} />
          </li>
        ))}
      </ul>
      {open && shown.length === 0 && (
        <p className="absolute z-20 mt-1 w-full rounded-md border border-slate-200 dark:border-slate-700 bg-white dark:bg-slate-900 px-3 py-2 text-sm text-slate-500 dark:text-slate-400 shadow-lg">
          No template matches.
        </p>
      )}
    </div>
  );
}

function ChoiceView({ choice }: { choice: TemplateChoice }) {
  return (
    <div className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
      <span className="font-mono font-medium">{choice.name}</span>
      {choice.category && <span className="text-xs tracking-wide uppercase opacity-70">{choice.category}</span>}
      {choice.carousel && (
        <span className="rounded bg-sky-50 dark:bg-sky-950 px-1.5 text-xs font-medium text-sky-800 dark:text-sky-200 ring-1 ring-sky-200 dark:ring-sky-800">
          Carousel
        </span>
      )}
      <span className="ml-auto flex flex-wrap gap-1">
        {choice.translations.map((translation) => (
          <span
            key={translation.language}
            title={statusText(translation)}
            className={`rounded px-1.5 font-mono text-xs ${
              translation.status === "approved"
                ? "bg-emerald-50 dark:bg-emerald-950 text-emerald-800 dark:text-emerald-200"
                : "bg-slate-100 dark:bg-slate-800 text-slate-400 dark:text-slate-500"
            }`}
          >
            {translation.language}
          </span>
        ))}
      </span>
      {!choice.selectable && (
        <span className="basis-full text-xs">{[...new Set(choice.translations.map(statusText))].join(" · ")}</span>
      )}
    </div>
  );
}
