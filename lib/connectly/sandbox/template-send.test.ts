import { isValid as isUlid } from "ulid";
import { describe, expect, it } from "vitest";
import { orderUpdateTo, sendTemplate, TEMPLATE_SEND_PATH } from "@/test-support/sandbox-requests";
import { createSandbox } from "./handler";
import { reservedNumberFor } from "./reserved";

const CUSTOMER = "+16044441111";

type Parameter = { name: string; value: string };

const send = (body: unknown) => sendTemplate(createSandbox(), body);

function withParameters(change: (parameters: Parameter[]) => Parameter[]): Record<string, unknown> {
  const body = orderUpdateTo(CUSTOMER);
  return { ...body, parameters: change(body.parameters as Parameter[]) };
}

const setParameter = (name: string, value: string) =>
  withParameters((parameters) => parameters.map((p) => (p.name === name ? { name, value } : p)));

async function expectRejected(response: Response, code: string, message?: RegExp): Promise<Record<string, unknown>> {
  const body = (await response.json()) as Record<string, unknown>;
  expect({ status: response.status, code: body.code }).toEqual({ status: 400, code });
  if (message) expect(body.message).toMatch(message);
  return body;
}

async function expectAccepted(response: Response): Promise<string> {
  const body = (await response.json()) as { id: string };
  expect({ status: response.status, ulid: isUlid(body.id) }).toEqual({ status: 200, ulid: true });
  return body.id;
}

// "Hi {{1}}, your order {{2}} has shipped and should arrive by {{3}}." with body_2 = "#4521", body_3 = "Friday".
const ORDER_UPDATE_BODY_WITHOUT_NAME = "Hi , your order #4521 has shipped and should arrive by Friday.".length;

describe("template send: the template", () => {
  it("accepts an approved template with all of its parameters and answers a ULID", async () => {
    await expectAccepted(await send(orderUpdateTo(CUSTOMER)));
  });

  it("refuses a template that does not exist", async () => {
    const response = await send({ number: CUSTOMER, templateName: "no_such_template", language: "en" });
    await expectRejected(response, "ERROR_CODE_MESSAGE_TEMPLATE_NOT_FOUND", /no_such_template/);
  });

  it("refuses a language the template has no translation in", async () => {
    const body = await expectRejected(
      await send(orderUpdateTo(CUSTOMER, { language: "es_MX" })),
      "ERROR_CODE_MESSAGE_TEMPLATE_NOT_FOUND",
      /es_MX.*en, en_US, pt_BR/,
    );
    expect(body.details).toEqual({ field: "language" });
  });

  it("treats the language code as case-sensitive", async () => {
    const response = await send(orderUpdateTo(CUSTOMER, { language: "pt_br" }));
    await expectRejected(response, "ERROR_CODE_MESSAGE_TEMPLATE_NOT_FOUND");
  });

  it("refuses a pending template", async () => {
    const response = await send({
      number: CUSTOMER,
      templateName: "holiday_hours",
      language: "en",
      parameters: [
        { name: "body_1", value: "Ana" },
        { name: "body_2", value: "24 December" },
      ],
    });
    await expectRejected(response, "ERROR_CODE_MESSAGE_TEMPLATE_NOT_FOUND", /pending review/);
  });

  it("refuses a rejected template, giving the reason", async () => {
    const response = await send({
      number: CUSTOMER,
      templateName: "flash_deal",
      language: "en",
      parameters: [{ name: "body_1", value: "https://deals.example.com" }],
    });
    await expectRejected(response, "ERROR_CODE_MESSAGE_TEMPLATE_NOT_FOUND", /rejected \(INVALID_FORMAT\)/);
  });

  it("sends the en translation when no language is given, as Connectly documents", async () => {
    await expectAccepted(await send({ number: CUSTOMER, templateName: "delivery_delay_notice" }));
  });

  it("accepts a template of one body variable given just body_1, and refuses it without", async () => {
    const appointment = { number: CUSTOMER, templateName: "appointment_reminder", language: "en" };
    await expectAccepted(await send({ ...appointment, parameters: [{ name: "body_1", value: "Monday at 9:00" }] }));
    await expectRejected(await send(appointment), "ERROR_CODE_MESSAGE_TEMPLATE_INPUT_INVALID", /body_1 is missing/);
  });

  it("refuses a send without a template name", async () => {
    await expectRejected(await send({ number: CUSTOMER, language: "en" }), "ERROR_CODE_MESSAGE_TEMPLATE_NOT_FOUND");
  });
});

