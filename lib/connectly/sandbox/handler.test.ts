import { isValid as isUlid } from "ulid";
import { describe, expect, it } from "vitest";
import { SEND_PATH, type SendOptions, send, textTo, withMessage } from "@/test-support/sandbox-requests";
import { SANDBOX_BUSINESS_ID } from "./constants";
import { createSandbox } from "./handler";

const ATTACHMENT = { type: "image", url: "https://example.com/image.jpg" };
const LIST = { button: { text: "Menu" }, sections: [{ title: "Pick", rows: [{ id: "r1", text: "Row" }] }] };
const BUTTONS = { buttons: [{ id: "b1", text: "Yes" }] };
const SINGLE_PRODUCT = { catalogId: "cat-1", productItem: { productRetailerId: "sku-1" } };
const MULTI_PRODUCT = {
  header: { text: "Our picks" },
  catalogId: "cat-1",
  sections: [{ title: "Shoes", productItems: [{ productRetailerId: "sku-1" }] }],
};

const sendBody = (body: unknown, options?: SendOptions) => send(createSandbox(), body, options);
const sendMessage = (message: unknown) => sendBody(withMessage(message));

async function expectRejected(response: Response, status: number, code: string): Promise<Record<string, unknown>> {
  const body = (await response.json()) as Record<string, unknown>;
  expect({ status: response.status, code: body.code }).toEqual({ status, code });
  return body;
}

async function expectAccepted(response: Response): Promise<void> {
  const body = (await response.json()) as Record<string, unknown>;
  expect({ status: response.status, body }).toEqual({ status: 200, body: { id: expect.any(String) } });
}

describe("routing and authentication", () => {
  it("answers 404 with a Connectly error body on an unknown path", async () => {
    const response = await sendBody(textTo("+16044441111"), {
      path: `/v1/businesses/${SANDBOX_BUSINESS_ID}/send/other`,
    });
    await expectRejected(response, 404, "ERROR_CODE_UNSPECIFIED");
  });

  it("answers 405 and allows POST when the send endpoint is called with GET", async () => {
    const response = await sendBody(undefined, { method: "GET" });
    expect(response.headers.get("allow")).toBe("POST");
    await expectRejected(response, 405, "ERROR_CODE_UNSPECIFIED");
  });

  it("refuses a request without an API key", async () => {
    const response = await sendBody(textTo("+16044441111"), { apiKey: null });
    await expectRejected(response, 401, "ERROR_CODE_BUSINESS_KEY_SECRET_ABSENT");
  });

  it("refuses a wrong API key", async () => {
    const response = await sendBody(textTo("+16044441111"), { apiKey: "not-the-key" });
    const body = await expectRejected(response, 401, "ERROR_CODE_BUSINESS_KEY_SECRET_ABSENT");
    expect(body.message).toMatch(/not valid/);
  });

  it("accepts the API key and business id it was created with", async () => {
    const sandbox = createSandbox({ apiKey: "k-123", businessId: "biz-9" });
    const path = "/v1/businesses/biz-9/send/messages";
    await expectAccepted(await send(sandbox, textTo("+16044441111"), { apiKey: "k-123", path }));
  });

  it("refuses a business id the key does not belong to", async () => {
    const response = await sendBody(textTo("+16044441111"), {
      path: "/v1/businesses/11111111-1111-4111-8111-111111111111/send/messages",
    });
    const body = await expectRejected(response, 401, "ERROR_CODE_BUSINESS_KEY_SECRET_ABSENT");
    expect(body.message).toMatch(/11111111-1111-4111-8111-111111111111/);
  });
});

describe("error bodies", () => {
  it("carries every Connectly field with a hex trace id", async () => {
    const body = await (await sendMessage({ text: "" })).json();
    expect(Object.keys(body).sort()).toEqual(
      ["code", "cntTraceId", "details", "message", "type", "userMessage", "userTitle"].sort(),
    );
    expect(body.cntTraceId).toMatch(/^[0-9a-f]{16}$/);
    expect(body.userMessage).toContain(body.cntTraceId);
    expect(body.type).toBe("ERROR_TYPE_INVALID_REQUEST");
  });

  it("names the offending field in details", async () => {
    const body = await (await sendMessage({ attachments: [ATTACHMENT, ATTACHMENT] })).json();
    expect(body.details).toEqual({ field: "message.attachments" });
  });
});

