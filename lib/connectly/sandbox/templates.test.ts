import { describe, expect, it } from "vitest";
import { send, sendTemplate, TEMPLATES_PATH } from "@/test-support/sandbox-requests";
import { createSandbox } from "./handler";
import {
  type ConnectlyTemplate,
  type ConnectlyTemplateButton,
  type ConnectlyTemplateCardComponent,
  type ConnectlyTemplateComponent,
  type ConnectlyTemplatesResponse,
  SANDBOX_TEMPLATE_GROUPS,
} from "./templates";

const listTemplates = (options: Parameters<typeof send>[2] = {}) =>
  send(createSandbox(), undefined, { path: TEMPLATES_PATH, ...options });

const allTemplates = SANDBOX_TEMPLATE_GROUPS.flatMap((group) =>
  group.templates.map((template) => ({ group, template })),
);

function find(name: string, code: string): ConnectlyTemplate {
  const template = SANDBOX_TEMPLATE_GROUPS.find((group) => group.name === name)?.templates.find(
    (candidate) => candidate.language.code === code,
  );
  if (!template) throw new Error(`no fixture ${name} ${code}`);
  return template;
}

function part<K extends "header" | "body" | "footer" | "buttons">(template: ConnectlyTemplate, key: K) {
  const component = template.templateComponents.find((candidate) => key in candidate);
  return (component as Extract<ConnectlyTemplateComponent, Record<K, unknown>> | undefined)?.[key];
}

const variables = (text: string) => new Set([...text.matchAll(/\{\{(\d+)\}\}/g)].map((match) => match[1])).size;

describe("POST get/templates", () => {
  it("answers every template group under entity.templateGroups", async () => {
    const response = await listTemplates();
    const body = (await response.json()) as ConnectlyTemplatesResponse;
    expect(response.status).toBe(200);
    expect(body).toEqual({ entity: { templateGroups: SANDBOX_TEMPLATE_GROUPS } });
  });

  it("lists approved, pending and rejected templates, the rejected one with its reason", async () => {
    const body = (await (await listTemplates()).json()) as ConnectlyTemplatesResponse;
    const statuses = body.entity.templateGroups.flatMap((group) =>
      group.templates.map(({ status, rejectionReason }) => ({ name: group.name, status, rejectionReason })),
    );
    expect(statuses).toContainEqual({ name: "holiday_hours", status: "MESSAGE_TEMPLATE_STATUS_PENDING" });
    expect(statuses).toContainEqual({
      name: "flash_deal",
      status: "MESSAGE_TEMPLATE_STATUS_REJECTED",
      rejectionReason: "INVALID_FORMAT",
    });
    expect(statuses.filter(({ status }) => status === "MESSAGE_TEMPLATE_STATUS_APPROVED").length).toBeGreaterThan(5);
  });

  it("refuses a request without the API key", async () => {
    const response = await listTemplates({ apiKey: null });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: "ERROR_CODE_BUSINESS_KEY_SECRET_ABSENT" });
  });

  it("answers GET with 405, as it is a POST endpoint", async () => {
    const response = await listTemplates({ method: "GET" });
    expect({ status: response.status, allow: response.headers.get("allow") }).toEqual({ status: 405, allow: "POST" });
  });

  it("serves a copy, so that changing one answer changes no later one", async () => {
    const sandbox = createSandbox();
    const list = async () =>
      (await (await send(sandbox, undefined, { path: TEMPLATES_PATH })).json()) as ConnectlyTemplatesResponse;
    const first = await list();
    const recorded = sandbox.received()[0]?.response as ConnectlyTemplatesResponse;
    recorded.entity.templateGroups.length = 0;
    expect(await list()).toEqual(first);
  });
});

