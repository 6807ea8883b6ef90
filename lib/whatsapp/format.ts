/**
 * WhatsApp's text formatting as a pure tokenizer, as WhatsApp's apps render it (its "Format text" help page). The preview builds React elements from these tokens, so user
 * text is never interpreted as HTML. One pass per line with a delimiter stack: linear in the input, no
 * backtracking regular expressions, cheap enough to run on every keystroke.
 */

export type TextInline = { kind: "text"; text: string };
export type StyledInline = { kind: "bold" | "italic" | "strike"; children: Inline[] };
export type CodeInline = { kind: "mono" | "code"; text: string };
/** `href` is always an http(s) URL; `text` is the URL exactly as typed. */
export type LinkInline = { kind: "link"; href: string; text: string };
export type Inline = TextInline | StyledInline | CodeInline | LinkInline;

export type ParagraphBlock = { kind: "paragraph"; inlines: Inline[] };
export type BulletBlock = { kind: "bullet"; inlines: Inline[] };
/** `number` is the digits as typed, so "01." still shows "01.". */
export type NumberedBlock = { kind: "numbered"; number: string; inlines: Inline[] };
export type QuoteBlock = { kind: "quote"; inlines: Inline[] };
export type CodeBlock = { kind: "codeblock"; text: string };
export type Block = ParagraphBlock | BulletBlock | NumberedBlock | QuoteBlock | CodeBlock;

const FENCE = "```";
const STYLE_BY_MARKER: Record<string, StyledInline["kind"]> = { "*": "bold", _: "italic", "~": "strike" };
const NUMBERED_PREFIX = /^(\d+)\. /;
const SPACE = /^\s$/u;
// Emoji modifiers (variation selector, ZWJ) end an emoji, so a marker after an emoji still opens.
const BOUNDARY = /^(?:[\s\p{P}\p{S}]|\u200d|\ufe0f)$/u;
const URL_BODY = /\S+/y;
const URL_TRAILING_PUNCTUATION = new Set([".", ",", ":", ";", "!", "?", "'", '"', "*", "_", "~", "`", ">", "<"]);
const URL_CLOSERS: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

export function parseWhatsApp(text: string): Block[] {
  const lines = text.split(/\r\n?|\n/);
  const nextFenceLine = indexNextFenceLines(lines);
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const end = codeBlockEnd(lines, i, nextFenceLine);
    if (end === -1) {
      blocks.push(parseLineCached(line));
      continue;
    }
    blocks.push({ kind: "codeblock", text: codeBlockText(lines, i, end) });
    i = end;
  }
  return blocks;
}

/** For each line, the first line at or after it that contains a fence (-1 if none), so block detection stays linear. */
function indexNextFenceLines(lines: string[]): number[] {
  const next = new Array<number>(lines.length);
  let found = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i]?.includes(FENCE)) found = i;
    next[i] = found;
  }
  return next;
}

/**
 * WhatsApp lets ``` monospace run over several lines, unlike every other marker. We treat it as a block when
 * a line starts with ``` that does not close on that line and the next line containing ``` ends with it;
 * a ``` that opens or closes mid-line across lines is left literal, as the inline rules cannot place it.
 * Returns the closing line's index, or -1 when line `start` opens no block.
 */
function codeBlockEnd(lines: string[], start: number, nextFenceLine: number[]): number {
  const line = lines[start] ?? "";
  if (!line.startsWith(FENCE) || line.includes(FENCE, FENCE.length)) return -1;
  const end = nextFenceLine[start + 1] ?? -1;
  if (end === -1) return -1;
  const closing = lines[end] ?? "";
  return closing.indexOf(FENCE) === closing.length - FENCE.length ? end : -1;
}

/**
 * The fences disappear when WhatsApp renders the block, and so do the line breaks that only set them on lines
 * of their own: "```\ncode\n```" shows "code", without a blank line above and below.
 */
function codeBlockText(lines: string[], start: number, end: number): string {
  const first = (lines[start] ?? "").slice(FENCE.length);
  const lastLine = lines[end] ?? "";
  const last = lastLine.slice(0, lastLine.length - FENCE.length);
  const parts = [first, ...lines.slice(start + 1, end), last];
  if (first === "") parts.shift();
  if (last === "" && parts.length > 0) parts.pop();
  return parts.join("\n");
}

// Typing changes one line of a long text at a time: the other lines come back from here as the same objects, so the
// preview can skip re-rendering them. Blocks are never mutated after parsing. Bounded: cleared when full.
const LINE_CACHE_LIMIT = 2000;
const lineCache = new Map<string, Block>();

