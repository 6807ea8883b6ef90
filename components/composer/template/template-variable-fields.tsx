import type { UseFormReturn } from "react-hook-form";
import { useTextIsland } from "@/components/composer/shared/text-island";
import { type ControlProps, Field, inputClass } from "@/components/ui/field";
import { graphemeLength } from "@/lib/messages/graphemes";
import { LIMITS } from "@/lib/messages/limits";
import { mediaExtensionWarning } from "@/lib/messages/media";
import type { TemplateFormValues } from "@/lib/templates/schema";
import type { TemplateMessageRequest } from "@/lib/templates/types";
import type { TemplateVariable } from "@/lib/templates/variables";
import { CarouselCardTabs } from "./carousel-card-tabs";

export type TemplateForm = UseFormReturn<TemplateFormValues, unknown, TemplateMessageRequest>;

const MEDIA_HINT = {
  image: "A public JPEG or PNG URL (up to 5 MB).",
  video: "A public MP4 or 3GP URL (up to 16 MB).",
  document: "A public URL of the file, e.g. a PDF (up to 100 MB).",
} as const;

/** The template's own words around the variable, so the field says what it is for without opening the preview. */
function whereItGoes(part: "header" | "body", context: string) {
  return (
    <>
      In the {part}: <q className="italic">{context}</q>
    </>
  );
}

/** One field per value the chosen template needs, labelled as the person will look for it. */
export function TemplateVariableFields({
  form,
  variables,
  values,
}: {
  form: TemplateForm;
  variables: readonly TemplateVariable[];
  values: TemplateFormValues;
}) {
  if (variables.length === 0) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-400">
        This template has no variables: it is sent exactly as approved.
      </p>
    );
  }
  const cards = variables.filter((variable) => variable.card !== undefined);
  return (
    <div className="grid gap-4">
      {variables
        .filter((variable) => variable.card === undefined)
        .map((variable) => (
          <VariableField key={variable.name} form={form} variable={variable} values={values} />
        ))}
      {cards.length > 0 && (
        <CarouselCardTabs
          form={form}
          variables={cards}
          renderField={(variable) => (
            <VariableField key={variable.name} form={form} variable={variable} values={values} />
          )}
        />
      )}
    </div>
  );
}

function VariableField({
  form,
  variable,
  values,
}: {
  form: TemplateForm;
  variable: TemplateVariable;
  values: TemplateFormValues;
}) {
  const textIsland = useTextIsland();
  const errors = form.formState.errors;
  const id = `template-${variable.name.replaceAll("_", "-")}`;
  const value = values.variables?.[variable.name] ?? "";
  const common = {
    id,
    label: variable.label,
    required: true,
    error: errors.variables?.[variable.name]?.message,
  };
  const registered = form.register(`variables.${variable.name}`);
  const textInput = (control: ControlProps, extra: { placeholder?: string; type?: string; inputMode?: "url" } = {}) => (
    <input
      {...control}
      {...registered}
      form={textIsland}
      className={inputClass}
      autoComplete="off"
      spellCheck={false}
      {...extra}
    />
  );

  switch (variable.kind) {
    case "header_text":
      return (
        <Field
          {...common}
          hint={whereItGoes("header", variable.context)}
          counter={{ count: graphemeLength(value), max: LIMITS.template.header }}
        >
          {(control) => textInput(control, { placeholder: variable.example })}
        </Field>
      );
    case "body":
      return (
        <Field {...common} hint={whereItGoes("body", variable.context)}>
          {(control) => textInput(control, { placeholder: variable.example })}
        </Field>
      );
    case "header_media": {
      const filenameName = `filenames.${variable.name}` as const;
      return (
        <>
          <Field
            {...common}
            hint={MEDIA_HINT[variable.mediaType]}
            warning={mediaExtensionWarning(variable.mediaType, value) ?? undefined}
          >
            {(control) =>
              textInput(control, { placeholder: variable.example ?? "https://", type: "url", inputMode: "url" })
            }
          </Field>
          {variable.withFilename && (
            <Field
              id={`${id}-filename`}
              label="File name"
              error={errors.filenames?.[variable.name]?.message}
              hint="Shown in the chat under the document, e.g. Invoice-4521.pdf."
            >
              {(control) => (
                <input
                  {...control}
                  {...form.register(filenameName)}
                  form={textIsland}
                  className={inputClass}
                  autoComplete="off"
                />
              )}
            </Field>
          )}
        </>
      );
    }
    case "button_url":
      return (
        <Field
          {...common}
          // The whole link, since the fixed part beside the input is cut short on a narrow screen.
          hint={
            <>
              Completes the link of button {variable.buttonIndex + 1}:{" "}
              <span className="font-mono break-all">
                {variable.baseUrl}
                {value}
              </span>
            </>
          }
        >
          {(control) => (
            <div className="flex rounded-md shadow-sm">
              <span
                title={variable.baseUrl}
                className="flex max-w-[55%] shrink-0 items-center rounded-l-md border border-r-0 border-slate-300 dark:border-slate-600 bg-slate-50 dark:bg-slate-950 px-2 font-mono text-xs text-slate-600 dark:text-slate-400"
              >
                {/* Cut from the start, so the part the suffix continues stays beside the input. */}
                <span dir="rtl" className="truncate">
                  <bdi dir="ltr">{variable.baseUrl}</bdi>
                </span>
              </span>
              <input
                {...control}
                {...registered}
                form={textIsland}
                className={`${inputClass} rounded-l-none font-mono`}
                autoComplete="off"
                spellCheck={false}
                placeholder={variable.example}
              />
            </div>
          )}
        </Field>
      );
  }
}
