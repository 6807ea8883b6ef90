import { renderToStaticMarkup } from "react-dom/server";
import { useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { emptyHeader } from "@/lib/messages/interactive-header";
import { type ListSectionValues, type ListValues, listDefaults } from "@/lib/messages/list";
import type { SessionMessageRequest } from "@/lib/messages/request";
import { ListFields } from "./list-fields";

function Harness({ values }: { values: ListValues }) {
  const form = useForm<ListValues, unknown, SessionMessageRequest>({ defaultValues: values });
  return <ListFields form={form} values={values} />;
}

function render(list: Partial<ListValues["message"]["listMessage"]> = {}, text = "") {
  const values: ListValues = {
    ...listDefaults,
    message: { text, listMessage: { ...listDefaults.message.listMessage, ...list } },
  };
  return renderToStaticMarkup(<Harness values={values} />);
}

function sections(...rowCounts: number[]): ListSectionValues[] {
  let next = 0;
  return rowCounts.map((count) => ({
    title: "",
    rows: Array.from({ length: count }, () => ({ id: `r${next++}`, text: "Row", description: "" })),
  }));
}

/** The control a label points at, so a test fails if a label is not wired to its input. */
function labelled(html: string, label: string): string[] {
  return [...html.matchAll(new RegExp(`<label for="([^"]+)"[^>]*>${label}<`, "g"))].map((match) => match[1]!);
}

describe("ListFields", () => {
  it("labels every input with the names people and tests use", () => {
    const html = render();
    for (const label of [
      "Header type",
      "Message text",
      "Footer",
      "Menu button",
      "Section title",
      "Row ID",
      "Row title",
      "Row description",
    ]) {
      const [id] = labelled(html, label);
      expect(id, label).toBeDefined();
      expect(html).toMatch(new RegExp(`<(input|select|textarea)[^>]* id="${id}"`));
    }
  });

  it("offers a Row ID only as an example, since the ID is required and never made up on send", () => {
    const html = render({ sections: sections(2) });
    expect(html).toContain('placeholder="e.g. row-1"');
    expect(html).toContain('placeholder="e.g. row-2"');
    expect(html).not.toContain('placeholder="row-');
  });

  it("puts each section and row in a fieldset with its own legend and remove button", () => {
    const html = render({ sections: sections(2, 1) });
    expect(html.match(/<legend[^>]*>Section \d<\/legend>/g)).toEqual([
      expect.stringContaining("Section 1"),
      expect.stringContaining("Section 2"),
    ]);
    expect(html.match(/<legend[^>]*>Row \d<\/legend>/g)).toHaveLength(3);
    expect(html).toContain('aria-label="Remove section 2"');
    expect(html).toContain('aria-label="Remove row 2 of section 1"');
    expect(new Set(labelled(html, "Row ID")).size).toBe(3);
  });

  it("keeps the last section and each section's last row from being removed", () => {
    const html = render({ sections: sections(2) });
    expect(html).toMatch(/aria-label="Remove section 1"[^>]* disabled=""/);
    expect(html).not.toMatch(/aria-label="Remove row 1 of section 1"[^>]* disabled=""/);
    expect(render()).toMatch(/aria-label="Remove row 1 of section 1"[^>]* disabled=""/);
  });

  it("shows the row total and disables Add row and Add section at ten rows, saying why", () => {
    const open = render({ sections: sections(3, 2) });
    expect(open).toContain("Rows: 5 / 10");
    expect(open).not.toMatch(/disabled=""[^>]*>Add (row|section)</);
    const full = render({ sections: sections(6, 4) });
    expect(full).toContain("Rows: 10 / 10");
    expect(full).toContain("WhatsApp allows 10 rows in total, across all sections.");
    expect(full.match(/disabled=""[^>]*>Add row</g)).toHaveLength(2);
    expect(full).toMatch(/disabled=""[^>]*>Add section</);
  });

  it("marks section titles required only when there are several sections", () => {
    const requiredTitle = /Section title<\/label><span[^>]*aria-hidden="true">\*/;
    expect(render()).not.toMatch(requiredTitle);
    expect(render({ sections: sections(1, 1) })).toMatch(requiredTitle);
  });

  it("asks for a body text when there is none", () => {
    expect(render()).toContain("WhatsApp asks for a body text");
    expect(render({}, "Pick one")).not.toContain("WhatsApp asks for a body text");
  });

  it("warns that WhatsApp documents only text headers for lists, and offers the media inputs", () => {
    const html = render({ header: { ...emptyHeader, type: "document", url: "https://example.com/menu.pdf" } });
    expect(html).toContain("WhatsApp documents only text headers for lists");
    expect(labelled(html, "Header media URL")).toHaveLength(1);
    expect(labelled(html, "File name")).toHaveLength(1);
    expect(labelled(html, "Header text")).toHaveLength(0);
  });

  it("offers the header text, with its counter, for a text header", () => {
    const html = render({ header: { ...emptyHeader, type: "text", text: "Menu" } });
    expect(labelled(html, "Header text")).toHaveLength(1);
    expect(html).toContain(">4 of 60 characters<");
    expect(html).not.toContain("WhatsApp documents only text headers");
  });
});
