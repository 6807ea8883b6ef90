import { FORMATTING_HINT } from "@/components/composer/shared/formatting-hint";
import type { FieldsProps } from "@/components/composer/shared/message-parts";
import { useTextIsland } from "@/components/composer/shared/text-island";
import { Field, inputClass } from "@/components/ui/field";
import { ATTACHMENT_FIELDS, type AttachmentValues, FILE_NAME_MAX, fileNameWarning } from "@/lib/messages/attachment";
import { graphemeLength } from "@/lib/messages/graphemes";
import { LIMITS } from "@/lib/messages/limits";
import { mediaExtensionWarning, mediaHint } from "@/lib/messages/media";
import type { AttachmentType } from "@/lib/messages/request";

const URL_PLACEHOLDERS: Record<AttachmentType, string> = {
  image: "https://example.com/image.jpg",
  video: "https://example.com/video.mp4",
  audio: "https://example.com/audio.mp3",
  document: "https://example.com/document.pdf",
};

/** The fields of the four attachment kinds; `type` says which kind, and so which fields it takes. */
export function AttachmentFields({ type: kind, form, values }: FieldsProps<AttachmentValues, AttachmentType>) {
  const textIsland = useTextIsland();
  const errors = form.formState.errors.message;
  const takes = ATTACHMENT_FIELDS[kind];
  const url = values.message?.url ?? "";
  const filename = values.message?.filename ?? "";
  return (
    <>
      <Field
        id="media-url"
        label="Media URL"
        required
        error={errors?.url?.message}
        warning={mediaExtensionWarning(kind, url) ?? undefined}
        hint={mediaHint(kind)}
      >
        {(control) => (
          <input
            {...control}
            {...form.register("message.url")}
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder={URL_PLACEHOLDERS[kind]}
            className={inputClass}
          />
        )}
      </Field>
      {takes.filename ? (
        <Field
          id="file-name"
          label="File name"
          error={errors?.filename?.message}
          warning={fileNameWarning(filename) ?? undefined}
          counter={{ count: graphemeLength(filename.trim()), max: FILE_NAME_MAX }}
          hint="Shown on the document in the chat. Left empty, WhatsApp shows the name at the end of the URL."
        >
          {(control) => (
            <input
              {...control}
              {...form.register("message.filename")}
              autoComplete="off"
              spellCheck={false}
              placeholder="invoice-4521.pdf"
              className={inputClass}
            />
          )}
        </Field>
      ) : null}
      {takes.caption ? (
        <Field
          id="caption"
          label="Caption"
          error={errors?.caption?.message}
          counter={{ count: graphemeLength(values.message?.caption ?? ""), max: LIMITS.caption }}
          hint={FORMATTING_HINT}
        >
          {(control) => (
            <textarea
              {...control}
              {...form.register("message.caption")}
              form={textIsland}
              rows={4}
              dir="auto"
              placeholder="Optional"
              className={`${inputClass} min-h-24 resize-y`}
            />
          )}
        </Field>
      ) : (
        <p className="text-xs text-slate-500 dark:text-slate-400">
          WhatsApp sends audio without a caption: the customer sees only the player.
        </p>
      )}
    </>
  );
}
