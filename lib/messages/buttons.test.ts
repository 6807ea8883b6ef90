import { describe, expect, it } from "vitest";
import { validateSessionMessage } from "@/lib/connectly/sandbox/validate-session-message";
import {
  type ButtonsValues,
  buildButtonsRequest,
  buttonsDefaults,
  buttonsMessageSchema,
  type ReplyButtonValues,
} from "./buttons";
import { emptyHeader, type HeaderValues } from "./interactive-header";

type ButtonsOverrides = Partial<ButtonsValues["message"]["replyButtonMessage"]> & { text?: string };

function values({ text = "This is a reply button message", ...buttons }: ButtonsOverrides = {}): ButtonsValues {
  return {
    ...buttonsDefaults,
    recipient: { id: "+16044441111", name: "" },
    senderId: "+14151111234",
    message: {
      text,
      replyButtonMessage: {
        header: { ...emptyHeader, type: "text", text: "Header" },
        footer: { text: "Footer" },
        buttons: [button("b1", "Button 1"), button("b2", "Button 2"), button("b3", "Button 3")],
        ...buttons,
      },
    },
  };
}

function button(id: string, text: string): ReplyButtonValues {
  return { id, text };
}

function errorsOf(input: unknown): Record<string, string> {
  const result = buttonsMessageSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

const SEED_EXAMPLE = {
  sender: { id: "+14151111234", channelType: "whatsapp" },
  recipient: { id: "+16044441111", channelType: "whatsapp" },
  message: {
    text: "This is a reply button message",
    replyButtonMessage: {
      header: { text: "Header" },
      footer: { text: "Footer" },
      buttons: [
        { id: "b1", text: "Button 1" },
        { id: "b2", text: "Button 2" },
        { id: "b3", text: "Button 3" },
      ],
    },
  },
};

function withHeader(header: object) {
  const { header: _, ...rest } = SEED_EXAMPLE.message.replyButtonMessage;
  return { ...SEED_EXAMPLE, message: { ...SEED_EXAMPLE.message, replyButtonMessage: { header, ...rest } } };
}

const BUTTONS = "message.replyButtonMessage";

describe("reply buttons schema", () => {
  it("produces the seed's reply buttons example exactly", () => {
    expect(JSON.stringify(buttonsMessageSchema.parse(values()))).toBe(JSON.stringify(SEED_EXAMPLE));
  });

  it("produces the seed's image header exactly", () => {
    const header: HeaderValues = {
      ...emptyHeader,
      type: "image",
      url: "https://cdn.connectly.ai/26fa/26fa1308-d328-41c9-a6a1-d5f4225a3768",
      text: "kept in the form, not sent",
      filename: "not sent either",
    };
    const expected = withHeader({
      attachment: { type: "image", url: "https://cdn.connectly.ai/26fa/26fa1308-d328-41c9-a6a1-d5f4225a3768" },
    });
    expect(JSON.stringify(buttonsMessageSchema.parse(values({ header })))).toBe(JSON.stringify(expected));
  });

  it("produces the seed's document header with its file name exactly", () => {
    const header: HeaderValues = {
      type: "document",
      text: "",
      url: "https://www.w3.org/WAI/ER/tests/xhtml/testfiles/resources/pdf/dummy.pdf",
      filename: "feeeelsss",
    };
    const expected = withHeader({
      attachment: {
        type: "document",
        url: "https://www.w3.org/WAI/ER/tests/xhtml/testfiles/resources/pdf/dummy.pdf",
        filename: "feeeelsss",
      },
    });
    expect(JSON.stringify(buttonsMessageSchema.parse(values({ header })))).toBe(JSON.stringify(expected));
  });

  it("sends a video header and leaves out a blank header and footer", () => {
    const url = "https://example.com/clip.mp4";
    expect(
      buttonsMessageSchema.parse(values({ header: { ...emptyHeader, type: "video", url } })).message.replyButtonMessage
        ?.header,
    ).toEqual({
      attachment: { type: "video", url },
    });
    const plain = buttonsMessageSchema.parse(
      values({ header: { ...emptyHeader, text: "ignored" }, footer: { text: "  " } }),
    );
    expect(plain.message.replyButtonMessage).toEqual({ buttons: SEED_EXAMPLE.message.replyButtonMessage.buttons });
  });

  it("builds a request the Connectly sandbox accepts", () => {
    const header: HeaderValues = {
      ...emptyHeader,
      type: "document",
      url: "https://example.com/menu.pdf",
      filename: "Menu",
    };
    expect(validateSessionMessage(buttonsMessageSchema.parse(values({ header })))).toMatchObject({ ok: true });
  });

  it("requires the message text", () => {
    expect(errorsOf(values({ text: "  " }))["message.text"]).toMatch(/Write the message text/);
  });

  it("requires a button ID and a button title", () => {
    const errors = errorsOf(values({ buttons: [button("", " ")] }));
    expect(errors[`${BUTTONS}.buttons.0.id`]).toMatch(/Give the button an ID/);
    expect(errors[`${BUTTONS}.buttons.0.text`]).toMatch(/Give the button a title/);
  });

  it("requires at least one reply button", () => {
    expect(errorsOf(values({ buttons: [] }))[`${BUTTONS}.buttons`]).toMatch(/at least one reply button/);
  });

  it("accepts a single reply button", () => {
    expect(errorsOf(values({ buttons: [button("yes", "Yes")] }))).toEqual({});
  });

  it("rejects a fourth reply button", () => {
    const buttons = [button("a", "A"), button("b", "B"), button("c", "C"), button("d", "D")];
    expect(errorsOf(values({ buttons }))).toEqual({
      [`${BUTTONS}.buttons.3`]: "WhatsApp allows 3 reply buttons. Remove this one.",
    });
  });

  it("refuses a duplicate button ID at the duplicate", () => {
    expect(errorsOf(values({ buttons: [button("a", "Yes"), button("b", "No"), button(" a", "Maybe")] }))).toEqual({
      [`${BUTTONS}.buttons.2.id`]: 'Button IDs must be unique: button 1 already uses "a".',
    });
  });

  it("refuses a duplicate button title at the duplicate", () => {
    expect(errorsOf(values({ buttons: [button("a", "Yes"), button("b", "Yes ")] }))).toEqual({
      [`${BUTTONS}.buttons.1.text`]: 'Button titles must be unique: button 1 already uses "Yes".',
    });
  });

  it("requires the header media URL for a document header", () => {
    const errors = errorsOf(values({ header: { ...emptyHeader, type: "document", filename: "menu.pdf" } }));
    expect(errors[`${BUTTONS}.header.url`]).toMatch(/Enter the URL/);
  });
});

describe("reply buttons limits, counted in graphemes", () => {
  const emoji = "🇨🇦";
  const cases: [string, string, (text: string) => ButtonsValues, number][] = [
    ["body", "message.text", (text) => values({ text }), 1024],
    ["header text", `${BUTTONS}.header.text`, (text) => values({ header: { ...emptyHeader, type: "text", text } }), 60],
    ["footer", `${BUTTONS}.footer.text`, (text) => values({ footer: { text } }), 60],
    ["button ID", `${BUTTONS}.buttons.0.id`, (text) => values({ buttons: [button(text, "Yes")] }), 256],
    ["button title", `${BUTTONS}.buttons.0.text`, (text) => values({ buttons: [button("yes", text)] }), 20],
  ];

  it.each(cases)("accepts the %s at its maximum and refuses one more", (_, path, make, max) => {
    expect(errorsOf(make(emoji.repeat(max)))).toEqual({});
    expect(errorsOf(make(emoji.repeat(max + 1)))[path]).toBe(
      `Too long: ${(max + 1).toLocaleString("en-US")} of ${max.toLocaleString("en-US")} characters.`,
    );
  });
});

describe("buildButtonsRequest", () => {
  it("tolerates half-built values while the form is being filled", () => {
    const partial = { ...buttonsDefaults, message: { text: "Hi" } } as unknown as ButtonsValues;
    expect(buildButtonsRequest(partial).message).toEqual({ text: "Hi", replyButtonMessage: { buttons: [] } });
  });
});