describe("the sandbox's templates", () => {
  it("are named as WhatsApp requires, each group's id being its name", () => {
    for (const group of SANDBOX_TEMPLATE_GROUPS) {
      expect(group.name).toMatch(/^[a-z0-9_]+$/);
      expect(group.id).toBe(group.name);
    }
  });

  it("give each variable an example", () => {
    for (const { template } of allTemplates) {
      const body = part(template, "body");
      expect(body?.text.example ?? []).toHaveLength(variables(body?.text.text ?? ""));
    }
  });

  it("offer order_update in en, en_US and pt_BR: a header variable, three body variables, a URL button", () => {
    for (const code of ["en", "en_US", "pt_BR"]) {
      const template = find("order_update", code);
      const header = part(template, "header");
      expect(header && "text" in header && variables(header.text.text)).toBe(1);
      expect(variables(part(template, "body")?.text.text ?? "")).toBe(3);
      expect(part(template, "footer")?.text.text).toBeTruthy();
      const buttons = part(template, "buttons")?.buttons ?? [];
      expect(buttons.map((button) => Object.keys(button)[0])).toEqual(["url", "quickReply"]);
      expect((buttons[0] as Extract<ConnectlyTemplateButton, { url: unknown }>).url.url).toMatch(/\{\{1\}\}$/);
    }
  });

  it("include a marketing template whose body runs past five lines, with an image and four quick replies", () => {
    const template = find("summer_sale", "en");
    expect(part(template, "header")).toMatchObject({ media: { type: "TYPE_IMAGE" } });
    expect(part(template, "body")?.text.text.split("\n").length).toBeGreaterThan(5);
    const buttons = part(template, "buttons")?.buttons ?? [];
    expect(buttons.length).toBeGreaterThanOrEqual(4);
    expect(buttons.every((button) => "quickReply" in button)).toBe(true);
  });

  it("include a document header in es_MX, a video header, a phone button and a template without variables", () => {
    expect(part(find("invoice_ready", "es_MX"), "header")).toMatchObject({ media: { type: "TYPE_DOCUMENT" } });
    expect(part(find("welcome_video", "en"), "header")).toMatchObject({ media: { type: "TYPE_VIDEO" } });
    expect(part(find("invoice_ready", "es_MX"), "buttons")?.buttons[0]).toMatchObject({
      phoneNumber: { phoneNumber: expect.stringMatching(/^\+\d+$/) },
    });
    expect(variables(part(find("delivery_delay_notice", "en"), "body")?.text.text ?? "x{{1}}")).toBe(0);
  });

  it("include an approved template whose only part is a body of exactly one variable, with its example", () => {
    const template = find("appointment_reminder", "en");
    expect(template.status).toBe("MESSAGE_TEMPLATE_STATUS_APPROVED");
    expect(template.templateComponents.map((component) => Object.keys(component)[0])).toEqual(["body"]);
    const body = part(template, "body")?.text;
    expect(variables(body?.text ?? "")).toBe(1);
    expect(body?.example).toHaveLength(1);
  });

  it("include a carousel of three cards, each with an image header, a body variable and a URL button with a suffix", () => {
    const template = find("spring_collection", "en");
    const carousel = template.templateComponents.find((component) => "carousel" in component);
    const cards = carousel && "carousel" in carousel ? carousel.carousel.cards : [];
    expect(cards).toHaveLength(3);
    const shapes = cards.map((card) =>
      card.components.map((component) => {
        if ("header" in component) return `header:${component.header.media.type}`;
        if ("body" in component) return `body:${variables(component.body.text.text)}`;
        return `buttons:${component.buttons.buttons.map((button) => Object.keys(button)[0]).join("+")}`;
      }),
    );
    // WhatsApp requires every card of a carousel to have the same components.
    for (const shape of shapes) expect(shape).toEqual(["header:TYPE_IMAGE", "body:1", "buttons:url+quickReply"]);
    for (const card of cards) {
      const buttons = card.components.find((component) => "buttons" in component);
      const url = buttons && "buttons" in buttons ? buttons.buttons.buttons[0] : undefined;
      expect(url && "url" in url && url.url.url).toMatch(/\{\{1\}\}$/);
    }
  });

  // The fixture and the send checks must agree: the examples make a valid send of every approved template.
  it.each(allTemplates.filter(({ template }) => template.status === "MESSAGE_TEMPLATE_STATUS_APPROVED"))(
    "accept a send of $group.name ($template.language.code) filled with its own examples",
    async ({ group, template }) => {
      const response = await sendTemplate(createSandbox(), {
        number: "+16044441111",
        templateName: group.name,
        language: template.language.code,
        parameters: parametersFromExamples(template),
      });
      expect({ status: response.status, body: await response.json() }).toEqual({
        status: 200,
        body: { id: expect.any(String) },
      });
    },
  );
});

function parametersFromExamples(template: ConnectlyTemplate): { name: string; value: string }[] {
  const carousel = template.templateComponents.find((component) => "carousel" in component);
  const cards = carousel && "carousel" in carousel ? carousel.carousel.cards : [];
  return [
    ...partParameters(template.templateComponents, ""),
    ...cards.flatMap((card, i) => partParameters(card.components, `card_${i + 1}_`)),
  ];
}

function partParameters(
  components: readonly (ConnectlyTemplateComponent | ConnectlyTemplateCardComponent)[],
  prefix: string,
): { name: string; value: string }[] {
  const parameters: { name: string; value: string }[] = [];
  const find = <K extends "header" | "body" | "buttons">(key: K) =>
    (components.find((candidate) => key in candidate) as Extract<ConnectlyTemplateComponent, Record<K, unknown>>)?.[
      key
    ];
  const header = find("header");
  if (header && "media" in header) {
    const kind = header.media.type.replace("TYPE_", "").toLowerCase();
    parameters.push({ name: `${prefix}header_${kind}`, value: header.media.example?.[0] ?? "" });
  } else if (header && variables(header.text.text) > 0) {
    parameters.push({ name: `${prefix}header_text`, value: header.text.example?.[0] ?? "" });
  }
  find("body")?.text.example?.forEach((value, i) => {
    parameters.push({ name: `${prefix}body_${i + 1}`, value });
  });
  find("buttons")?.buttons.forEach((button, i) => {
    if (!("url" in button) || !button.url.url.includes("{{1}}")) return;
    const base = button.url.url.replace("{{1}}", "");
    parameters.push({
      name: `${prefix}button_${i + 1}_url`,
      value: (button.url.example?.[0] ?? "").slice(base.length),
    });
  });
  return parameters;
}
