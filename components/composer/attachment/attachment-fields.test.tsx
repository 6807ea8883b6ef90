import { renderToStaticMarkup } from "react-dom/server";
import { useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { type AttachmentValues, attachmentDefaults } from "@/lib/messages/attachment";
import type { AttachmentType, SessionMessageRequest } from "@/lib/messages/request";
import { AttachmentFields } from "./attachment-fields";

function Harness({ kind, values }: { kind: AttachmentType; values: AttachmentValues }) {
  const form = useForm<AttachmentValues, unknown, SessionMessageRequest>({ defaultValues: values });
  return <AttachmentFields type={kind} form={form} values={values} />;
}

function render(kind: AttachmentType, message: Partial<AttachmentValues["message"]> = {}) {
  const values = { ...attachmentDefaults, message: { ...attachmentDefaults.message, ...message } };
  return renderToStaticMarkup(<Harness kind={kind} values={values} />);
}

const labels = (html: string) => [...html.matchAll(/<label for="[^"]+"[^>]*>([^<]+)/g)].map((m) => m[1]);

describe("AttachmentFields", () => {
  it.each([
    ["image", ["Media URL", "Caption"]],
    ["video", ["Media URL", "Caption"]],
    ["audio", ["Media URL"]],
    ["document", ["Media URL", "File name", "Caption"]],
  ] as const)("offers %s exactly the fields it takes", (kind, expected) => {
    expect(labels(render(kind))).toEqual(expected);
  });

  it("says why audio has no caption", () => {
    expect(render("audio")).toContain("WhatsApp sends audio without a caption");
  });

  it("counts the caption and the file name against their limits", () => {
    const html = render("document", { caption: "👋 hi", filename: "a.pdf" });
    expect(html).toContain(">4 of 1,024 characters<");
    expect(html).toContain(">5 of 240 characters<");
  });

  it("warns about an extension WhatsApp does not take for the kind", () => {
    expect(render("image", { url: "https://example.com/cat.gif" })).toContain(
      "This link ends in .gif, not a JPEG or PNG",
    );
    expect(render("image", { url: "https://example.com/cat.png" })).not.toContain("This link ends in");
  });

  it("warns about a file name without an extension", () => {
    expect(render("document", { filename: "invoice" })).toContain("Add the extension");
  });
});
