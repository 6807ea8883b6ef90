import type { UseFormRegisterReturn } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/field";
import { graphemeLength } from "@/lib/messages/graphemes";
import { HEADER_TYPE_LABELS, HEADER_TYPES, type HeaderValues, isMediaHeader } from "@/lib/messages/interactive-header";
import { mediaExtensionWarning } from "@/lib/messages/media";

type HeaderKey = keyof HeaderValues;

/**
 * The header lists and reply buttons share. The caller registers each input under its own path, so this part
 * works for either form; the inputs of the other types stay filled while hidden, ready if the type switches back.
 */
export function HeaderFields({
  idPrefix,
  values,
  register,
  errors,
  textMax,
  typeWarning,
}: {
  idPrefix: string;
  values: Partial<HeaderValues> | undefined;
  register: (key: HeaderKey) => UseFormRegisterReturn;
  errors: Partial<Record<HeaderKey, { message?: string }>> | undefined;
  textMax: number;
  typeWarning?: string;
}) {
  const type = values?.type ?? "none";
  const url = values?.url ?? "";
  return (
    <div className="grid gap-4 sm:grid-cols-[12rem_minmax(0,1fr)]">
      <Field id={`${idPrefix}-type`} label="Header type" error={errors?.type?.message} warning={typeWarning}>
        {(control) => (
          <select {...control} {...register("type")} className={inputClass}>
            {HEADER_TYPES.map((option) => (
              <option key={option} value={option}>
                {HEADER_TYPE_LABELS[option]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {type === "text" && (
        <Field
          id={`${idPrefix}-text`}
          label="Header text"
          required
          error={errors?.text?.message}
          counter={{ count: graphemeLength(values?.text ?? ""), max: textMax }}
          hint="Shown in bold above the body; WhatsApp applies no formatting here."
        >
          {(control) => (
            <input {...control} {...register("text")} className={inputClass} autoComplete="off" dir="auto" />
          )}
        </Field>
      )}
      {isMediaHeader(type) && (
        <div className="grid gap-4">
          <Field
            id={`${idPrefix}-url`}
            label="Header media URL"
            required
            error={errors?.url?.message}
            warning={mediaExtensionWarning(type, url) ?? undefined}
            hint="A public http(s) address: Connectly and WhatsApp download the file from it."
          >
            {(control) => (
              <input
                {...control}
                {...register("url")}
                className={inputClass}
                type="url"
                inputMode="url"
                autoComplete="off"
                spellCheck={false}
                placeholder="https://"
              />
            )}
          </Field>
          {type === "document" && (
            <Field
              id={`${idPrefix}-filename`}
              label="File name"
              error={errors?.filename?.message}
              hint="Shown on the document in the chat; optional."
            >
              {(control) => (
                <input
                  {...control}
                  {...register("filename")}
                  className={inputClass}
                  autoComplete="off"
                  placeholder="menu.pdf"
                />
              )}
            </Field>
          )}
        </div>
      )}
    </div>
  );
}