describe("template send: parameters", () => {
  it("refuses a missing body variable", async () => {
    const body = withParameters((parameters) => parameters.filter(({ name }) => name !== "body_2"));
    await expectRejected(await send(body), "ERROR_CODE_MESSAGE_TEMPLATE_INPUT_INVALID", /body_2 is missing/);
  });

  it("refuses a body variable the template does not have", async () => {
    const body = withParameters((parameters) => [...parameters, { name: "body_4", value: "extra" }]);
    await expectRejected(await send(body), "ERROR_CODE_MESSAGE_TEMPLATE_INPUT_INVALID", /no parameter body_4/);
  });

  it("refuses a parameter name Connectly does not know", async () => {
    const body = withParameters((parameters) => [...parameters, { name: "footer_text", value: "x" }]);
    const answer = await expectRejected(await send(body), "ERROR_CODE_MESSAGE_TEMPLATE_INPUT_INVALID", /footer_text/);
    expect(answer.details).toEqual({ field: "parameters[5].name" });
  });

  it("refuses a parameter given twice", async () => {
    const body = withParameters((parameters) => [...parameters, { name: "body_1", value: "Bia" }]);
    await expectRejected(await send(body), "ERROR_CODE_MESSAGE_TEMPLATE_INPUT_INVALID", /body_1 is given twice/);
  });

  it("refuses an empty parameter value", async () => {
    const response = await send(setParameter("body_1", " "));
    await expectRejected(response, "ERROR_CODE_MESSAGE_TEMPLATE_INPUT_INVALID", /body_1 is empty/);
  });

  it("refuses a missing text header variable", async () => {
    const body = withParameters((parameters) => parameters.filter(({ name }) => name !== "header_text"));
    await expectRejected(await send(body), "ERROR_CODE_MESSAGE_TEMPLATE_INPUT_INVALID", /header_text is missing/);
  });

  it("refuses a missing URL-button suffix", async () => {
    const body = withParameters((parameters) => parameters.filter(({ name }) => name !== "button_1_url"));
    await expectRejected(await send(body), "ERROR_CODE_MESSAGE_TEMPLATE_INPUT_INVALID", /button_1_url is missing/);
  });

  it("refuses a media header without its URL", async () => {
    const response = await send({
      number: CUSTOMER,
      templateName: "summer_sale",
      language: "en",
      parameters: [
        { name: "body_1", value: "Ana" },
        { name: "body_2", value: "SUMMER10" },
      ],
    });
    await expectRejected(response, "ERROR_CODE_MESSAGE_TEMPLATE_INPUT_INVALID", /header_image is missing/);
  });

  it("refuses a media header URL that is not http(s)", async () => {
    const response = await send({
      number: CUSTOMER,
      templateName: "welcome_video",
      language: "en",
      parameters: [
        { name: "header_video", value: "file:///tmp/welcome.mp4" },
        { name: "body_1", value: "Ana" },
      ],
    });
    await expectRejected(response, "ERROR_CODE_MESSAGE_TEMPLATE_INPUT_INVALID", /header_video must be .*http\(s\)/);
  });

  it("accepts a document header with its file name", async () => {
    const response = await send({
      number: CUSTOMER,
      templateName: "invoice_ready",
      language: "es_MX",
      parameters: [
        { name: "header_document", value: "https://shop.example.com/f/4521.pdf", filename: "Factura 4521.pdf" },
        { name: "body_1", value: "Lucía" },
        { name: "body_2", value: "F-2025-0142" },
        { name: "body_3", value: "$1,250.00 MXN" },
      ],
    });
    await expectAccepted(response);
  });

  it("refuses parameters that are not a list", async () => {
    const response = await send(orderUpdateTo(CUSTOMER, { parameters: { body_1: "Ana" } }));
    await expectRejected(response, "ERROR_CODE_MESSAGE_TEMPLATE_INPUT_INVALID");
  });

  it("accepts a body of exactly 1024 characters after substitution", async () => {
    const name = "a".repeat(1024 - ORDER_UPDATE_BODY_WITHOUT_NAME);
    await expectAccepted(await send(setParameter("body_1", name)));
  });

  it("refuses a body over 1024 characters after substitution", async () => {
    const name = "a".repeat(1025 - ORDER_UPDATE_BODY_WITHOUT_NAME);
    const response = await send(setParameter("body_1", name));
    await expectRejected(response, "ERROR_CODE_MESSAGE_TEMPLATE_INPUT_INVALID", /1025 characters/);
  });

  it("counts an emoji of several code points as one character", async () => {
    const name = "👍🏽".repeat(1024 - ORDER_UPDATE_BODY_WITHOUT_NAME);
    await expectAccepted(await send(setParameter("body_1", name)));
  });

  it("refuses a text header over 60 characters after substitution", async () => {
    const response = await send(setParameter("header_text", "#".repeat(60)));
    await expectRejected(response, "ERROR_CODE_MESSAGE_TEMPLATE_INPUT_INVALID", /header is \d+ characters/);
  });
});

