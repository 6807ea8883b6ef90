const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

function segmentCount(text: string): number {
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

const isAscii = (code: number) => code < 0x80;
const CR = 13;
const LF = 10;

/**
 * Length as a person counts it: one emoji (even a family or a flag) is one character.
 *
 * Counted on every keystroke of texts up to 4,096 characters, and the segmenter is slow, so only the non-ASCII
 * islands go through it. Between two ASCII characters there is always a grapheme boundary, except CR LF; an
 * island therefore ends one ASCII character past the last non-ASCII one (that character may join it, e.g. after
 * a prepended mark), and the rest is counted directly.
 */
export function graphemeLength(text: string): number {
  const known = counted.get(text);
  if (known !== undefined) return known;
  const count = countGraphemes(text);
  // The same texts are counted several times per keystroke (the counter, the warning, the schema): keep the last few.
  if (counted.size >= COUNTED_MAX) counted.delete(counted.keys().next().value as string);
  counted.set(text, count);
  return count;
}

const COUNTED_MAX = 64;
const counted = new Map<string, number>();

function countGraphemes(text: string): number {
  let count = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    const next = i + 1 < n ? text.charCodeAt(i + 1) : -1;
    if (isAscii(code) && (next === -1 || isAscii(next))) {
      if (!(code === CR && next === LF)) count++;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      const after = j + 1 < n ? text.charCodeAt(j + 1) : -1;
      if (isAscii(c) && c !== CR && (after === -1 || isAscii(after))) break;
      j++;
    }
    const end = Math.min(j + 1, n);
    count += segmentCount(text.slice(i, end));
    i = end;
  }
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
