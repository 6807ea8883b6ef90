import { describe, expect, it } from "vitest";
import { SANDBOX_TEMPLATE_GROUPS } from "@/lib/connectly/sandbox/templates";
import { normalizeTemplates } from "./normalize";

const sandboxAnswer = { entity: { templateGroups: SANDBOX_TEMPLATE_GROUPS } };

describe("normalizeTemplates on the sandbox's get/templates answer", () => {
  const templates = normalizeTemplates(sandboxAnswer);
  const find = (name: string, language = "en") => templates.find((t) => t.name === name && t.language === language);

  it("gives one definition per name and language, sorted", () => {
    expect(templates.map((t) => `${t.name}/${t.language}`)).toEqual([
      "appointment_reminder/en",
      "delivery_delay_notice/en",
      "flash_deal/en",
      "holiday_hours/en",
      "invoice_ready/es_MX",
      "order_update/en",
      "order_update/en_US",
      "order_update/pt_BR",
      "spring_collection/en",
      "summer_sale/en",
      "welcome_video/en",
    ]);
  });

  it("reads a text header, body with examples, footer, and URL and quick-reply buttons", () => {
    expect(find("order_update", "pt_BR")).toEqual({
      id: "1027384950000003",
      name: "order_update",
      language: "pt_BR",
      category: "UTILITY",
      status: "approved",
      header: { kind: "text", text: "Pedido {{1}} atualizado", example: "#4521" },
      body: {
        text: "Olá {{1}}, seu pedido {{2}} foi enviado e deve chegar até {{3}}.",
        examples: ["Ana", "#4521", "Friday, 14 March"],
      },
      footer: "Example Shop",
      buttons: [
        {
          kind: "url",
          text: "Rastrear pedido",
          url: "https://shop.example.com/track/{{1}}",
          example: "https://shop.example.com/track/4521",
        },
        { kind: "quick_reply", text: "Falar com atendente" },
      ],
    });
  });

  it("reads image, video and document headers with their example URLs", () => {
    expect(find("summer_sale")?.header).toEqual({
      kind: "image",
      example: "https://shop.example.com/media/summer-sale.jpg",
    });
    expect(find("welcome_video")?.header).toEqual({
      kind: "video",
      example: "https://shop.example.com/media/welcome.mp4",
    });
    expect(find("invoice_ready", "es_MX")?.header).toEqual({
      kind: "document",
      example: "https://shop.example.com/media/factura-4521.pdf",
    });
  });

  it("reads a phone button", () => {
    expect(find("invoice_ready", "es_MX")?.buttons).toEqual([
      { kind: "phone", text: "Llamar a soporte", phone: "+525512345678" },
    ]);
  });

  it("maps pending and rejected statuses, keeping the rejection reason", () => {
    expect(find("holiday_hours")).toMatchObject({ status: "pending" });
    expect(find("holiday_hours")?.rejectionReason).toBeUndefined();
    expect(find("flash_deal")).toMatchObject({ status: "rejected", rejectionReason: "INVALID_FORMAT" });
  });

  it("gives a template without a header or buttons none", () => {
    const notice = find("delivery_delay_notice");
    expect(notice?.header).toBeUndefined();
    expect(notice?.footer).toBe("Example Shop");
    expect(notice?.buttons).toEqual([]);
    expect(notice?.body.examples).toEqual([]);
  });
});

describe("normalizeTemplates, read liberally", () => {
  it("reads Meta's raw components under externalTemplate.whatsapp when Connectly's are absent", () => {
    const [definition] = normalizeTemplates({
      entity: {
        templateGroups: [
          {
            id: "g1",
            name: "appointment_reminder",
            category: "TEMPLATE_CATEGORY_UTILITY",
            templates: [
              {
                id: "t1",
                language: { code: "en_GB" },
                status: "MESSAGE_TEMPLATE_STATUS_APPROVED",
                externalTemplate: {
                  whatsapp: {
                    components: [
                      { type: "HEADER", format: "DOCUMENT", example: { header_handle: ["https://x.example/a.pdf"] } },
                      { type: "BODY", text: "Hi {{1}}, see you at {{2}}.", example: { body_text: [["Sam", "3pm"]] } },
                      { type: "FOOTER", text: "Clinic" },
                      {
                        type: "BUTTONS",
                        buttons: [
                          {
                            type: "URL",
                            text: "Reschedule",
                            url: "https://x.example/r/{{1}}",
                            example: ["https://x.example/r/9"],
                          },
                          { type: "PHONE_NUMBER", text: "Call us", phone_number: "+441234567890" },
                          { type: "QUICK_REPLY", text: "Confirm" },
                          { type: "COPY_CODE", text: "Copy code" },
                        ],
                      },
                    ],
                  },
                },
              },
            ],
          },
        ],
      },
    });
    expect(definition).toEqual({
      id: "t1",
      name: "appointment_reminder",
      language: "en_GB",
      category: "UTILITY",
      status: "approved",
      header: { kind: "document", example: "https://x.example/a.pdf" },
      body: { text: "Hi {{1}}, see you at {{2}}.", examples: ["Sam", "3pm"] },
      footer: "Clinic",
      buttons: [
        { kind: "url", text: "Reschedule", url: "https://x.example/r/{{1}}", example: "https://x.example/r/9" },
        { kind: "phone", text: "Call us", phone: "+441234567890" },
        { kind: "quick_reply", text: "Confirm" },
        { kind: "other", text: "Copy code" },
      ],
    });
  });

  it("skips unknown component kinds and malformed entries instead of throwing", () => {
    const templates = normalizeTemplates({
      entity: {
        templateGroups: [
          null,
          { name: "" },
          {
            name: "odd",
            templates: [
              "nonsense",
              { status: "APPROVED" },
              {
                language: { code: "en" },
                status: "APPROVED",
                templateComponents: [
                  { carousel: { cards: [] } },
                  { header: { media: { type: "TYPE_LOCATION" } } },
                  { body: { text: { text: "Hello", example: "just one" } } },
                  { buttons: { buttons: [{ otp: { text: "Copy" } }, 7] } },
                  42,
                ],
              },
            ],
          },
        ],
      },
    });
    expect(templates).toEqual([
      {
        id: "odd:en",
        name: "odd",
        language: "en",
        category: "",
        status: "approved",
        body: { text: "Hello", examples: ["just one"] },
        buttons: [
          { kind: "other", text: "Copy" },
          { kind: "other", text: "" },
        ],
      },
    ]);
  });

  it("answers an empty list for answers with no template groups", () => {
    expect(normalizeTemplates(undefined)).toEqual([]);
    expect(normalizeTemplates({ entity: {} })).toEqual([]);
    expect(normalizeTemplates("<html>")).toEqual([]);
  });

  it("treats an unknown status as not sendable, and keeps the approved copy of a duplicated pair", () => {
    const group = (status: string, id: string) => ({
      name: "dup",
      templates: [{ id, language: { code: "en" }, status, templateComponents: [] }],
    });
    const templates = normalizeTemplates({
      templateGroups: [group("MESSAGE_TEMPLATE_STATUS_PAUSED", "a"), group("MESSAGE_TEMPLATE_STATUS_APPROVED", "b")],
    });
    expect(templates).toHaveLength(1);
    expect(templates[0]).toMatchObject({ id: "b", status: "approved" });
    expect(normalizeTemplates({ templateGroups: [group("SOMETHING_NEW", "c")] })[0]?.status).toBe("pending");
  });
});