describe("template send: recipient, sender and options", () => {
  it("refuses a number that is not E.164", async () => {
    await expectRejected(await send(orderUpdateTo("6044441111")), "ERROR_CODE_PHONE_NUMBER_BAD_FORMAT");
  });

  it("accepts a BSUID written with the bsuid: prefix", async () => {
    await expectAccepted(await send(orderUpdateTo("bsuid:US.13491208655302741918")));
  });

  it("refuses a bare BSUID, saying to prefix it", async () => {
    await expectRejected(
      await send(orderUpdateTo("US.13491208655302741918")),
      "ERROR_CODE_PHONE_NUMBER_BAD_FORMAT",
      /bsuid:US\.13491208655302741918/,
    );
  });

  it("accepts a sender given as a plain E.164 string", async () => {
    await expectAccepted(await send(orderUpdateTo(CUSTOMER, { sender: "+14151111234" })));
  });

  it("refuses a sender given as an object, the session endpoint's form", async () => {
    const response = await send(orderUpdateTo(CUSTOMER, { sender: { id: "+14151111234", channelType: "whatsapp" } }));
    await expectRejected(response, "ERROR_CODE_INVALID_SENDER_ID");
  });

  it("refuses callbackData over 1024 bytes", async () => {
    const response = await send(orderUpdateTo(CUSTOMER, { callbackData: "x".repeat(1023) }));
    const body = await expectRejected(response, "ERROR_CODE_UNSPECIFIED");
    expect(body.details).toEqual({ field: "callbackData" });
  });

  it("accepts a campaign name and callbackData", async () => {
    const options = { campaignName: "spring_2025", callbackData: { orderId: "4521" } };
    await expectAccepted(await send(orderUpdateTo(CUSTOMER, options)));
  });
});

describe("template send: reserved numbers", () => {
  it("accepts a template to the closed-window number", async () => {
    await expectAccepted(await send(orderUpdateTo(reservedNumberFor("window-closed"))));
  });

  it("refuses a template to the opted-out number", async () => {
    const response = await send(orderUpdateTo(reservedNumberFor("opted-out")));
    await expectRejected(response, "ERROR_CODE_MESSAGE_CUSTOMER_OPTED_OUT");
  });

  it("rate-limits a template to the rate-limited number", async () => {
    const response = await send(orderUpdateTo(reservedNumberFor("rate-limited")));
    expect({ status: response.status, retryAfter: response.headers.get("retry-after") }).toEqual({
      status: 429,
      retryAfter: "1",
    });
  });

  it("records the template send in received()", async () => {
    const sandbox = createSandbox();
    const response = await sendTemplate(sandbox, orderUpdateTo(CUSTOMER));
    expect(sandbox.received()).toMatchObject([
      {
        method: "POST",
        path: TEMPLATE_SEND_PATH,
        body: orderUpdateTo(CUSTOMER),
        status: 200,
        response: await response.json(),
      },
    ]);
  });
});
