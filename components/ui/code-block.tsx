import type { ReactNode } from "react";

/**
 * A labelled, scrollable block of preformatted text. It takes focus so that a keyboard alone can scroll a request
 * longer than the box (WCAG's scrollable-region rule).
 */
export function CodeBlock({
  label,
  className = "",
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled by keyboard.
      tabIndex={0}
      className={`overflow-auto ${className}`}
    >
      <pre className="w-max min-w-full p-3 font-mono text-xs leading-relaxed">{children}</pre>
    </section>
  );
}
