import { type AttachmentValues, attachmentDefaults } from "./attachment";
import { type ButtonsValues, buttonsDefaults, emptyReplyButton, type ReplyButtonValues } from "./buttons";
import { type EnvelopeValues, emptyEnvelope } from "./envelope";
import { emptyHeader, HEADER_TYPES, type HeaderValues, isMediaHeader } from "./interactive-header";
import {
  emptyListRow,
  emptyListSection,
  type ListRowValues,
  type ListSectionValues,
  type ListValues,
  listDefaults,
} from "./list";
import { type LocationValues, locationDefaults } from "./location";
import { type ProductValues, productDefaults } from "./product";
import { emptyProductsSection, type ProductsSectionValues, type ProductsValues, productsDefaults } from "./products";
import type { AttachmentType, MessageType } from "./request";
import { userCallbackData } from "./send-key";
import { type TextValues, textDefaults } from "./text";

/** The form values of each composer, keyed by route type. */
export interface MessageValues {
  text: TextValues;
  image: AttachmentValues;
  video: AttachmentValues;
  audio: AttachmentValues;
  document: AttachmentValues;
  location: LocationValues;
  list: ListValues;
  buttons: ButtonsValues;
  product: ProductValues;
  products: ProductsValues;
}

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A history row may hold anything: whatever is not an object reads as an empty one, so every field falls back. */
function fields(value: unknown): Fields {
  return isObject(value) ? value : {};
}

function text(value: unknown, fallback: string): string {
  return typeof value === "string" ? value : fallback;
}

/**
 * Each item read on its own; a missing or empty array takes the default, as the composer refuses an empty one and
 * the form would open with nothing to type into.
 */
function items<T>(value: unknown, read: (item: Fields) => T, fallback: readonly T[]): T[] {
  if (!Array.isArray(value) || value.length === 0) return fallback.map((item) => structuredClone(item));
  return value.map((item) => read(fields(item)));
}

const ATTACHMENT_TYPES: readonly AttachmentType[] = ["image", "video", "audio", "document"];

/** The composer that would have built this request, or null when it is none of them. */
export function detectMessageType(request: unknown): MessageType | null {
  const message = fields(fields(request).message);
  const attachments = message.attachments;
  if (Array.isArray(attachments)) {
    const kind = ATTACHMENT_TYPES.find((type) => type === fields(attachments[0]).type);
    if (kind) return kind;
  }
  if (isObject(message.listMessage)) return "list";
  if (isObject(message.replyButtonMessage)) return "buttons";
  if (isObject(message.singleProductMessage)) return "product";
  if (isObject(message.multiProductMessage)) return "products";
  if (isObject(message.location)) return "location";
  if (typeof message.text === "string") return "text";
  return null;
}

function callbackDataText(value: unknown): string {
  if (value === undefined) return emptyEnvelope.callbackData;
  try {
    // Pretty-printed because the person edits it in a textarea; parsing gives back the same value.
    return JSON.stringify(value, null, 2) ?? emptyEnvelope.callbackData;
  } catch {
    // Cycles and BigInts cannot come from stored JSON, but the input is unknown.
    return emptyEnvelope.callbackData;
  }
}

function readEnvelope(request: Fields): EnvelopeValues {
  const recipient = fields(request.recipient);
  return {
    recipient: {
      id: text(recipient.id, emptyEnvelope.recipient.id),
      name: text(recipient.name, emptyEnvelope.recipient.name),
    },
    senderId: text(fields(request.sender).id, emptyEnvelope.senderId),
    campaignName: text(request.campaignName, emptyEnvelope.campaignName),
    // The send key rode along in callbackData; the new message gets its own.
    callbackData: callbackDataText(userCallbackData(request.callbackData)),
  };
}

function readText(request: Fields): TextValues {
  const message = fields(request.message);
  return { ...readEnvelope(request), message: { text: text(message.text, textDefaults.message.text) } };
}

/** The first attachment, whatever its kind: the kinds share one value shape and each schema takes what it needs. */
function readAttachment(request: Fields): AttachmentValues {
  const defaults = attachmentDefaults.message;
  const attachments = fields(request.message).attachments;
  const attachment = fields(Array.isArray(attachments) ? attachments[0] : undefined);
  return {
    ...readEnvelope(request),
    message: {
      url: text(attachment.url, defaults.url),
      caption: text(attachment.caption, defaults.caption),
      filename: text(attachment.filename, defaults.filename),
    },
  };
}

/**
 * Plain decimal notation: the Latitude and Longitude inputs take no exponent, and String() writes 1e-7 for a point
 * a centimetre off the equator. Exponents above zero only appear beyond 1e21, far outside any coordinate.
 */
function coordinateText(value: unknown, fallback: string): string {
  if (typeof value !== "number" || !Number.isFinite(value)) return fallback;
  const written = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e-(\d+)$/.exec(written);
  if (!match) return written;
  const [, sign = "", lead = "", rest = "", exponent = ""] = match;
  return `${sign}0.${"0".repeat(Number(exponent) - 1)}${lead}${rest}`;
}