describe("body", () => {
  it("rejects a body that is not JSON", async () => {
    await expectRejected(await sendBody("{not json"), 400, "ERROR_CODE_UNSPECIFIED");
  });

  it("rejects a JSON body that is not an object", async () => {
    await expectRejected(await sendBody([textTo("+16044441111")]), 400, "ERROR_CODE_UNSPECIFIED");
  });

  it("ignores unknown top-level fields, as protobuf JSON does", async () => {
    await expectAccepted(await sendBody({ ...textTo("+16044441111"), somethingNew: { a: 1 } }));
  });

  it("accepts callbackData of exactly 1024 bytes", async () => {
    const callbackData = "x".repeat(1022); // plus the two quotes of its JSON form
    await expectAccepted(await sendBody({ ...textTo("+16044441111"), callbackData }));
  });

  it("rejects callbackData over 1024 bytes counted in UTF-8", async () => {
    const callbackData = "é".repeat(512); // 512 characters, 1024 bytes, 1026 with the quotes
    const body = await expectRejected(
      await sendBody({ ...textTo("+16044441111"), callbackData }),
      400,
      "ERROR_CODE_UNSPECIFIED",
    );
    expect(body.details).toEqual({ field: "callbackData" });
  });
});

describe("recipient", () => {
  it("rejects a request without a recipient id", async () => {
    const response = await sendBody({ recipient: { channelType: "whatsapp" }, message: { text: "Hi" } });
    await expectRejected(response, 400, "ERROR_CODE_PHONE_NUMBER_BAD_FORMAT");
  });

  it("rejects a recipient number without the + of E.164", async () => {
    await expectRejected(await sendBody(textTo("16044441111")), 400, "ERROR_CODE_PHONE_NUMBER_BAD_FORMAT");
  });

  it("rejects a recipient number written with spaces", async () => {
    await expectRejected(await sendBody(textTo("+1 604 444 1111")), 400, "ERROR_CODE_PHONE_NUMBER_BAD_FORMAT");
  });

  it("rejects an E.164-shaped recipient number that no phone can have", async () => {
    await expectRejected(await sendBody(textTo("+14151111234")), 400, "ERROR_CODE_PHONE_NUMBER_BAD_FORMAT");
  });

  it("accepts a bare BSUID as the recipient", async () => {
    const sandbox = createSandbox();
    sandbox.rememberWindows([{ customer: "US.13491208655302741918", businessNumber: "", at: new Date() }]);
    await expectAccepted(await send(sandbox, textTo("US.13491208655302741918")));
  });

  it("rejects a prefixed BSUID, which only the template endpoint takes", async () => {
    await expectRejected(
      await sendBody(textTo("bsuid:US.13491208655302741918")),
      400,
      "ERROR_CODE_PHONE_NUMBER_BAD_FORMAT",
    );
  });

  it("rejects a recipient without a channel type", async () => {
    const response = await sendBody({ recipient: { id: "+16044441111" }, message: { text: "Hi" } });
    const body = await expectRejected(response, 400, "ERROR_CODE_UNSPECIFIED");
    expect(body.details).toEqual({ field: "recipient.channelType" });
  });

  it("rejects a recipient on a channel other than WhatsApp", async () => {
    const response = await sendBody({ recipient: { id: "+16044441111", channelType: "sms" }, message: { text: "Hi" } });
    await expectRejected(response, 400, "ERROR_CODE_BUSINESS_MISSES_MATCHING_CHANNEL");
  });
});

