import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allowHttpMedia } from "@/lib/messages/media-url";
import { MESSAGES, type MessageType } from "@/lib/messages/registry";
import { newSendKey, withSendKey } from "@/lib/messages/send-key";
import { normalizeTemplates } from "@/lib/templates/normalize";
import { buildTemplateRequest, type TemplateFormValues, templateMessageSchema } from "@/lib/templates/schema";
import {
  type Breadth,
  envelope,
  header,
  id,
  items,
  mediaUrl,
  text,
  withMessage,
} from "@/test-support/sandbox-arbitraries";
import { SANDBOX_TEMPLATE_GROUPS } from "./templates";
import { validateSessionMessage } from "./validate-session-message";
import { validateTemplateMessage } from "./validate-template-message";

// The sandbox's own rule (it never fetches media): http:// passes in both, as in sandbox mode.
beforeAll(() => allowHttpMedia(true));
afterAll(() => allowHttpMedia(false));

const RUNS = 1_000;
// A thousand CPU-bound cases of 4,096-character texts take seconds on a quiet machine and far more on a shared one.
const PROPERTY_TIMEOUT_MS = 120_000;

type Values = Record<string, unknown>;

const ARBITRARIES: Record<MessageType, (breadth: Breadth) => fc.Arbitrary<Values>> = {
  text: (b: Breadth) => withMessage(b, fc.record({ text: text(4096, b, { multiline: true }) })),
  ...Object.fromEntries(
    (["image", "video", "audio", "document"] as const).map((kind) => [
      kind,
      (b: Breadth) =>
        withMessage(
          b,
          fc.record({
            url: mediaUrl(b),
            caption: text(1024, b, { multiline: true }),
            filename: text(240, b, { own: true }),
          }),
        ),
    ]),
  ),
  location: (b: Breadth) =>
    withMessage(
      b,
      fc.record({
        latitude: fc.constantFrom("37.7749", "-90", "90", "0", "90.1", "-91", "abc", "", "1,5"),
        longitude: fc.constantFrom("-122.4194", "180", "-180", "180.5", ".5", "x"),
        name: text(1000, b, { own: true }),
        address: text(1000, b, { own: true }),
      }),
    ),
  list: (b: Breadth) =>
    withMessage(
      b,
      fc.record({
        text: text(4096, b, { multiline: true }),
        listMessage: fc.record({
          header: header(b),
          footer: fc.record({ text: text(60, b) }),
          button: fc.record({ text: text(20, b) }),
          sections: items(
            fc.record({
              title: text(24, b),
              rows: items(fc.record({ id: id(200, b), text: text(24, b), description: text(72, b) }), 10),
            }),
            10,
          ),
        }),
      }),
    ),
  buttons: (b: Breadth) =>
    withMessage(
      b,
      fc.record({
        text: text(1024, b, { multiline: true }),
        replyButtonMessage: fc.record({
          header: header(b),
          footer: fc.record({ text: text(60, b) }),
          buttons: items(fc.record({ id: id(256, b), text: text(20, b) }), 3),
        }),
      }),
    ),
  product: (b: Breadth) =>
    withMessage(
      b,
      fc.record({
        text: text(1024, b, { multiline: true }),
        singleProductMessage: fc.record({
          footer: fc.record({ text: text(60, b) }),
          catalogId: id(100, b, { own: true }),
          productItem: fc.record({ productRetailerId: id(100, b, { own: true }) }),
        }),
      }),
    ),
  products: (b: Breadth) =>
    withMessage(
      b,
      fc.record({
        text: text(1024, b, { multiline: true }),
        multiProductMessage: fc.record({
          header: fc.record({ text: text(60, b) }),
          footer: fc.record({ text: text(60, b) }),
          catalogId: id(100, b, { own: true }),
          sections: items(
            fc.record({
              title: text(24, b),
              productItems: items(fc.record({ productRetailerId: id(100, b, { own: true }) }), 30),
            }),
            10,
          ),
        }),
      }),
    ),
} as unknown as Record<MessageType, (breadth: Breadth) => fc.Arbitrary<Values>>;

const wire = <R extends object>(request: R) => withSendKey(request as never, newSendKey()) as unknown;

