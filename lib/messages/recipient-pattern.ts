/**
 * Reads the digit patterns of libphonenumber's metadata ("[2-9]\d{9}|3\d{6}") so that a number can be judged part-way
 * through: which whole numbers a prefix can still become, not only whether the whole matches. JavaScript's RegExp
 * has no partial match, so the pattern becomes a small automaton (digits, classes, groups, `|`, `?`, `{n}`, `{n,m}`:
 * all the metadata uses); anything else throws, and the caller then judges nothing.
 */

interface State {
  /** Digits 0-9 as bits: the digit this state reads; 0 for a state that only joins others. */
  reads: number;
  to: number;
  /** Where this state leads without reading a digit. */
  joins: number[];
}

export interface DigitPattern {
  states: State[];
  start: number;
  end: number;
}

const ALL_DIGITS = 0b1111111111;

type Atom = { digits: number } | { options: Item[][] };
interface Item {
  atom: Atom;
  min: number;
  max: number;
}

function parse(source: string): Item[][] {
  let at = 0;
  const fail = (): never => {
    throw new Error(`Unsupported digit pattern at ${at}: ${source}`);
  };
  const digitAt = () => {
    const code = source.charCodeAt(at) - 48;
    if (code < 0 || code > 9) fail();
    at++;
    return code;
  };
  const number = () => {
    const begun = at;
    while (/\d/.test(source[at] ?? "")) at++;
    if (at === begun) fail();
    return Number(source.slice(begun, at));
  };
  const anyDigit = () => {
    if (source.slice(at, at + 2) !== "\\d") fail();
    at += 2;
    return ALL_DIGITS;
  };
  const digitClass = () => {
    at++;
    let digits = 0;
    while (source[at] !== "]") {
      if (at >= source.length) fail();
      if (source[at] === "\\") {
        digits |= anyDigit();
        continue;
      }
      const from = digitAt();
      let to = from;
      if (source[at] === "-") {
        at++;
        to = digitAt();
      }
      for (let digit = from; digit <= to; digit++) digits |= 1 << digit;
    }
    at++;
    return digits;
  };
  const atom = (): Atom => {
    const char = source[at];
    if (char === "\\") return { digits: anyDigit() };
    if (char === "[") return { digits: digitClass() };
    if (char === "(") {
      at += source.startsWith("(?:", at) ? 3 : 1;
      const options = alternatives();
      if (source[at] !== ")") fail();
      at++;
      return { options };
    }
    return { digits: 1 << digitAt() };
  };
  const sequence = (): Item[] => {
    const items: Item[] = [];
    while (at < source.length && source[at] !== "|" && source[at] !== ")") {
      const item: Item = { atom: atom(), min: 1, max: 1 };
      if (source[at] === "?") {
        item.min = 0;
        at++;
      } else if (source[at] === "{") {
        at++;
        item.min = number();
        item.max = item.min;
        if (source[at] === ",") {
          at++;
          item.max = number();
        }
        if (source[at] !== "}") fail();
        at++;
      }
      items.push(item);
    }
    return items;
  };
  const alternatives = (): Item[][] => {
    const options = [sequence()];
    while (source[at] === "|") {
      at++;
      options.push(sequence());
    }
    return options;
  };
  const options = alternatives();
  if (at !== source.length) fail();
  return options;
}

function build(options: Item[][]): DigitPattern {
  const states: State[] = [];
  const state = () => states.push({ reads: 0, to: -1, joins: [] }) - 1;
  const place = (atomToPlace: Atom, from: number): number => {
    const end = state();
    if ("digits" in atomToPlace) {
      const reader = state();
      states[reader] = { reads: atomToPlace.digits, to: end, joins: [] };
      states[from]?.joins.push(reader);
      return end;
    }
    for (const option of atomToPlace.options) states[placeAll(option, from)]?.joins.push(end);
    return end;
  };
  const placeAll = (items: Item[], from: number): number => {
    let at = from;
    for (const item of items) {
      for (let i = 0; i < item.min; i++) at = place(item.atom, at);
      for (let i = item.min; i < item.max; i++) {
        const skipped = at;
        at = place(item.atom, at);
        states[skipped]?.joins.push(at);
      }
    }
    return at;
  };
  const start = state();
  const end = state();
  for (const option of options) states[placeAll(option, start)]?.joins.push(end);
  return { states, start, end };
}

const compiled = new Map<string, DigitPattern>();

/** The pattern as an automaton, made once per pattern; throws for syntax the metadata does not use. */
export function digitPattern(source: string): DigitPattern {
  let pattern = compiled.get(source);
  if (!pattern) {
    pattern = build(parse(source));
    compiled.set(source, pattern);
  }
  return pattern;
}

function joined(pattern: DigitPattern, from: Iterable<number>): Set<number> {
  const reached = new Set<number>();
  const stack = [...from];
  while (stack.length > 0) {
    const at = stack.pop() as number;
    if (reached.has(at)) continue;
    reached.add(at);
    stack.push(...(pattern.states[at]?.joins ?? []));
  }
  return reached;
}

/** What `digits` leave of the pattern: whether they are a whole match, and whether more digits could still match. */
export function afterDigits(pattern: DigitPattern, digits: string): { whole: boolean; more: boolean } {
  let at = joined(pattern, [pattern.start]);
  for (const char of digits) {
    const bit = 1 << (char.charCodeAt(0) - 48);
    const next: number[] = [];
    for (const index of at) {
      const state = pattern.states[index];
      if (state && state.reads & bit) next.push(state.to);
    }
    at = joined(pattern, next);
    if (at.size === 0) break;
  }
  let more = false;
  for (const index of at) if (pattern.states[index]?.reads) more = true;
  return { whole: at.has(pattern.end), more };
}