describe("sender", () => {
  it("accepts a request without a sender", async () => {
    await expectAccepted(await sendBody(textTo("+16044441111")));
  });

  it("rejects a sender id that is not E.164", async () => {
    const sender = { id: "4151111234", channelType: "whatsapp" };
    const response = await sendBody({ ...textTo("+16044441111"), sender });
    await expectRejected(response, 400, "ERROR_CODE_INVALID_SENDER_ID");
  });

  it("rejects a sender given as a plain string, the template endpoint's form", async () => {
    const response = await sendBody({ ...textTo("+16044441111"), sender: "+14151111234" });
    await expectRejected(response, 400, "ERROR_CODE_INVALID_SENDER_ID");
  });

  it("rejects a sender without an id", async () => {
    const response = await sendBody({ ...textTo("+16044441111"), sender: { channelType: "whatsapp" } });
    await expectRejected(response, 400, "ERROR_CODE_INVALID_SENDER_ID");
  });
});

describe("message content", () => {
  it("rejects a request without a message", async () => {
    const response = await sendBody({ recipient: { id: "+16044441111", channelType: "whatsapp" } });
    await expectRejected(response, 400, "ERROR_CODE_MESSAGE_TEXT_EMPTY");
  });

  it("rejects a message with no content at all", async () => {
    await expectRejected(await sendMessage({ id: "01FPW47QF69Y5JZH24605VAKQB" }), 400, "ERROR_CODE_MESSAGE_TEXT_EMPTY");
  });

  it("rejects an empty text", async () => {
    await expectRejected(await sendMessage({ text: "" }), 400, "ERROR_CODE_MESSAGE_TEXT_EMPTY");
  });

  it("rejects a text of only whitespace", async () => {
    await expectRejected(await sendMessage({ text: " \n\t " }), 400, "ERROR_CODE_MESSAGE_TEXT_EMPTY");
  });

  it("treats an empty attachments array as no content", async () => {
    await expectRejected(await sendMessage({ attachments: [] }), 400, "ERROR_CODE_MESSAGE_TEXT_EMPTY");
  });

  it("rejects two content types in one message", async () => {
    const response = await sendMessage({ attachments: [ATTACHMENT], location: { latitude: 1, longitude: 2 } });
    const body = await expectRejected(response, 400, "ERROR_CODE_UNSPECIFIED");
    expect(body.message).toMatch(/attachments, location/);
  });

  it("rejects a list and reply buttons in one message", async () => {
    const response = await sendMessage({ text: "Body", listMessage: LIST, replyButtonMessage: BUTTONS });
    await expectRejected(response, 400, "ERROR_CODE_UNSPECIFIED");
  });

  it("rejects text beside an attachment", async () => {
    const response = await sendMessage({ text: "Look", attachments: [ATTACHMENT] });
    const body = await expectRejected(response, 400, "ERROR_CODE_UNSPECIFIED");
    expect(body.details).toEqual({ field: "message.text" });
  });

  it("rejects text beside a location", async () => {
    const response = await sendMessage({ text: "Here", location: { latitude: 1, longitude: 2 } });
    await expectRejected(response, 400, "ERROR_CODE_UNSPECIFIED");
  });

  it("accepts text beside a list message", async () => {
    await expectAccepted(await sendMessage({ text: "Choose", listMessage: LIST }));
  });

  it("accepts a list message without text", async () => {
    await expectAccepted(await sendMessage({ listMessage: LIST }));
  });

  it("accepts text beside reply buttons", async () => {
    await expectAccepted(await sendMessage({ text: "Agree?", replyButtonMessage: BUTTONS }));
  });

  it("accepts text beside a single product", async () => {
    await expectAccepted(await sendMessage({ text: "Try this", singleProductMessage: SINGLE_PRODUCT }));
  });

  it("accepts a single product without text", async () => {
    await expectAccepted(await sendMessage({ singleProductMessage: SINGLE_PRODUCT }));
  });

  it("accepts text beside a multi-product message", async () => {
    await expectAccepted(await sendMessage({ text: "Picks", multiProductMessage: MULTI_PRODUCT }));
  });

  it("rejects a multi-product message without text", async () => {
    const response = await sendMessage({ multiProductMessage: MULTI_PRODUCT });
    await expectRejected(response, 400, "ERROR_CODE_MESSAGE_TEXT_EMPTY");
  });

  it("rejects a composed referral, which is read-only", async () => {
    const response = await sendMessage({ text: "Hi", referral: { sourceUrl: "https://example.com" } });
    const body = await expectRejected(response, 400, "ERROR_CODE_UNSPECIFIED");
    expect(body.details).toEqual({ field: "message.referral" });
  });

  it("treats null fields as absent, as protobuf JSON does", async () => {
    await expectAccepted(await sendBody({ ...textTo("+16044441111"), sender: null, callbackData: null }));
  });
});

