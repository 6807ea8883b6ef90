import { describe, expect, it } from "vitest";
import { SEED_EXAMPLES } from "../connectly/sandbox/fixtures/seed-examples";
import { attachmentDefaults } from "./attachment";
import { buttonsDefaults } from "./buttons";
import { detectMessageType } from "./detect-type";
import { listDefaults } from "./list";
import { locationDefaults } from "./location";
import { productDefaults } from "./product";
import { productsDefaults } from "./products";
import { COMPOSER_TYPE_LABELS, isMessageType, MESSAGE_TYPES, MESSAGES, type MessageType } from "./registry";
import type { SessionMessageContent, SessionMessageRequest } from "./request";
import { textDefaults } from "./text";

const DEFAULTS: { [T in MessageType]: unknown } = {
  text: textDefaults,
  image: attachmentDefaults,
  video: attachmentDefaults,
  audio: attachmentDefaults,
  document: attachmentDefaults,
  location: locationDefaults,
  list: listDefaults,
  buttons: buttonsDefaults,
  product: productDefaults,
  products: productsDefaults,
};

const RECIPIENT = { id: "+16044441111", channelType: "whatsapp" } as const;

function request(message: SessionMessageContent, envelope: Partial<SessionMessageRequest> = {}): SessionMessageRequest {
  return { recipient: RECIPIENT, message, ...envelope };
}

const ROWS = [
  { id: "r1", text: "Small" },
  { id: "r2", text: "Large", description: "Twice the size" },
];

const BUTTONS = [
  { id: "yes", text: "Yes" },
  { id: "no", text: "No" },
];

/** Requests the composers can send, beyond the seed: every header kind, optional parts present and absent. */
const REPRESENTATIVE: { name: string; type: MessageType; request: SessionMessageRequest }[] = [
  {
    name: "text with recipient name, campaign and object callback data",
    type: "text",
    request: request(
      { text: "  Hi *Ana*,\n\nyour order shipped. " },
      {
        recipient: { ...RECIPIENT, name: "Ana Souza" },
        campaignName: "Spring sale",
        callbackData: { orderId: 42, tags: ["vip", null], nested: { ok: true } },
      },
    ),
  },
  {
    name: "text with string callback data",
    type: "text",
    request: request({ text: "Hi" }, { callbackData: "order-42" }),
  },
  { name: "text with number callback data", type: "text", request: request({ text: "Hi" }, { callbackData: 7 }) },
  { name: "text with null callback data", type: "text", request: request({ text: "Hi" }, { callbackData: null }) },
  {
    name: "text to a BSUID",
    type: "text",
    request: { recipient: { id: "US.13491208655302741918", channelType: "whatsapp" }, message: { text: "Hi" } },
  },
  {
    name: "image without caption",
    type: "image",
    request: request({ attachments: [{ type: "image", url: "https://example.com/a.png" }] }),
  },
  {
    name: "video without caption",
    type: "video",
    request: request({ attachments: [{ type: "video", url: "https://example.com/v.mp4" }] }),
  },
  {
    name: "document with file name only",
    type: "document",
    request: request({
      attachments: [{ type: "document", url: "https://example.com/d.pdf", filename: "invoice.pdf" }],
    }),
  },
  {
    name: "location without name or address",
    type: "location",
    request: request({ location: { latitude: -33.8688, longitude: 151.2093 } }),
  },
  {
    name: "location a hair off the equator and the meridian",
    type: "location",
    request: request({ location: { latitude: 1.5e-7, longitude: -2e-10, name: "Null Island" } }),
  },
  {
    name: "list with body, no header or footer, one untitled section",
    type: "list",
    request: request({ text: "Pick a size", listMessage: { button: { text: "Sizes" }, sections: [{ rows: ROWS }] } }),
  },
  ...(["image", "video"] as const).map((kind) => ({
    name: `list with ${kind} header`,
    type: "list" as const,
    request: request({
      text: "Pick one",
      listMessage: {
        header: { attachment: { type: kind, url: `https://example.com/header-${kind}` } },
        footer: { text: "Thanks" },
        button: { text: "Options" },
        sections: [
          { title: "First", rows: ROWS.slice(0, 1) },
          { title: "Second", rows: ROWS.slice(1) },
        ],
      },
    }),
  })),
  {
    name: "list with document header and file name",
    type: "list",
    request: request({
      listMessage: {
        header: { attachment: { type: "document", url: "https://example.com/menu.pdf", filename: "menu.pdf" } },
        button: { text: "Options" },
        sections: [{ title: "Only", rows: ROWS }],
      },
    }),
  },
  {
    name: "buttons without header or footer",
    type: "buttons",
    request: request({ text: "Continue?", replyButtonMessage: { buttons: BUTTONS } }),
  },
  {
    name: "buttons with text header",
    type: "buttons",
    request: request({ text: "Continue?", replyButtonMessage: { header: { text: "Order 42" }, buttons: BUTTONS } }),
  },
  ...(["image", "video", "document"] as const).map((kind) => ({
    name: `buttons with ${kind} header`,
    type: "buttons" as const,
    request: request({
      text: "Continue?",
      replyButtonMessage: {
        header: { attachment: { type: kind, url: `https://example.com/header-${kind}` } },
        footer: { text: "Reply below" },
        buttons: BUTTONS.slice(0, 1),
      },
    }),
  })),
  {
    name: "single product with body and footer",
    type: "product",
    request: request(
      {
        text: "Back in stock",
        singleProductMessage: {
          footer: { text: "Limited" },
          catalogId: "1234567890123456",
          productItem: { productRetailerId: "SKU-1" },
        },
      },
      { campaignName: "Restock" },
    ),
  },
  {
    name: "single product alone",
    type: "product",
    request: request({
      singleProductMessage: { catalogId: "1234567890123456", productItem: { productRetailerId: "SKU-1" } },
    }),
  },
  {
    name: "multi-product with sections and footer",
    type: "products",
    request: request(
      {
        text: "Our picks",
        multiProductMessage: {
          header: { text: "Summer" },
          footer: { text: "While stocks last" },
          catalogId: "1234567890123456",
          sections: [
            { title: "Shirts", productItems: [{ productRetailerId: "S-1" }, { productRetailerId: "S-2" }] },
            { title: "Hats", productItems: [{ productRetailerId: "H-1" }] },
          ],
        },
      },
      { sender: { id: "+14151111234", channelType: "whatsapp" }, callbackData: "picks" },
    ),
  },
  {
    name: "multi-product without footer",
    type: "products",
    request: request({
      text: "One pick",
      multiProductMessage: {
        header: { text: "Today" },
        catalogId: "1234567890123456",
        sections: [{ title: "Deal", productItems: [{ productRetailerId: "D-1" }] }],
      },
    }),
  },
];

