/**
 * Every WhatsApp limit the composers enforce, as data (../shared/reference/whatsapp-limits.md).
 * The schemas, the character counters and the preview's truncation all read from here, so they cannot disagree.
 * Lengths are in grapheme clusters (what a person counts), not UTF-16 code units.
 */
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
