/**
 * Every WhatsApp limit the composers enforce, as data (the WhatsApp Business Platform's documented limits).
 * The schemas, the character counters and the preview's truncation all read from here, so they cannot disagree.
 *
 * What Meta counts, as far as the sources available here tell:
 * - Known: Meta's Cloud API pages (and every restatement of them in the seeds and reference sheets) give these
 *   limits in "characters" and say that emoji are allowed in titles; none of them defines a character. Connectly
 *   counts callbackData in bytes of its JSON form ("up to 1024 bytes"), the one limit stated in bytes.
 * - Not known: whether Meta's servers count grapheme clusters, Unicode code points or UTF-16 code units. No
 *   source here settles it, and this machine cannot reach Meta to try.
 * - Assumed: a character is what a person sees (a grapheme cluster, so an emoji is one), which is what the
 *   counters show. A text near a limit that is full of emoji may therefore be refused by WhatsApp if Meta counts
 *   code units; a text well within it never is.
 * - Enforced on top, in browser and server alike: every text field is also capped at UNITS_PER_CHARACTER UTF-16
 *   code units and BYTES_PER_CHARACTER UTF-8 bytes per allowed character. A field full of the longest emoji in
 *   use still fits (a family is 11 units and 25 bytes, a kiss with two skin tones 15 and 35); a "20-character"
 *   title built of 40,000 combining marks does not.
 */
export const UNITS_PER_CHARACTER = 16;
export const BYTES_PER_CHARACTER = 40;

/** A text field's three ceilings: what a person counts, and the two a machine counts. */
export interface TextCaps {
  graphemes: number;
  utf16: number;
  bytes: number;
}

export function textCaps(max: number): TextCaps {
  return { graphemes: max, utf16: max * UNITS_PER_CHARACTER, bytes: max * BYTES_PER_CHARACTER };
}

/**
 * Connectly documents no length for a BSUID; its examples are 23 characters (US.13491208655302741918). The cap
 * keeps a pasted page out of the request and the history.
 */
export const BSUID_MAX_LENGTH = 128;

/** Longer URLs are refused by some browsers and CDNs; Connectly and WhatsApp must fetch the file by it. */
export const MEDIA_URL_MAX_LENGTH = 2048;

export const LIMITS = {
  text: { body: 4096 },
  caption: 1024,
  /** Not a WhatsApp figure: file systems allow 255 bytes, and a shorter cap keeps the bubble readable. */
  fileName: 240,
  callbackDataBytes: 1024,
  recipientName: 256,
  campaignName: 128,
  list: {
    header: 60,
    body: 4096,
    bodyWarn: 1024,
    footer: 60,
    button: 20,
    sections: 10,
    sectionTitle: 24,
    rowsTotal: 10,
    rowId: 200,
    rowTitle: 24,
    rowDescription: 72,
  },
  buttons: { min: 1, max: 3, title: 20, id: 256, body: 1024, footer: 60, headerText: 60 },
  /** Meta sets no documented maximum for these ids; the cap only stops pasted junk. */
  product: { body: 1024, footer: 60, catalogId: 100, retailerId: 100 },
  products: { header: 60, body: 1024, footer: 60, sections: 10, sectionTitle: 24, productsTotal: 30 },
  location: { latitude: [-90, 90], longitude: [-180, 180], placeText: 1000 },
  template: { body: 1024, header: 60, footer: 60, bodyVariables: 15 },
  /** A carousel template's cards; the card body is measured after its variables are filled in, as the body is. */
  carousel: { minCards: 2, maxCards: 10, cardBody: 160, cardButtons: 2 },
} as const;

/** File extensions WhatsApp accepts per attachment kind; anything else gets a warning, not a refusal. */
export const MEDIA_EXTENSIONS = {
  image: ["jpg", "jpeg", "png"],
  video: ["mp4", "3gp", "3gpp"],
  audio: ["aac", "amr", "mp3", "mpeg", "m4a", "mp4", "ogg", "opus"],
  document: ["pdf", "txt", "doc", "docx", "xls", "xlsx", "ppt", "pptx"],
} as const;
