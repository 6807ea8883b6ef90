"use client";

import type { ReactNode } from "react";
import { type Control, type FieldValues, useWatch } from "react-hook-form";

/**
 * The one part of a composer that re-renders within the keystroke: the bubble shows what was typed in the frame it
 * was typed in. Everything else follows in a transition (useValuesInTransition).
 */
export function LivePreview<V extends FieldValues>({
  control,
  render,
}: {
  control: Control<V, unknown, unknown>;
  render: (values: V) => ReactNode;
}) {
  return render(useWatch({ control }) as V);
}
