import { describe, expect, it } from "vitest";
import { SANDBOX_TEMPLATE_GROUPS } from "@/lib/connectly/sandbox/templates";
import { approvedLanguages, choiceMatches, defaultLanguage, statusText, templateChoices } from "./catalog";
import { normalizeTemplates } from "./normalize";

const catalog = normalizeTemplates({ entity: { templateGroups: SANDBOX_TEMPLATE_GROUPS } });
const choices = templateChoices(catalog);
const choice = (name: string) => choices.find((c) => c.name === name)!;

describe("templateChoices", () => {
  it("groups translations under one entry per name, selectable only with an approved language", () => {
    expect(choice("order_update").translations.map((t) => t.language)).toEqual(["en", "en_US", "pt_BR"]);
    expect(choice("order_update")).toMatchObject({ category: "UTILITY", selectable: true });
    expect(choice("holiday_hours").selectable).toBe(false);
    expect(choice("flash_deal").selectable).toBe(false);
    expect(choices.map((c) => c.name)).toEqual([...choices.map((c) => c.name)].sort());
  });

  it("marks a carousel template, and only that one", () => {
    expect(choices.filter((c) => c.carousel).map((c) => c.name)).toEqual(["spring_collection"]);
  });
});

describe("choiceMatches", () => {
  it("finds a template by part of its name, spaces for underscores, its category or a language", () => {
    expect(choiceMatches(choice("order_update"), "ORDER up")).toBe(true);
    expect(choiceMatches(choice("order_update"), "pt_br")).toBe(true);
    expect(choiceMatches(choice("summer_sale"), "marketing")).toBe(true);
    expect(choiceMatches(choice("summer_sale"), "order")).toBe(false);
    expect(choiceMatches(choice("summer_sale"), "  ")).toBe(true);
    expect(choiceMatches(choice("spring_collection"), "carousel")).toBe(true);
    expect(choiceMatches(choice("summer_sale"), "carousel")).toBe(false);
  });
});

describe("approvedLanguages and defaultLanguage", () => {
  it("offers only approved languages and keeps the current one when it is among them", () => {
    expect(approvedLanguages(catalog, "order_update")).toEqual(["en", "en_US", "pt_BR"]);
    expect(approvedLanguages(catalog, "holiday_hours")).toEqual([]);
    expect(defaultLanguage(catalog, "order_update", "pt_BR")).toBe("pt_BR");
    expect(defaultLanguage(catalog, "invoice_ready", "en")).toBe("es_MX");
    expect(defaultLanguage(catalog, "holiday_hours", "en")).toBe("");
  });
});

describe("statusText", () => {
  it("says why a template cannot be sent, in words", () => {
    const [flash] = choice("flash_deal").translations;
    const [holiday] = choice("holiday_hours").translations;
    expect(statusText(flash!)).toBe("Rejected: Invalid format");
    expect(statusText(holiday!)).toBe("Pending approval");
    expect(statusText({ ...flash!, rejectionReason: "Looks like spam." })).toBe("Rejected: Looks like spam.");
  });
});
