import { z } from "zod";
import type { MessageDescriptor } from "./descriptor";
import { buildRequest, emptyEnvelope, envelopeShape, optional, readEnvelope } from "./envelope";
import { idField, limitedText } from "./fields";
import { graphemeLength } from "./graphemes";
import { buildHeader, emptyHeader, headerSchema, readHeader } from "./interactive-header";
import { LIMITS } from "./limits";
import { asRecord, itemsOr, stringOr, type UnknownRecord } from "./read-request";
import type { ListMessage, ListRow, ListSection, SessionMessageContent, SessionMessageRequest } from "./request";

export const emptyListRow: ListRowValues = { id: "", text: "", description: "" };

export function emptyListSection(): ListSectionValues {
  return { title: "", rows: [{ ...emptyListRow }] };
}

export const listDefaults: ListValues = {
  ...emptyEnvelope,
  message: {
    text: "",
    listMessage: { header: emptyHeader, footer: { text: "" }, button: { text: "" }, sections: [emptyListSection()] },
  },
};

/** Rows across all sections: WhatsApp's cap of 10 counts them all together. */
export function countRows(sections: readonly { rows?: readonly unknown[] }[] | undefined): number {
  return (sections ?? []).reduce((total, section) => total + (section?.rows?.length ?? 0), 0);
}

export const LIST_MEDIA_HEADER_WARNING =
  "WhatsApp documents only text headers for lists; it may refuse an image, video or document header.";

/** Non-blocking advice about the body: Connectly's own example sends none, but WhatsApp's documentation asks for one. */
export function listBodyWarning(text: string | undefined): string | undefined {
  const body = text ?? "";
  if (body.trim() === "") {
    // Allowed all the same: Connectly's own example of a list sends none.
    return "WhatsApp asks for a body text with a list: add one, or WhatsApp may refuse the message.";
  }
  const length = graphemeLength(body);
  if (length > LIMITS.list.bodyWarn) {
    return `Older WhatsApp documentation caps a list body at ${LIMITS.list.bodyWarn.toLocaleString("en-US")} characters; this one has ${length.toLocaleString("en-US")}.`;
  }
  return undefined;
}

function buildRow(row: Partial<ListRowValues> | undefined): ListRow {
  const built: ListRow = { id: row?.id?.trim() ?? "", text: row?.text?.trim() ?? "" };
  const description = optional(row?.description);
  if (description) built.description = description;
  return built;
}

function buildSection(section: Partial<ListSectionValues> | undefined): ListSection {
  const title = optional(section?.title);
  const rows = (section?.rows ?? []).map(buildRow);
  return title ? { title, rows } : { rows };
}

export function buildListRequest(values: ListValues): SessionMessageRequest {
  const list = values.message?.listMessage;
  const header = buildHeader(list?.header);
  const footer = optional(list?.footer?.text);
  // Key order as in Connectly's example, so the JSON panel reads like the docs.
  const listMessage: ListMessage = {
    ...(header ? { header } : {}),
    ...(footer ? { footer: { text: footer } } : {}),
    button: { text: list?.button?.text?.trim() ?? "" },
    sections: (list?.sections ?? []).map(buildSection),
  };
  const text = values.message?.text ?? "";
  const message: SessionMessageContent = text.trim() === "" ? { listMessage } : { text, listMessage };
  return buildRequest(values, message);
}

const rowSchema = z.object({
  id: idField(LIMITS.list.rowId, "Give the row an ID: it comes back when the customer picks it."),
  text: limitedText(LIMITS.list.rowTitle, { required: "Give the row a title." }),
  description: limitedText(LIMITS.list.rowDescription),
});

const sectionSchema = z.object({ title: z.string(), rows: z.array(rowSchema) });

const optionalSectionTitle = limitedText(LIMITS.list.sectionTitle);
const requiredSectionTitle = limitedText(LIMITS.list.sectionTitle, {
  required: "With more than one section, each section needs a title.",
});