describe.each(Object.keys(ARBITRARIES) as MessageType[])("the %s composer and the sandbox", (type) => {
  const { schema, build } = MESSAGES[type];

  it(
    `agree that nothing the form accepts is refused (${RUNS} cases)`,
    () => {
      let accepted = 0;
      fc.assert(
        fc.property(ARBITRARIES[type]("wide"), (values) => {
          const parsed = schema.safeParse(values);
          if (!parsed.success) return true;
          accepted++;
          const verdict = validateSessionMessage(wire(parsed.data));
          return verdict.ok || expect.fail(JSON.stringify(verdict.rejection));
        }),
        { numRuns: RUNS },
      );
      expect(accepted).toBeGreaterThanOrEqual(RUNS / 25);
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    `agree that nothing the sandbox accepts is refused by the form (${RUNS} cases of typed values)`,
    () => {
      fc.assert(
        fc.property(ARBITRARIES[type]("typed"), (values) => {
          const verdict = validateSessionMessage(wire(build(values as never)));
          if (!verdict.ok) return true;
          const parsed = schema.safeParse(values);
          return parsed.success || expect.fail(JSON.stringify(parsed.error.issues.slice(0, 3)));
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe("the template composer and the sandbox", () => {
  const catalog = normalizeTemplates({ entity: { templateGroups: SANDBOX_TEMPLATE_GROUPS } });
  const schema = templateMessageSchema(catalog);
  const approved = catalog.filter((definition) => definition.status === "approved");
  const names = [...new Set(catalog.map((definition) => definition.name)), "no_such_template"];
  const parameterNames = [
    "header_text",
    "header_image",
    "header_video",
    "header_document",
    ...Array.from({ length: 5 }, (_, i) => `body_${i + 1}`),
    "button_1_url",
    "button_2_url",
  ];
  const arbitrary = (b: Breadth) =>
    fc
      .record({
        envelope: envelope(b),
        template: fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...approved.map((d) => ({ name: d.name, language: d.language }))) },
          fc.record({ name: fc.constantFrom(...names), language: fc.constantFrom("en", "en_US", "pt_BR", "fr") }),
        ),
        variables: fc.record(
          Object.fromEntries(
            parameterNames.map((name) => [
              name,
              name.startsWith("header_") && name !== "header_text"
                ? mediaUrl(b)
                : fc.oneof(
                    { weight: 6, arbitrary: fc.constantFrom("Ana", "4521", "Friday 👍") },
                    text(60, b),
                    fc.constantFrom("a\nb", "a     b", "x".repeat(1100)),
                  ),
            ]),
          ) as Record<string, fc.Arbitrary<string>>,
        ),
        filenames: fc.record({ header_document: text(240, b, { own: true }) }),
      })
      .map(
        ({ envelope, template, ...rest }): TemplateFormValues => ({
          ...envelope,
          templateName: template.name,
          language: template.language,
          ...rest,
        }),
      );

  it(
    `agree that nothing the form accepts is refused (${RUNS} cases)`,
    () => {
      let accepted = 0;
      fc.assert(
        fc.property(arbitrary("wide"), (values) => {
          const parsed = schema.safeParse(values);
          if (!parsed.success) return true;
          accepted++;
          const verdict = validateTemplateMessage(wire(parsed.data), SANDBOX_TEMPLATE_GROUPS);
          return verdict.ok || expect.fail(JSON.stringify(verdict.rejection));
        }),
        { numRuns: RUNS },
      );
      expect(accepted).toBeGreaterThanOrEqual(RUNS / 25);
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    `agree that nothing the sandbox accepts is refused by the form (${RUNS} cases of typed values)`,
    () => {
      fc.assert(
        fc.property(arbitrary("typed"), (values) => {
          const definition = catalog.find((d) => d.name === values.templateName && d.language === values.language);
          const request = buildTemplateRequest(values, definition?.status === "approved" ? definition : undefined);
          const verdict = validateTemplateMessage(wire(request), SANDBOX_TEMPLATE_GROUPS);
          if (!verdict.ok) return true;
          const parsed = schema.safeParse(values);
          return parsed.success || expect.fail(JSON.stringify(parsed.error.issues.slice(0, 3)));
        }),
        { numRuns: RUNS },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
