const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Length as a person counts it: one emoji (even a family or a flag) is one character. */
export function graphemeLength(text: string): number {
  // Pure ASCII has one grapheme per code unit except CRLF; skipping the segmenter keeps long texts cheap per keystroke.
  if (/^[\x00-\x7f]*$/.test(text)) return text.length - (text.match(/\r\n/g)?.length ?? 0);
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

/** Cuts text to at most `max` graphemes without splitting one. */
export function truncateGraphemes(text: string, max: number): string {
  if (graphemeLength(text) <= max) return text;
  let out = "";
  let count = 0;
  for (const { segment } of segmenter.segment(text)) {
    if (count === max) break;
    out += segment;
    count++;
  }
  return out;
}

/** Size in bytes once encoded as UTF-8, as Connectly measures callbackData. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}