const listMessageShape = z
  .object({
    header: headerSchema(LIMITS.list.header),
    footer: z.object({ text: limitedText(LIMITS.list.footer) }),
    button: z.object({ text: limitedText(LIMITS.list.button, { required: "Name the menu button, e.g. Options." }) }),
    sections: z.array(sectionSchema),
  })
  .superRefine(({ sections }, ctx) => checkSections(sections, ctx));

const listShape = z.object({
  ...envelopeShape,
  message: z.object({
    // Optional because Connectly's own list example has no body; listBodyWarning says why one is wise.
    text: limitedText(LIMITS.list.body, { multiline: true }),
    listMessage: listMessageShape,
  }),
});

export type ListRowValues = z.input<typeof rowSchema>;
export type ListSectionValues = z.input<typeof sectionSchema>;
export type ListValues = z.input<typeof listShape>;

/** The rules that span rows and sections: counts, uniqueness, and titles once there are several sections. */
function checkSections(sections: ListSectionValues[], ctx: z.RefinementCtx): void {
  if (sections.length === 0) {
    ctx.addIssue({ code: "custom", path: ["sections"], message: "Add at least one section with one row." });
  }
  sections.slice(LIMITS.list.sections).forEach((_, offset) => {
    ctx.addIssue({
      code: "custom",
      path: ["sections", LIMITS.list.sections + offset],
      message: `WhatsApp allows ${LIMITS.list.sections} sections; remove this one.`,
    });
  });
  const seenIds = new Map<string, string>();
  let rowNumber = 0;
  sections.forEach((section, s) => {
    // A lone section may go untitled; titles are how the customer tells several apart.
    const title = sections.length > 1 ? requiredSectionTitle : optionalSectionTitle;
    for (const issue of title.safeParse(section.title).error?.issues ?? []) {
      ctx.addIssue({ code: "custom", path: ["sections", s, "title"], message: issue.message });
    }
    if (section.rows.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["sections", s, "rows"],
        message: "Each section needs at least one row; add one or remove the section.",
      });
    }
    section.rows.forEach((row, r) => {
      rowNumber++;
      if (rowNumber > LIMITS.list.rowsTotal) {
        ctx.addIssue({
          code: "custom",
          path: ["sections", s, "rows", r],
          message: `WhatsApp allows ${LIMITS.list.rowsTotal} rows across all sections; this is row ${rowNumber}.`,
        });
      }
      const id = row.id.trim();
      if (id === "") return;
      const first = seenIds.get(id);
      if (first) {
        ctx.addIssue({
          code: "custom",
          path: ["sections", s, "rows", r, "id"],
          message: `Row IDs must be unique: ${first} already uses "${id}".`,
        });
      } else {
        seenIds.set(id, `row ${r + 1} of section ${s + 1}`);
      }
    });
  });
}

function readListRow(row: UnknownRecord): ListRowValues {
  return {
    id: stringOr(row.id, emptyListRow.id),
    text: stringOr(row.text, emptyListRow.text),
    description: stringOr(row.description, emptyListRow.description),
  };
}

function readListSection(section: UnknownRecord): ListSectionValues {
  const empty = emptyListSection();
  return { title: stringOr(section.title, empty.title), rows: itemsOr(section.rows, readListRow, empty.rows) };
}

function readListValues(request: unknown): ListValues {
  const sent = asRecord(request);
  const defaults = listDefaults.message;
  const message = asRecord(sent.message);
  const list = asRecord(message.listMessage);
  return {
    ...readEnvelope(sent),
    message: {
      text: stringOr(message.text, defaults.text),
      listMessage: {
        header: readHeader(list.header),
        footer: { text: stringOr(asRecord(list.footer).text, defaults.listMessage.footer.text) },
        button: { text: stringOr(asRecord(list.button).text, defaults.listMessage.button.text) },
        sections: itemsOr(list.sections, readListSection, defaults.listMessage.sections),
      },
    },
  };
}

export const listMessageSchema = listShape.transform(buildListRequest);

export const listMessage: MessageDescriptor<ListValues> = {
  label: "List",
  heading: "a list message",
  defaults: listDefaults,
  schema: listMessageSchema,
  build: buildListRequest,
  read: readListValues,
};
