import fc from "fast-check";

/**
 * Form values as the composers hold them, for the property test that the form's schemas and the sandbox's
 * validators agree. "wide" values include what only a hand-made POST holds (control characters, invisible
 * characters, private hosts); "typed" values are what a person types into the form.
 */
export type Breadth = "wide" | "typed";

const TYPED_TOKENS = ["a", "Z", "7", " ", "é", "e\u0301", "👍", "👨‍👩‍👧‍👦", "🇧🇷", "中", "*", "-"];
const WIDE_TOKENS = [...TYPED_TOKENS, "\u0000", "\u0007", "\u200b", "\u2028", "\ud800"];

export interface TextOptions {
  multiline?: boolean;
  /** No spaces: an identifier. */
  id?: boolean;
  /** Never blank: a part the form requires once chosen (a header's text or URL). */
  filled?: boolean;
  /** The dashboard's own cap, which Connectly does not share: typed values stay within it. */
  own?: boolean;
}

/** A text of about `max` characters: mostly within it, sometimes blank, sometimes one over. */
export function text(max: number, breadth: Breadth, options: TextOptions = {}): fc.Arbitrary<string> {
  if (breadth === "wide") {
    return fc.oneof({ weight: 9, arbitrary: tokens(max, TYPED_TOKENS, options) }, tokens(max, WIDE_TOKENS, options));
  }
  return tokens(options.own ? max - 1 : max, TYPED_TOKENS, options);
}

function tokens(max: number, set: string[], options: TextOptions): fc.Arbitrary<string> {
  const all = [...set, ...(options.multiline ? ["\n", "\t"] : [])];
  const pick = options.id ? all.filter((token) => token !== " ") : all;
  const length = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 1, max: Math.min(max, 40) }) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max }) },
    { weight: 1, arbitrary: fc.constantFrom(options.filled ? 1 : 0, max, max + 1) },
  );
  // A short random pattern repeated to the length: cheap to make at 4,096 characters, and it still mixes tokens.
  const pattern = fc.array(fc.constantFrom(...pick), { minLength: 1, maxLength: 12 });
  return fc.tuple(length, pattern).map(([n, tokens]) => {
    const t = Array.from({ length: n }, (_, i) => tokens[i % tokens.length]);
    return options.filled && n > 0 ? `a${t.slice(1).join("")}` : t.join("");
  });
}

const PUBLIC_URLS = [
  "https://example.com/image.jpg",
  "https://cdn.connectly.ai/26fa/26fa1308-d328-41c9-a6a1-d5f4225a3768",
  "https://93.184.215.14/doc.pdf",
  "http://example.com/video.mp4",
];
const BAD_URLS = [
  "",
  "example.com/a.jpg",
  "ftp://example.com/a.jpg",
  "https://localhost/a.png",
  "https://10.0.0.7/a.png",
  "https://169.254.169.254/latest",
  "https://[::ffff:127.0.0.1]/a.png",
  "https://user:pass@example.com/a.png",
  `https://example.com/${"a".repeat(2100)}`,
];

/** Mostly `valid`, and in wide values sometimes one of `invalid`. */
function mostly<T>(breadth: Breadth, valid: readonly T[], invalid: readonly T[]): fc.Arbitrary<T> {
  const good = fc.constantFrom(...valid);
  return breadth === "wide" ? fc.oneof({ weight: 6, arbitrary: good }, fc.constantFrom(...invalid)) : good;
}

export function mediaUrl(breadth: Breadth) {
  return mostly(breadth, PUBLIC_URLS, BAD_URLS);
}

export function envelope(breadth: Breadth) {
  return fc.record({
    recipient: fc.record({
      id: mostly(
        breadth,
        ["+16044441111", " +16044441111 ", "US.13491208655302741918"],
        ["6044441111", "+1604", "", "US.", `US.${"1".repeat(200)}`],
      ),
      name: text(256, breadth, { own: true }),
    }),
    senderId: mostly(breadth, ["", "+14151111234"], ["+1415", "4151111234"]),
    campaignName: text(128, breadth, { own: true }),
    callbackData: mostly(
      breadth,
      ["", '{"ticket": 1}', '"order-42"', "[1, 2]", "null", JSON.stringify("x".repeat(974))],
      ["{oops", JSON.stringify("x".repeat(975)), '{"a": "\\u0000"}'],
    ),
  });
}

/** Adds the message part of a composer's values to an envelope. */
export function withMessage<T>(breadth: Breadth, message: fc.Arbitrary<T>) {
  return fc.record({ envelope: envelope(breadth), message }).map(({ envelope, message }) => ({ ...envelope, message }));
}

export function header(breadth: Breadth) {
  return fc.record({
    type: fc.constantFrom("none", "text", "image", "video", "document"),
    text: text(60, breadth, { filled: true }),
    url: mediaUrl(breadth),
    filename: text(240, breadth, { own: true }),
  });
}

/** Usually a few items, sometimes up to one over `max`. */
export function items<T>(item: fc.Arbitrary<T>, max: number) {
  return fc.oneof(
    { weight: 5, arbitrary: fc.array(item, { minLength: 1, maxLength: 3 }) },
    { weight: 1, arbitrary: fc.array(item, { minLength: 0, maxLength: max + 1 }) },
  );
}

/** Ids that repeat now and then, so uniqueness rules are exercised. */
export function id(max: number, breadth: Breadth, options: TextOptions = {}) {
  return fc.oneof(
    { weight: 9, arbitrary: text(max, breadth, { ...options, id: true }) },
    { weight: 1, arbitrary: fc.constant("dup") },
  );
}
