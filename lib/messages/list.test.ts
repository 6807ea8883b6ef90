import { describe, expect, it } from "vitest";
import { validateSessionMessage } from "@/lib/connectly/sandbox/validate-session-message";
import { emptyHeader } from "./interactive-header";
import {
  buildListRequest,
  countRows,
  type ListRowValues,
  type ListSectionValues,
  type ListValues,
  listBodyWarning,
  listDefaults,
  listMessageSchema,
} from "./list";

type ListOverrides = Partial<ListValues["message"]["listMessage"]> & { text?: string };

function values({ text = "Pick one", ...list }: ListOverrides = {}): ListValues {
  return {
    ...listDefaults,
    recipient: { id: "+16044441111", name: "" },
    message: {
      text,
      listMessage: {
        ...listDefaults.message.listMessage,
        button: { text: "Select" },
        sections: [section("", row("1", "Item 1"))],
        ...list,
      },
    },
  };
}

function row(id: string, text: string, description = ""): ListRowValues {
  return { id, text, description };
}

function section(title: string, ...rows: ListRowValues[]): ListSectionValues {
  return { title, rows };
}

function errorsOf(input: unknown): Record<string, string> {
  const result = listMessageSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

const LIST = "message.listMessage";

describe("list message schema", () => {
  it("produces the seed's interactive list example exactly", () => {
    const request = listMessageSchema.parse({
      ...values({
        text: "",
        header: { ...emptyHeader, type: "text", text: "Check out this list of items!" },
        footer: { text: "Choose an option from the list." },
        button: { text: "Select" },
        sections: [
          section(
            "Section 1",
            row("1", "Item 1", "Description for Item 1"),
            row("2", "Item 2", "Description for Item 2"),
          ),
          section("Section 2", row("3", "Item 3", "Description for Item 3")),
        ],
      }),
      senderId: "+14151111234",
    });
    expect(JSON.stringify(request)).toBe(
      JSON.stringify({
        sender: { id: "+14151111234", channelType: "whatsapp" },
        recipient: { id: "+16044441111", channelType: "whatsapp" },
        message: {
          listMessage: {
            header: { text: "Check out this list of items!" },
            footer: { text: "Choose an option from the list." },
            button: { text: "Select" },
            sections: [
              {
                title: "Section 1",
                rows: [
                  { id: "1", text: "Item 1", description: "Description for Item 1" },
                  { id: "2", text: "Item 2", description: "Description for Item 2" },
                ],
              },
              { title: "Section 2", rows: [{ id: "3", text: "Item 3", description: "Description for Item 3" }] },
            ],
          },
        },
      }),
    );
  });

  it("sends the body as typed beside the list, and leaves out blank optional parts", () => {
    const request = listMessageSchema.parse(values({ text: "  Our *menu*", footer: { text: " " } }));
    expect(request.message).toEqual({
      text: "  Our *menu*",
      listMessage: { button: { text: "Select" }, sections: [{ rows: [{ id: "1", text: "Item 1" }] }] },
    });
  });

  it("builds a request the Connectly sandbox accepts, media header and body included", () => {
    const request = listMessageSchema.parse(
      values({
        header: { ...emptyHeader, type: "video", url: "https://example.com/tour.mp4" },
        footer: { text: "Thanks" },
      }),
    );
    expect(validateSessionMessage(request)).toMatchObject({ ok: true });
  });

  it("accepts a list without a body", () => {
    expect(errorsOf(values({ text: "   " }))).toEqual({});
    expect(listMessageSchema.parse(values({ text: "   " })).message).not.toHaveProperty("text");
  });

  it("sends an image header as an attachment", () => {
    const url = "https://cdn.connectly.ai/26fa/26fa1308-d328-41c9-a6a1-d5f4225a3768";
    const request = listMessageSchema.parse(values({ header: { ...emptyHeader, type: "image", url } }));
    expect(request.message.listMessage?.header).toEqual({ attachment: { type: "image", url } });
  });

  it("requires the menu button label", () => {
    expect(errorsOf(values({ button: { text: " " } }))[`${LIST}.button.text`]).toMatch(/Name the menu button/);
  });

  it("requires a row ID and a row title", () => {
    const errors = errorsOf(values({ sections: [section("", row(" ", ""))] }));
    expect(errors[`${LIST}.sections.0.rows.0.id`]).toMatch(/Give the row an ID/);
    expect(errors[`${LIST}.sections.0.rows.0.text`]).toMatch(/Give the row a title/);
  });

  it("refuses a duplicate row ID across sections, at the duplicate", () => {
    const errors = errorsOf(
      values({ sections: [section("A", row("x", "One"), row("y", "Two")), section("B", row(" x ", "Three"))] }),
    );
    expect(errors).toEqual({
      [`${LIST}.sections.1.rows.0.id`]: 'Row IDs must be unique: row 1 of section 1 already uses "x".',
    });
  });

  it("requires a section title only when there are several sections", () => {
    expect(errorsOf(values({ sections: [section(" ", row("1", "One"))] }))).toEqual({});
    const errors = errorsOf(values({ sections: [section("A", row("1", "One")), section(" ", row("2", "Two"))] }));
    expect(errors).toEqual({ [`${LIST}.sections.1.title`]: "With more than one section, each section needs a title." });
  });

  it("requires at least one row in each section", () => {
    const errors = errorsOf(values({ sections: [section("A", row("1", "One")), section("B")] }));
    expect(errors[`${LIST}.sections.1.rows`]).toMatch(/at least one row/);
  });

  it("requires at least one section", () => {
    expect(errorsOf(values({ sections: [] }))[`${LIST}.sections`]).toMatch(/at least one section/);
  });

  it("accepts ten rows across sections", () => {
    const rows = Array.from({ length: 10 }, (_, i) => row(`r${i}`, `Row ${i}`));
    expect(errorsOf(values({ sections: [section("A", ...rows.slice(0, 6)), section("B", ...rows.slice(6))] }))).toEqual(
      {},
    );
  });

  it("rejects an eleventh row across sections", () => {
    const rows = Array.from({ length: 11 }, (_, i) => row(`r${i}`, `Row ${i}`));
    const errors = errorsOf(values({ sections: [section("A", ...rows.slice(0, 6)), section("B", ...rows.slice(6))] }));
    expect(errors).toEqual({
      [`${LIST}.sections.1.rows.4`]: "WhatsApp allows 10 rows across all sections; this is row 11.",
    });
  });

  it("rejects an eleventh section", () => {
    const sections = Array.from({ length: 11 }, (_, i) => section(`S${i}`, row(`r${i}`, "Row")));
    expect(errorsOf(values({ sections }))[`${LIST}.sections.10`]).toMatch(/10 sections/);
  });

  it("rejects a media header without a usable URL", () => {
    const errors = errorsOf(values({ header: { ...emptyHeader, type: "video", url: "video.mp4" } }));
    expect(errors[`${LIST}.header.url`]).toMatch(/full URL/);
  });

  it("requires the header text when the header type is Text", () => {
    const errors = errorsOf(values({ header: { ...emptyHeader, type: "text" } }));
    expect(errors[`${LIST}.header.text`]).toMatch(/Write the header text/);
  });
});

describe("list limits, counted in graphemes", () => {
  const emoji = "👩🏽‍💻";
  const cases: [string, string, (text: string) => ListValues, number][] = [
    ["body", "message.text", (text) => values({ text }), 4096],
    ["header text", `${LIST}.header.text`, (text) => values({ header: { ...emptyHeader, type: "text", text } }), 60],
    ["footer", `${LIST}.footer.text`, (text) => values({ footer: { text } }), 60],
    ["menu button", `${LIST}.button.text`, (text) => values({ button: { text } }), 20],
    [
      "section title",
      `${LIST}.sections.0.title`,
      (text) => values({ sections: [section(text, row("1", "One")), section("B", row("2", "Two"))] }),
      24,
    ],
    ["row ID", `${LIST}.sections.0.rows.0.id`, (text) => values({ sections: [section("", row(text, "One"))] }), 200],
    ["row title", `${LIST}.sections.0.rows.0.text`, (text) => values({ sections: [section("", row("1", text))] }), 24],
    [
      "row description",
      `${LIST}.sections.0.rows.0.description`,
      (text) => values({ sections: [section("", row("1", "One", text))] }),
      72,
    ],
  ];

  it.each(cases)("accepts the %s at its maximum and refuses one more", (_, path, make, max) => {
    expect(errorsOf(make(emoji.repeat(max)))).toEqual({});
    expect(errorsOf(make(emoji.repeat(max + 1)))[path]).toBe(
      `Too long: ${(max + 1).toLocaleString("en-US")} of ${max.toLocaleString("en-US")} characters.`,
    );
  });

  it("limits a lone section's optional title too", () => {
    expect(
      errorsOf(values({ sections: [section("a".repeat(25), row("1", "One"))] }))[`${LIST}.sections.0.title`],
    ).toMatch(/25 of 24/);
  });
});

describe("listBodyWarning", () => {
  it("asks for a body when there is none", () => {
    expect(listBodyWarning(" ")).toMatch(/WhatsApp asks for a body text/);
  });

  it("warns above 1,024 characters but not at 1,024", () => {
    expect(listBodyWarning("a".repeat(1024))).toBeUndefined();
    expect(listBodyWarning("a".repeat(1025))).toMatch(/1,024 characters; this one has 1,025/);
  });
});

describe("buildListRequest", () => {
  it("counts rows across sections", () => {
    expect(countRows([{ rows: [1, 2] }, { rows: [3] }])).toBe(3);
  });

  it("tolerates half-built values while the form is being filled", () => {
    const partial = { ...listDefaults, message: { text: "Hi" } } as unknown as ListValues;
    expect(buildListRequest(partial).message).toEqual({
      text: "Hi",
      listMessage: { button: { text: "" }, sections: [] },
    });
  });
});