function readLocation(request: Fields): LocationValues {
  const defaults = locationDefaults.message;
  const location = fields(fields(request.message).location);
  return {
    ...readEnvelope(request),
    message: {
      latitude: coordinateText(location.latitude, defaults.latitude),
      longitude: coordinateText(location.longitude, defaults.longitude),
      name: text(location.name, defaults.name),
      address: text(location.address, defaults.address),
    },
  };
}

/** Media wins over text when a header holds both, as WhatsApp shows one header; every input keeps what it had. */
function readHeader(value: unknown): HeaderValues {
  const header = fields(value);
  const attachment = fields(header.attachment);
  const media = HEADER_TYPES.find((type) => type === attachment.type);
  const type = isMediaHeader(media) ? media : typeof header.text === "string" ? "text" : emptyHeader.type;
  return {
    type,
    text: text(header.text, emptyHeader.text),
    url: text(attachment.url, emptyHeader.url),
    filename: text(attachment.filename, emptyHeader.filename),
  };
}

function readListRow(row: Fields): ListRowValues {
  return {
    id: text(row.id, emptyListRow.id),
    text: text(row.text, emptyListRow.text),
    description: text(row.description, emptyListRow.description),
  };
}

function readListSection(section: Fields): ListSectionValues {
  const empty = emptyListSection();
  return { title: text(section.title, empty.title), rows: items(section.rows, readListRow, empty.rows) };
}

function readList(request: Fields): ListValues {
  const defaults = listDefaults.message;
  const message = fields(request.message);
  const list = fields(message.listMessage);
  return {
    ...readEnvelope(request),
    message: {
      text: text(message.text, defaults.text),
      listMessage: {
        header: readHeader(list.header),
        footer: { text: text(fields(list.footer).text, defaults.listMessage.footer.text) },
        button: { text: text(fields(list.button).text, defaults.listMessage.button.text) },
        sections: items(list.sections, readListSection, defaults.listMessage.sections),
      },
    },
  };
}

function readReplyButton(button: Fields): ReplyButtonValues {
  return { id: text(button.id, emptyReplyButton.id), text: text(button.text, emptyReplyButton.text) };
}

function readButtons(request: Fields): ButtonsValues {
  const defaults = buttonsDefaults.message;
  const message = fields(request.message);
  const buttons = fields(message.replyButtonMessage);
  return {
    ...readEnvelope(request),
    message: {
      text: text(message.text, defaults.text),
      replyButtonMessage: {
        header: readHeader(buttons.header),
        footer: { text: text(fields(buttons.footer).text, defaults.replyButtonMessage.footer.text) },
        buttons: items(buttons.buttons, readReplyButton, defaults.replyButtonMessage.buttons),
      },
    },
  };
}

function readProduct(request: Fields): ProductValues {
  const defaults = productDefaults.message;
  const message = fields(request.message);
  const product = fields(message.singleProductMessage);
  return {
    ...readEnvelope(request),
    message: {
      text: text(message.text, defaults.text),
      singleProductMessage: {
        footer: { text: text(fields(product.footer).text, defaults.singleProductMessage.footer.text) },
        catalogId: text(product.catalogId, defaults.singleProductMessage.catalogId),
        productItem: {
          productRetailerId: text(
            fields(product.productItem).productRetailerId,
            defaults.singleProductMessage.productItem.productRetailerId,
          ),
        },
      },
    },
  };
}

function readProductItem(item: Fields): { productRetailerId: string } {
  return { productRetailerId: text(item.productRetailerId, "") };
}

function readProductsSection(section: Fields): ProductsSectionValues {
  return {
    title: text(section.title, emptyProductsSection.title),
    productItems: items(section.productItems, readProductItem, emptyProductsSection.productItems),
  };
}

function readProducts(request: Fields): ProductsValues {
  const defaults = productsDefaults.message;
  const message = fields(request.message);
  const products = fields(message.multiProductMessage);
  return {
    ...readEnvelope(request),
    message: {
      text: text(message.text, defaults.text),
      multiProductMessage: {
        header: { text: text(fields(products.header).text, defaults.multiProductMessage.header.text) },
        footer: { text: text(fields(products.footer).text, defaults.multiProductMessage.footer.text) },
        catalogId: text(products.catalogId, defaults.multiProductMessage.catalogId),
        sections: items(products.sections, readProductsSection, defaults.multiProductMessage.sections),
      },
    },
  };
}

const READERS: { [T in MessageType]: (request: Fields) => MessageValues[T] } = {
  text: readText,
  image: readAttachment,
  video: readAttachment,
  audio: readAttachment,
  document: readAttachment,
  location: readLocation,
  list: readList,
  buttons: readButtons,
  product: readProduct,
  products: readProducts,
};

/**
 * The form values that make the composer of `type` build `request` again ("Edit as new"). Starts from the type's
 * defaults: a part the request lacks, or holds in a shape the composer cannot have sent, keeps its default, so a
 * history row holding anything still opens a usable form.
 */
export function valuesFromRequest<T extends MessageType>(type: T, request: unknown): MessageValues[T] {
  return READERS[type](fields(request));
}