const SEED_TYPES: Record<string, MessageType> = {
  "text from a chosen sender": "text",
  "image attachment": "image",
  "video attachment": "video",
  "audio attachment": "audio",
  "document attachment": "document",
  location: "location",
  "interactive list": "list",
  "interactive reply buttons": "buttons",
  "list with the image header snippet": "list",
  "reply buttons with the document header snippet": "buttons",
};

describe("read, the reverse of build: round trip", () => {
  it("knows the type of every seed example", () => {
    expect(SEED_EXAMPLES.map((example) => example.name).sort()).toEqual(Object.keys(SEED_TYPES).sort());
  });

  it.each(SEED_EXAMPLES.map((example) => [example.name, example.request] as const))(
    "rebuilds the seed example %s exactly",
    (name, seed) => {
      const type = detectMessageType(seed);
      expect(type).toBe(SEED_TYPES[name]);
      expect(MESSAGES[type!].schema.parse(MESSAGES[type!].read(seed))).toEqual(seed);
    },
  );

  it.each(REPRESENTATIVE.map((example) => [example.name, example.type, example.request] as const))(
    "rebuilds %s exactly",
    (_, type, sent) => {
      expect(detectMessageType(sent)).toBe(type);
      expect(MESSAGES[type].schema.parse(MESSAGES[type].read(sent))).toEqual(sent);
    },
  );

  it("covers every message type", () => {
    const covered = new Set([...REPRESENTATIVE.map((example) => example.type), ...Object.values(SEED_TYPES)]);
    expect([...covered].sort()).toEqual([...MESSAGE_TYPES].sort());
  });
});

describe("read values", () => {
  it("pretty-prints callback data for the textarea", () => {
    const values = MESSAGES.text.read(request({ text: "Hi" }, { callbackData: { orderId: 42 } }));
    expect(values.callbackData).toBe('{\n  "orderId": 42\n}');
  });

  it("writes a string callback value as JSON so it parses back to the string", () => {
    const values = MESSAGES.text.read(request({ text: "Hi" }, { callbackData: "order-42" }));
    expect(values.callbackData).toBe('"order-42"');
  });

  it("writes tiny coordinates without an exponent, which the coordinate inputs refuse", () => {
    const values = MESSAGES.location.read(request({ location: { latitude: 1.5e-7, longitude: -2e-10 } }));
    expect(values.message).toMatchObject({ latitude: "0.00000015", longitude: "-0.0000000002" });
  });

  it("selects the media header type and keeps a header text given beside it", () => {
    const values = MESSAGES.buttons.read(
      request({
        text: "Hi",
        replyButtonMessage: {
          header: {
            text: "Also here",
            attachment: { type: "document", url: "https://example.com/d.pdf", filename: "d.pdf" },
          },
          buttons: BUTTONS,
        },
      }),
    );
    expect(values.message.replyButtonMessage.header).toEqual({
      type: "document",
      text: "Also here",
      url: "https://example.com/d.pdf",
      filename: "d.pdf",
    });
  });

  it("reads the envelope whatever type is asked for", () => {
    const sent = request({ text: "Hi" }, { recipient: { ...RECIPIENT, name: "Ana" }, campaignName: "Spring" });
    expect(MESSAGES.list.read(sent)).toMatchObject({
      recipient: { id: RECIPIENT.id, name: "Ana" },
      campaignName: "Spring",
      message: { text: "Hi" },
    });
  });

  it("gives fresh arrays, never the defaults' own", () => {
    const values = MESSAGES.list.read({});
    values.message.listMessage.sections[0]!.rows.push({ id: "x", text: "x", description: "" });
    expect(listDefaults.message.listMessage.sections[0]!.rows).toHaveLength(1);
  });
});