function parseLineCached(line: string): Block {
  let block = lineCache.get(line);
  if (block === undefined) {
    if (lineCache.size >= LINE_CACHE_LIMIT) lineCache.clear();
    block = parseLine(line);
    lineCache.set(line, block);
  }
  return block;
}

function parseLine(line: string): Block {
  if (line.startsWith("* ") || line.startsWith("- ")) return { kind: "bullet", inlines: parseInlines(line.slice(2)) };
  if (line.startsWith("> ")) return { kind: "quote", inlines: parseInlines(line.slice(2)) };
  const numbered = NUMBERED_PREFIX.exec(line);
  if (numbered?.[1] !== undefined) {
    return { kind: "numbered", number: numbered[1], inlines: parseInlines(line.slice(numbered[0].length)) };
  }
  return { kind: "paragraph", inlines: parseInlines(line) };
}

type Frame = { marker: string; children: Inline[] };

/** Inline formatting within one line: markers never span lines. */
export function parseInlines(line: string): Inline[] {
  const root: Frame = { marker: "", children: [] };
  const stack: Frame[] = [root];
  const openCount: Record<string, number> = { "*": 0, _: 0, "~": 0 };
  const codeCloser = new CloserFinder(line, "`");
  const monoCloser = new CloserFinder(line, FENCE);
  let textStart = 0;
  let i = 0;

  const top = (): Frame => stack[stack.length - 1] ?? root;
  const emit = (token: Inline, at: number, resumeAt: number) => {
    appendText(top().children, line.slice(textStart, at));
    top().children.push(token);
    i = resumeAt;
    textStart = resumeAt;
  };

  while (i < line.length) {
    const ch = line[i] ?? "";
    if (ch === "`") {
      const run = runLength(line, i, "`");
      const marker = run === 3 ? FENCE : run === 1 ? "`" : "";
      const close =
        marker && canOpen(line, i, marker) ? (marker === FENCE ? monoCloser : codeCloser).find(i + run + 1) : -1;
      if (close === -1) {
        i += run;
        continue;
      }
      emit({ kind: run === 3 ? "mono" : "code", text: line.slice(i + run, close) }, i, close + run);
      continue;
    }
    const style = STYLE_BY_MARKER[ch];
    if (style !== undefined) {
      if ((openCount[ch] ?? 0) > 0 && canClose(line, i, ch)) {
        appendText(top().children, line.slice(textStart, i));
        closeFrame(stack, ch, style, openCount);
        i += 1;
        textStart = i;
        continue;
      }
      if (canOpen(line, i, ch)) {
        appendText(top().children, line.slice(textStart, i));
        stack.push({ marker: ch, children: [] });
        openCount[ch] = (openCount[ch] ?? 0) + 1;
        i += 1;
        textStart = i;
        continue;
      }
      i += 1;
      continue;
    }
    const linkEnd = isUrlStartChar(ch) ? matchUrl(line, i) : -1;
    if (linkEnd !== -1) {
      const url = line.slice(i, linkEnd);
      emit({ kind: "link", href: /^https?:\/\//i.test(url) ? url : `https://${url}`, text: url }, i, linkEnd);
      continue;
    }
    i += 1;
  }

  appendText(top().children, line.slice(textStart));
  while (stack.length > 1) unwindAsLiteral(stack);
  return root.children;
}

/** Pops up to the innermost opener of `marker`; openers crossed on the way were never closed, so they show literally. */
function closeFrame(stack: Frame[], marker: string, kind: StyledInline["kind"], openCount: Record<string, number>) {
  while (stack.length > 1 && stack[stack.length - 1]?.marker !== marker) {
    const crossed = stack[stack.length - 1];
    if (crossed) openCount[crossed.marker] = (openCount[crossed.marker] ?? 1) - 1;
    unwindAsLiteral(stack);
  }
  const frame = stack.pop();
  const parent = stack[stack.length - 1];
  if (!frame || !parent) return;
  openCount[marker] = (openCount[marker] ?? 1) - 1;
  parent.children.push({ kind, children: frame.children });
}

function unwindAsLiteral(stack: Frame[]) {
  const frame = stack.pop();
  const parent = stack[stack.length - 1];
  if (!frame || !parent) return;
  appendText(parent.children, frame.marker);
  for (const child of frame.children) {
    if (child.kind === "text") appendText(parent.children, child.text);
    else parent.children.push(child);
  }
}

function appendText(children: Inline[], text: string) {
  if (text === "") return;
  const last = children[children.length - 1];
  if (last?.kind === "text") last.text += text;
  else children.push({ kind: "text", text });
}

function runLength(line: string, at: number, ch: string): number {
  let end = at;
  while (line[end] === ch) end++;
  return end - at;
}

/** The code point that ends just before `at`, so an emoji (a surrogate pair) counts as one symbol. */
function charBefore(line: string, at: number): string {
  const low = line.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) return line.slice(at - 2, at);
  return line.slice(at - 1, at);
}

function charAfter(line: string, at: number): string {
  const cp = line.codePointAt(at);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

/**
 * Opening: after start-of-text, whitespace or punctuation, and before a non-space. The next character must
 * not be the same marker either: that is why WhatsApp shows `**double**` with its asterisks.
 */
function canOpen(line: string, at: number, marker: string): boolean {
  const after = charAfter(line, at + marker.length);
  if (after === "" || SPACE.test(after) || after === marker[0]) return false;
  return at === 0 || BOUNDARY.test(charBefore(line, at));
}

/** Closing: after a non-space (not the same marker), and before whitespace, punctuation or end-of-text. */
function canClose(line: string, at: number, marker: string): boolean {
  const before = charBefore(line, at);
  if (before === "" || SPACE.test(before) || before === marker[0]) return false;
  const after = charAfter(line, at + marker.length);
  return after === "" || (after !== marker[0] && BOUNDARY.test(after));
}

/**
 * Finds the first valid closer at or after a position. Openers are tried left to right, so remembering the
 * last answer keeps a line full of unmatched backticks linear instead of quadratic.
 */
class CloserFinder {
  private from = Number.POSITIVE_INFINITY;
  private found = -1;

  constructor(
    private readonly line: string,
    private readonly marker: string,
  ) {}

  find(from: number): number {
    if (from >= this.from && (this.found === -1 || from <= this.found)) return this.found;
    this.from = from;
    this.found = -1;
    for (let at = this.line.indexOf(this.marker, from); at !== -1; at = this.line.indexOf(this.marker, at + 1)) {
      if (
        runLength(this.line, at, "`") === this.marker.length &&
        this.line[at - 1] !== "`" &&
        canClose(this.line, at, this.marker)
      ) {
        this.found = at;
        break;
      }
    }
    return this.found;
  }
}

function isUrlStartChar(ch: string): boolean {
  return ch === "h" || ch === "H" || ch === "w" || ch === "W";
}

/** Returns where a URL starting at `at` ends, or -1. Trailing punctuation belongs to the sentence, not the URL. */
function matchUrl(line: string, at: number): number {
  const head = line.slice(at, at + 8).toLowerCase();
  const prefix = head.startsWith("https://") ? 8 : head.startsWith("http://") ? 7 : head.startsWith("www.") ? 4 : 0;
  if (prefix === 0 || (at > 0 && !BOUNDARY.test(charBefore(line, at)))) return -1;
  URL_BODY.lastIndex = at;
  let end = at + (URL_BODY.exec(line)?.[0].length ?? 0);
  const brackets = countBrackets(line, at, end);
  while (end > at + prefix) {
    const last = line[end - 1] ?? "";
    const opener = URL_CLOSERS[last];
    // A closing bracket stays when the URL opened it, as in https://en.wikipedia.org/wiki/Mercury_(planet).
    const unbalanced = opener !== undefined && (brackets.get(last) ?? 0) > (brackets.get(opener) ?? 0);
    if (!URL_TRAILING_PUNCTUATION.has(last) && !unbalanced) break;
    brackets.set(last, (brackets.get(last) ?? 0) - 1);
    end--;
  }
  return end > at + prefix ? end : -1;
}

function countBrackets(line: string, from: number, to: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = from; i < to; i++) {
    const ch = line[i] ?? "";
    if ("()[]{}".includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  return counts;
}

/** A formatted text's words without its markers, lines run on with a space: where only text can go (an alt text). */
export function plainText(text: string): string {
  return parseWhatsApp(text)
    .map((block) => (block.kind === "codeblock" ? block.text : inlineText(block.inlines)))
    .filter((words) => words !== "")
    .join(" ");
}

function inlineText(inlines: Inline[]): string {
  return inlines.map((inline) => ("children" in inline ? inlineText(inline.children) : inline.text)).join("");
}
