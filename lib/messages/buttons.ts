import { z } from "zod";
import type { MessageDescriptor } from "./descriptor";
import { buildRequest, emptyEnvelope, envelopeShape, optional, readEnvelope } from "./envelope";
import { limitedText } from "./fields";
import { buildHeader, emptyHeader, headerSchema, readHeader } from "./interactive-header";
import { LIMITS } from "./limits";
import { asRecord, itemsOr, stringOr, type UnknownRecord } from "./read-request";
import type { ReplyButtonMessage, SessionMessageRequest } from "./request";

export const emptyReplyButton: ReplyButtonValues = { id: "", text: "" };

export const buttonsDefaults: ButtonsValues = {
  ...emptyEnvelope,
  message: {
    text: "",
    replyButtonMessage: { header: emptyHeader, footer: { text: "" }, buttons: [{ ...emptyReplyButton }] },
  },
};

export const REPLY_BUTTONS_CAP_REASON = `WhatsApp allows ${LIMITS.buttons.max} reply buttons.`;

export function buildButtonsRequest(values: ButtonsValues): SessionMessageRequest {
  const source = values.message?.replyButtonMessage;
  const header = buildHeader(source?.header);
  const footer = optional(source?.footer?.text);
  // Key order as in Connectly's example, so the JSON panel reads like the docs.
  const replyButtonMessage: ReplyButtonMessage = {
    ...(header ? { header } : {}),
    ...(footer ? { footer: { text: footer } } : {}),
    buttons: (source?.buttons ?? []).map((button) => ({
      id: button?.id?.trim() ?? "",
      text: button?.text?.trim() ?? "",
    })),
  };
  // WhatsApp keeps the body as typed, leading spaces and blank lines included; only the blank check trims.
  return buildRequest(values, { text: values.message?.text ?? "", replyButtonMessage });
}

const buttonSchema = z.object({
  id: limitedText(LIMITS.buttons.id, { required: "Give the button an ID: it comes back when the customer taps it." }),
  text: limitedText(LIMITS.buttons.title, { required: "Give the button a title." }),
});

/** Refuses the later of two equal values, at its own field, naming the button that had it first. */
function refuseDuplicates(
  buttons: ReplyButtonValues[],
  key: keyof ReplyButtonValues,
  what: string,
  ctx: z.RefinementCtx,
): void {
  const firstIndex = new Map<string, number>();
  buttons.forEach((button, index) => {
    const value = button[key].trim();
    if (value === "") return;
    const first = firstIndex.get(value);
    if (first === undefined) {
      firstIndex.set(value, index);
      return;
    }
    ctx.addIssue({
      code: "custom",
      path: ["buttons", index, key],
      message: `${what} must be unique: button ${first + 1} already uses "${value}".`,
    });
  });
}

const replyButtonMessageShape = z
  .object({
    header: headerSchema(LIMITS.buttons.headerText),
    footer: z.object({ text: limitedText(LIMITS.buttons.footer) }),
    buttons: z.array(buttonSchema),
  })
  .superRefine(({ buttons }, ctx) => {
    if (buttons.length < LIMITS.buttons.min) {
      ctx.addIssue({ code: "custom", path: ["buttons"], message: "Add at least one reply button." });
    }
    buttons.slice(LIMITS.buttons.max).forEach((_, offset) => {
      ctx.addIssue({
        code: "custom",
        path: ["buttons", LIMITS.buttons.max + offset],
        message: `${REPLY_BUTTONS_CAP_REASON} Remove this one.`,
      });
    });
    refuseDuplicates(buttons, "id", "Button IDs", ctx);
    refuseDuplicates(buttons, "text", "Button titles", ctx);
  });

const buttonsShape = z.object({
  ...envelopeShape,
  message: z.object({
    text: limitedText(LIMITS.buttons.body, {
      required: "Write the message text: WhatsApp requires a body with buttons.",
    }),
    replyButtonMessage: replyButtonMessageShape,
  }),
});

export type ReplyButtonValues = z.input<typeof buttonSchema>;
export type ButtonsValues = z.input<typeof buttonsShape>;

function readReplyButton(button: UnknownRecord): ReplyButtonValues {
  return { id: stringOr(button.id, emptyReplyButton.id), text: stringOr(button.text, emptyReplyButton.text) };
}

function readButtonsValues(request: unknown): ButtonsValues {
  const sent = asRecord(request);
  const defaults = buttonsDefaults.message;
  const message = asRecord(sent.message);
  const buttons = asRecord(message.replyButtonMessage);
  return {
    ...readEnvelope(sent),
    message: {
      text: stringOr(message.text, defaults.text),
      replyButtonMessage: {
        header: readHeader(buttons.header),
        footer: { text: stringOr(asRecord(buttons.footer).text, defaults.replyButtonMessage.footer.text) },
        buttons: itemsOr(buttons.buttons, readReplyButton, defaults.replyButtonMessage.buttons),
      },
    },
  };
}

export const buttonsMessageSchema = buttonsShape.transform(buildButtonsRequest);

export const buttonsMessage: MessageDescriptor<ButtonsValues> = {
  label: "Buttons",
  heading: "a reply-buttons message",
  defaults: buttonsDefaults,
  schema: buttonsMessageSchema,
  build: buildButtonsRequest,
  read: readButtonsValues,
};