describe("read on malformed input", () => {
  const MALFORMED: [string, unknown][] = [
    ["null", null],
    ["undefined", undefined],
    ["an empty object", {}],
    ["a string", "text"],
    ["a number", 42],
    ["an array", [{ message: { text: "Hi" } }]],
    ["a null message", { recipient: null, message: null }],
    [
      "wrong shapes everywhere",
      {
        recipient: "+16044441111",
        sender: 5,
        campaignName: ["x"],
        message: {
          text: 12,
          attachments: "image",
          location: { latitude: "north", longitude: null },
          listMessage: { header: "big", footer: [], button: null, sections: "none" },
          replyButtonMessage: { header: { attachment: { type: "audio" } }, buttons: {} },
          singleProductMessage: { catalogId: 1, productItem: "SKU" },
          multiProductMessage: { header: 1, sections: [] },
        },
      },
    ],
  ];

  for (const type of MESSAGE_TYPES) {
    it.each(MALFORMED)(`gives the ${type} defaults for %s`, (_, input) => {
      expect(MESSAGES[type].read(input)).toEqual(DEFAULTS[type]);
    });
  }

  it("reads junk items of a list as empty ones, keeping their places", () => {
    const values = MESSAGES.list.read({
      message: { listMessage: { sections: [null, { title: "Two", rows: [7, { id: "r", text: "Row" }] }] } },
    });
    expect(values.message.listMessage.sections).toEqual([
      { title: "", rows: [{ id: "", text: "", description: "" }] },
      {
        title: "Two",
        rows: [
          { id: "", text: "", description: "" },
          { id: "r", text: "Row", description: "" },
        ],
      },
    ]);
  });

  it("leaves callback data blank when it cannot be written as JSON", () => {
    expect(MESSAGES.text.read({ callbackData: { id: 1n } }).callbackData).toBe("");
  });
});

describe("detectMessageType", () => {
  it("goes by the first attachment's kind", () => {
    const sent = request({ attachments: [{ type: "audio", url: "https://example.com/a.mp3" }] });
    expect(detectMessageType(sent)).toBe("audio");
  });

  it("prefers the interactive or product part over the body text beside it", () => {
    const product = { catalogId: "1", productItem: { productRetailerId: "S" } };
    expect(detectMessageType(request({ text: "Hi", singleProductMessage: product }))).toBe("product");
  });

  it.each([
    ["null", null],
    ["an empty object", {}],
    ["an empty message", { message: {} }],
    ["an unknown attachment kind", { message: { attachments: [{ type: "sticker", url: "https://example.com/s" }] } }],
    ["a list that is not an object", { message: { listMessage: "list" } }],
  ])("finds no type in %s", (_, input) => {
    expect(detectMessageType(input)).toBeNull();
  });
});

describe("the registry", () => {
  it("lists the types in the type switcher's order, as the routes name them", () => {
    expect(MESSAGE_TYPES).toEqual([
      "text",
      "image",
      "video",
      "audio",
      "document",
      "location",
      "list",
      "buttons",
      "product",
      "products",
    ]);
  });

  it("labels every composer, the template last", () => {
    expect(COMPOSER_TYPE_LABELS).toEqual({
      text: "Text",
      image: "Image",
      video: "Video",
      audio: "Audio",
      document: "Document",
      location: "Location",
      list: "List",
      buttons: "Buttons",
      product: "Product",
      products: "Products",
      template: "Template",
    });
    expect(Object.keys(COMPOSER_TYPE_LABELS).at(-1)).toBe("template");
  });

  it.each(["template", "constructor", "__proto__", "toString", "", "Text"])("does not take %j for a type", (value) => {
    expect(isMessageType(value)).toBe(false);
  });

  it("takes every listed type", () => {
    expect(MESSAGE_TYPES.every(isMessageType)).toBe(true);
  });
});