describe("attachments", () => {
  it("rejects two attachments", async () => {
    const response = await sendMessage({ attachments: [ATTACHMENT, ATTACHMENT] });
    await expectRejected(response, 400, "ERROR_CODE_MESSAGE_ATTACHMENTS_NUMBER_INVALID");
  });

  it("rejects an attachment without a url", async () => {
    const response = await sendMessage({ attachments: [{ type: "image" }] });
    await expectRejected(response, 400, "ERROR_CODE_MESSAGE_ATTACHMENT_EMPTY");
  });

  it("rejects an attachment with an empty url", async () => {
    const response = await sendMessage({ attachments: [{ type: "image", url: "" }] });
    await expectRejected(response, 400, "ERROR_CODE_MESSAGE_ATTACHMENT_EMPTY");
  });

  it("rejects an attachment url that cannot be parsed", async () => {
    const response = await sendMessage({ attachments: [{ type: "image", url: "not a url" }] });
    await expectRejected(response, 400, "ERROR_CODE_MESSAGE_ATTACHMENT_INVALID");
  });

  it("rejects an attachment url that is not http(s)", async () => {
    const response = await sendMessage({ attachments: [{ type: "image", url: "ftp://example.com/a.jpg" }] });
    await expectRejected(response, 400, "ERROR_CODE_MESSAGE_ATTACHMENT_INVALID");
  });

  it("rejects an attachment of an unknown type", async () => {
    const response = await sendMessage({ attachments: [{ type: "sticker", url: "https://example.com/a.webp" }] });
    const body = await expectRejected(response, 400, "ERROR_CODE_MESSAGE_ATTACHMENT_INVALID");
    expect(body.details).toEqual({ field: "message.attachments[0].type" });
  });

  it("rejects a list header attachment without a url", async () => {
    const response = await sendMessage({ listMessage: { ...LIST, header: { attachment: { type: "image" } } } });
    await expectRejected(response, 400, "ERROR_CODE_MESSAGE_ATTACHMENT_EMPTY");
  });

  it("rejects a reply-button header attachment of an unknown type", async () => {
    const header = { attachment: { type: "gif", url: "https://example.com/a.gif" } };
    const response = await sendMessage({ text: "Hi", replyButtonMessage: { ...BUTTONS, header } });
    await expectRejected(response, 400, "ERROR_CODE_MESSAGE_ATTACHMENT_INVALID");
  });
});

