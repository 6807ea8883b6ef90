import { graphemeLength, truncateGraphemes } from "@/lib/messages/graphemes";
import type { Segment } from "./render";

/**
 * WhatsApp folds a marketing template's body after about five lines behind "Read more". Lines depend on the
 * phone's width, so this estimates them: a bubble in the preview holds about this many characters per line.
 */
export const READ_MORE: ReadMoreLayout = { lines: 5, charsPerLine: 34 };

export interface ReadMoreLayout {
  lines: number;
  charsPerLine: number;
}

/** How many characters (graphemes) of the body show before "Read more", or undefined when all of it fits. */
export function readMoreCut(text: string, { lines, charsPerLine }: ReadMoreLayout = READ_MORE): number | undefined {
  let budget = lines;
  let kept = 0;
  const rows = text.split(/\r\n?|\n/);
  for (const [index, row] of rows.entries()) {
    const length = graphemeLength(row);
    const needed = Math.max(1, Math.ceil(length / charsPerLine));
    if (needed > budget) return kept + budget * charsPerLine;
    budget -= needed;
    kept += length + (index < rows.length - 1 ? 1 : 0);
  }
  return undefined;
}

/** The first `max` graphemes of the segments, with trailing spaces and line breaks dropped. */
export function cutSegments(segments: readonly Segment[], max: number): Segment[] {
  const cut: Segment[] = [];
  let left = max;
  for (const segment of segments) {
    if (left <= 0) break;
    const text = truncateGraphemes(segment.text.replace(/\r\n?/g, "\n"), left);
    cut.push({ ...segment, text });
    left -= graphemeLength(text);
  }
  const last = cut.at(-1);
  if (last) last.text = last.text.trimEnd();
  return cut.filter((segment) => segment.text !== "");
}
