import { renderToStaticMarkup } from "react-dom/server";
import { useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { type ButtonsValues, buttonsDefaults, type ReplyButtonValues } from "@/lib/messages/buttons";
import { emptyHeader } from "@/lib/messages/interactive-header";
import type { SessionMessageRequest } from "@/lib/messages/request";
import { ButtonsFields } from "./buttons-fields";

function Harness({ values }: { values: ButtonsValues }) {
  const form = useForm<ButtonsValues, unknown, SessionMessageRequest>({ defaultValues: values });
  return <ButtonsFields form={form} values={values} />;
}

function render(message: Partial<ButtonsValues["message"]["replyButtonMessage"]> = {}) {
  const values: ButtonsValues = {
    ...buttonsDefaults,
    message: { text: "Hi", replyButtonMessage: { ...buttonsDefaults.message.replyButtonMessage, ...message } },
  };
  return renderToStaticMarkup(<Harness values={values} />);
}

function buttons(count: number): ReplyButtonValues[] {
  return Array.from({ length: count }, (_, i) => ({ id: `b${i + 1}`, text: `Button ${i + 1}` }));
}

function labelled(html: string, label: string): string[] {
  return [...html.matchAll(new RegExp(`<label for="([^"]+)"[^>]*>${label}<`, "g"))].map((match) => match[1]!);
}

describe("ButtonsFields", () => {
  it("labels every input with the names people and tests use", () => {
    const html = render();
    for (const label of ["Header type", "Message text", "Footer", "Button ID", "Button title"]) {
      const [id] = labelled(html, label);
      expect(id, label).toBeDefined();
      expect(html).toMatch(new RegExp(`<(input|select|textarea)[^>]* id="${id}"`));
    }
  });

  it("offers a Button ID only as an example, since the ID is required and never made up on send", () => {
    const html = render();
    expect(html).toContain('placeholder="e.g. b1"');
    expect(html).not.toContain('placeholder="b1"');
  });

  it("puts each button in its own fieldset with a remove button, keeping the last one", () => {
    const two = render({ buttons: buttons(2) });
    expect(two.match(/<legend[^>]*>Button \d<\/legend>/g)).toHaveLength(2);
    expect(two).toContain('aria-label="Remove button 2"');
    expect(two).not.toMatch(/aria-label="Remove button 1"[^>]* disabled=""/);
    expect(render()).toMatch(/aria-label="Remove button 1"[^>]* disabled=""/);
  });

  it("disables Add button at three, saying why", () => {
    expect(render({ buttons: buttons(2) })).not.toMatch(/disabled=""[^>]*>Add button</);
    const full = render({ buttons: buttons(3) });
    expect(full).toContain("Buttons: 3 / 3");
    expect(full).toContain("WhatsApp allows 3 reply buttons.");
    expect(full).toMatch(/disabled=""[^>]*>Add button</);
  });

  it("offers the header media URL and file name for a document header, without the list's warning", () => {
    const html = render({ header: { ...emptyHeader, type: "document" } });
    expect(labelled(html, "Header media URL")).toHaveLength(1);
    expect(labelled(html, "File name")).toHaveLength(1);
    expect(html).not.toContain("only text headers");
  });

  it("counts the header text against 60 characters", () => {
    expect(render({ header: { ...emptyHeader, type: "text", text: "Header" } })).toContain(">6 of 60 characters<");
  });
});