describe("structure of each content type", () => {
  const sectionOf = (rows: unknown[]) => ({ listMessage: { ...LIST, sections: [{ title: "Pick", rows }] } });
  const productSectionsOf = (sections: unknown[]) => ({
    text: "Hi",
    multiProductMessage: { ...MULTI_PRODUCT, sections },
  });
  const cases: [string, Record<string, unknown>, string][] = [
    ["a location without a latitude", { location: { longitude: 2 } }, "message.location.latitude"],
    ["a location whose longitude is text", { location: { latitude: 1, longitude: "2" } }, "message.location.longitude"],
    ["a list without a button label", { listMessage: { ...LIST, button: {} } }, "message.listMessage.button.text"],
    ["a list without sections", { listMessage: { ...LIST, sections: [] } }, "message.listMessage.sections"],
    ["a list section without rows", sectionOf([]), "message.listMessage.sections[0].rows"],
    ["a list row without an id", sectionOf([{ text: "Row" }]), "message.listMessage.sections[0].rows[0].id"],
    ["a list row without a label", sectionOf([{ id: "r1" }]), "message.listMessage.sections[0].rows[0].text"],
    ["a list footer without text", { listMessage: { ...LIST, footer: {} } }, "message.listMessage.footer.text"],
    ["reply buttons without buttons", { replyButtonMessage: { buttons: [] } }, "message.replyButtonMessage.buttons"],
    [
      "a reply button without a label",
      { replyButtonMessage: { buttons: [{ id: "b1" }] } },
      "message.replyButtonMessage.buttons[0].text",
    ],
    [
      "a reply button without an id",
      { replyButtonMessage: { buttons: [{ text: "Yes" }] } },
      "message.replyButtonMessage.buttons[0].id",
    ],
    [
      "a single product without a catalog",
      { singleProductMessage: { productItem: { productRetailerId: "sku" } } },
      "message.singleProductMessage.catalogId",
    ],
    [
      "a single product without a product",
      { singleProductMessage: { catalogId: "c" } },
      "message.singleProductMessage.productItem",
    ],
    [
      "a multi-product message without a header",
      { text: "Hi", multiProductMessage: { ...MULTI_PRODUCT, header: undefined } },
      "message.multiProductMessage.header",
    ],
    [
      "a multi-product section without a title",
      productSectionsOf([{ productItems: [{ productRetailerId: "s" }] }]),
      "message.multiProductMessage.sections[0].title",
    ],
    [
      "a multi-product section without products",
      productSectionsOf([{ title: "T", productItems: [] }]),
      "message.multiProductMessage.sections[0].productItems",
    ],
  ];

  it.each(cases)("rejects %s", async (_name, message, field) => {
    const body = await expectRejected(await sendMessage(message), 400, "ERROR_CODE_UNSPECIFIED");
    expect(body).toMatchObject({ type: "ERROR_TYPE_INVALID_REQUEST", details: { field } });
  });
});

describe("success and the record of requests", () => {
  it("answers 200 with ULIDs that increase with every send", async () => {
    const sandbox = createSandbox({ now: () => new Date("2025-01-01T00:00:00Z") });
    const first = (await (await send(sandbox, textTo("+16044441111"))).json()) as { id: string };
    const second = (await (await send(sandbox, textTo("+16044441111"))).json()) as { id: string };
    expect(isUlid(first.id) && isUlid(second.id)).toBe(true);
    expect(second.id > first.id).toBe(true);
  });

  it("records what was sent and what was answered", async () => {
    const sandbox = createSandbox({ now: () => new Date("2025-01-02T03:04:05Z") });
    const response = await send(sandbox, textTo("+16044441111"), { apiKey: "typo-key" });
    expect(sandbox.received()).toEqual([
      {
        at: "2025-01-02T03:04:05.000Z",
        method: "POST",
        path: SEND_PATH,
        apiKey: "typo-key",
        body: textTo("+16044441111"),
        status: 401,
        response: await response.json(),
      },
    ]);
  });

  it("records a body that is not JSON as its raw text", async () => {
    const sandbox = createSandbox();
    await send(sandbox, "text=hello");
    expect(sandbox.received()[0]?.body).toBe("text=hello");
  });

  it("keeps only the last 1000 requests", async () => {
    const sandbox = createSandbox();
    for (let i = 0; i < 1005; i++) await send(sandbox, textTo("+16044441111", `message ${i}`));
    const received = sandbox.received();
    expect(received).toHaveLength(1000);
    expect(received[0]?.body).toEqual(textTo("+16044441111", "message 5"));
  });

  it("forgets every request on reset", async () => {
    const sandbox = createSandbox();
    await send(sandbox, textTo("+16044441111"));
    sandbox.reset();
    expect(sandbox.received()).toEqual([]);
  });
});

describe("added latency", () => {
  it("waits the configured latency before every answer, and stops waiting when the caller gives up", async () => {
    const started = performance.now();
    expect((await send(createSandbox({ latencyMs: 30 }), textTo("+16044441111"))).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);

    const slow = createSandbox({ latencyMs: 60_000 });
    const outcome = send(slow, textTo("+16044441111"), { signal: AbortSignal.timeout(50) });
    await expect(outcome).rejects.toMatchObject({ name: "TimeoutError" });
    expect(slow.received().map(({ status }) => status)).toEqual([499]);
  });
});
