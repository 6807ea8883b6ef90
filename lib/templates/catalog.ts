import type { TemplateDefinition } from "./types";

/** One entry of the Template picker: a template name with every language it exists in. */
export interface TemplateChoice {
  name: string;
  category: string;
  /** Every (name, language) pair, approved or not, sorted by language. */
  translations: TemplateDefinition[];
  /** At least one language is approved, so the template can be sent. */
  selectable: boolean;
  /** A carousel template (in any of its languages): the picker tags it "Carousel". */
  carousel: boolean;
}

export function templateChoices(catalog: readonly TemplateDefinition[]): TemplateChoice[] {
  const byName = new Map<string, TemplateDefinition[]>();
  for (const definition of catalog) byName.set(definition.name, [...(byName.get(definition.name) ?? []), definition]);
  return [...byName.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, translations]) => ({
      name,
      category: translations.find((t) => t.category)?.category ?? "",
      translations: [...translations].sort((a, b) => a.language.localeCompare(b.language)),
      selectable: translations.some((t) => t.status === "approved"),
      carousel: translations.some((t) => t.carousel !== undefined),
    }));
}

/** Case-insensitive match on the name (spaces match underscores), the category, a language code or the tag. */
export function choiceMatches(choice: TemplateChoice, query: string): boolean {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const languages = choice.translations.map((t) => t.language);
  const tag = choice.carousel ? ["carousel"] : [];
  const haystack = [choice.name, choice.name.replaceAll("_", " "), choice.category, ...tag, ...languages]
    .join(" ")
    .toLowerCase();
  return words.every((word) => haystack.includes(word));
}

export function findTemplate(
  catalog: readonly TemplateDefinition[],
  name: string,
  language: string,
): TemplateDefinition | undefined {
  return catalog.find((definition) => definition.name === name && definition.language === language);
}

/** The languages this template can be sent in. */
export function approvedLanguages(catalog: readonly TemplateDefinition[], name: string): string[] {
  return catalog
    .filter((definition) => definition.name === name && definition.status === "approved")
    .map((definition) => definition.language)
    .sort();
}

/** The language to preselect: the current one when still approved for this template, else the first approved. */
export function defaultLanguage(catalog: readonly TemplateDefinition[], name: string, current: string): string {
  const languages = approvedLanguages(catalog, name);
  return languages.includes(current) ? current : (languages[0] ?? "");
}

/** The status in words for the picker: "Pending approval", "Rejected: Invalid format". */
export function statusText(definition: TemplateDefinition): string {
  switch (definition.status) {
    case "approved":
      return "Approved";
    case "pending":
      return "Pending approval";
    case "rejected":
      return definition.rejectionReason ? `Rejected: ${readableReason(definition.rejectionReason)}` : "Rejected";
  }
}

// Meta's reasons are enum names (INVALID_FORMAT, TAG_CONTENT_MISMATCH); a reason already in words stays as it is.
function readableReason(reason: string): string {
  if (!/^[A-Z0-9_]+$/.test(reason)) return reason;
  const words = reason.toLowerCase().replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
