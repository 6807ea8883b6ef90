"use client";

import { useSyncExternalStore } from "react";
import { Controller, type UseFormReturn } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { LocalTime } from "@/components/ui/local-time";
import type { ActionError } from "@/lib/actions/result";
import type { TemplateCatalog } from "@/lib/templates/cache";
import { approvedLanguages, defaultLanguage, statusText, templateChoices } from "@/lib/templates/catalog";
import type { TemplateFormValues } from "@/lib/templates/schema";
import type { TemplateDefinition, TemplateMessageRequest } from "@/lib/templates/types";
import { templateVariables } from "@/lib/templates/variables";
import { TemplatePicker } from "./template-picker";
import { TemplateVariableFields } from "./template-variable-fields";

type TemplateForm = UseFormReturn<TemplateFormValues, unknown, TemplateMessageRequest>;

/** Template, Language and the fields the chosen template needs, with the list's freshness and Refresh. */
export function TemplateSection({
  form,
  values,
  catalog,
  definition,
  loadError,
  refreshing,
  onRefresh,
}: {
  form: TemplateForm;
  values: TemplateFormValues;
  catalog: TemplateCatalog | null;
  definition: TemplateDefinition | undefined;
  loadError: ActionError | null;
  refreshing: boolean;
  onRefresh: () => void;
}) {
  const templates = catalog?.templates ?? [];
  const languages = approvedLanguages(templates, values.templateName);
  const unavailable = templates
    .filter((t) => t.name === values.templateName && t.status !== "approved")
    .map((t) => `${t.language}: ${statusText(t)}`)
    .join(" · ");
  return (
    <section
      aria-labelledby="template-heading"
      className="space-y-4 rounded-lg border border-slate-200 dark:border-slate-700 bg-white dark:bg-slate-900 p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="template-heading" className="text-sm font-semibold text-slate-900 dark:text-slate-100">
          Template
        </h2>
        <p aria-live="polite" className="text-xs text-slate-500 dark:text-slate-400">
          {refreshing ? "Loading templates…" : catalog ? <Freshness catalog={catalog} /> : null}
        </p>
        <Button className="ml-auto" onClick={onRefresh} disabled={refreshing}>
          Refresh templates
        </Button>
      </div>
      {loadError && (
        <div
          role="alert"
          className="rounded-lg border border-red-300 dark:border-red-800 bg-red-50 dark:bg-red-950 p-3 text-sm text-red-950 dark:text-red-100"
        >
          <p className="font-semibold">{loadError.title}</p>
          <p className="mt-1">{loadError.message}</p>
          <p className="mt-1">
            <span className="font-medium">What to do: </span>
            {loadError.hint}
          </p>
          <p className="mt-1 text-xs text-red-800 dark:text-red-200">
            Code <code className="font-mono">{loadError.code}</code>
            {loadError.status ? <> · HTTP {loadError.status}</> : null}
          </p>
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <Controller
          control={form.control}
          name="templateName"
          render={({ field, fieldState }) => (
            <Field id="template-name" label="Template" required error={fieldState.error?.message}>
              {(control) => (
                <TemplatePicker
                  control={control}
                  inputRef={field.ref}
                  choices={templateChoices(templates)}
                  value={field.value}
                  onChange={(name) => {
                    field.onChange(name);
                    // Another template: its variables start empty; the language stays when the template has it.
                    form.setValue("variables", {});
                    form.setValue("filenames", {});
                    form.setValue("language", defaultLanguage(templates, name, form.getValues("language")), {
                      shouldValidate: form.formState.isSubmitted,
                    });
                  }}
                />
              )}
            </Field>
          )}
        />
        <Controller
          control={form.control}
          name="language"
          render={({ field, fieldState }) => (
            <Field
              id="template-language"
              label="Language"
              required
              error={fieldState.error?.message}
              hint={unavailable || undefined}
            >
              {(control) => (
                <select {...control} {...field} className={inputClass}>
                  {languages.length === 0 && <option value="">Choose a template first</option>}
                  {languages.map((language) => (
                    <option key={language} value={language}>
                      {language}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
        />
      </div>
      {definition && <TemplateVariableFields form={form} variables={templateVariables(definition)} values={values} />}
    </section>
  );
}

function Freshness({ catalog }: { catalog: TemplateCatalog }) {
  const count = new Set(catalog.templates.map((t) => t.name)).size;
  const age = useAge(catalog.fetchedAt);
  return (
    <>
      {count} template{count === 1 ? "" : "s"}, fetched at <LocalTime date={catalog.fetchedAt} format="time" />
      {age ? ` (${age})` : null}
    </>
  );
}

const subscribeEvery5s = (onChange: () => void) => {
  const timer = setInterval(onChange, 5_000);
  return () => clearInterval(timer);
};

/** "12 s ago", "3 min ago"; empty during server rendering so hydration never disagrees. */
function useAge(iso: string): string {
  const now = useSyncExternalStore(
    subscribeEvery5s,
    () => Math.floor(Date.now() / 5_000) * 5_000,
    () => 0,
  );
  if (now === 0) return "";
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (seconds < 60) return `${seconds} s ago`;
  return `${Math.floor(seconds / 60)} min ago`;
}
