import { expect, type Page, test } from "@playwright/test";
import { SEED_EXAMPLES } from "../lib/connectly/sandbox/fixtures/seed-examples";
import { capturePreview, fillEnvelope, group, openComposer, SEND_PATH, send } from "./support/compose";
import { clearSandbox, sandboxRequests } from "./support/sandbox";

/** How a person composes each worked example of Connectly's documentation in the UI. */
const COMPOSE: Record<string, { type: string; fill: (page: Page) => Promise<void> }> = {
  "text from a chosen sender": {
    type: "text",
    fill: async (page) => {
      await page.getByLabel("Message text").fill("Hello, this is a text message!");
    },
  },
  "image attachment": {
    type: "image",
    fill: async (page) => {
      await page.getByLabel("Media URL").fill("https://example.com/image.jpg");
      await page.getByLabel("Caption").fill("Check out this image!");
    },
  },
  "video attachment": {
    type: "video",
    fill: async (page) => {
      await page.getByLabel("Media URL").fill("https://example.com/video.mp4");
      await page.getByLabel("Caption").fill("Check out this video!");
    },
  },
  "audio attachment": {
    type: "audio",
    fill: async (page) => {
      await page.getByLabel("Media URL").fill("https://example.com/audio.mp3");
      await expect(page.getByLabel("Caption")).toHaveCount(0);
    },
  },
  "document attachment": {
    type: "document",
    fill: async (page) => {
      await page.getByLabel("Media URL").fill("https://example.com/document.pdf");
      await page.getByLabel("Caption").fill("Check out this document!");
      await page.getByLabel("File name").fill("document.pdf");
    },
  },
  location: {
    type: "location",
    fill: async (page) => {
      await page.getByLabel("Latitude").fill("37.7749");
      await page.getByLabel("Longitude").fill("-122.4194");
      await page.getByLabel("Place name").fill("San Francisco");
      await page.getByLabel("Address").fill("123 Main St");
    },
  },
  "interactive list": {
    type: "list",
    fill: async (page) => {
      await page.getByLabel("Header type").selectOption("text");
      await page.getByLabel("Header text").fill("Check out this list of items!");
      await page.getByLabel("Footer").fill("Choose an option from the list.");
      await page.getByLabel("Menu button").fill("Select");
      await fillListSections(page);
    },
  },
  "interactive reply buttons": {
    type: "buttons",
    fill: async (page) => {
      await page.getByLabel("Header type").selectOption("text");
      await page.getByLabel("Header text").fill("Header");
      await fillReplyButtons(page);
    },
  },
  "list with the image header snippet": {
    type: "list",
    fill: async (page) => {
      await page.getByLabel("Header type").selectOption("image");
      await page
        .getByLabel("Header media URL")
        .fill("https://cdn.connectly.ai/26fa/26fa1308-d328-41c9-a6a1-d5f4225a3768");
      await page.getByLabel("Footer").fill("Choose an option from the list.");
      await page.getByLabel("Menu button").fill("Select");
      await fillListSections(page);
    },
  },
  "reply buttons with the document header snippet": {
    type: "buttons",
    fill: async (page) => {
      await page.getByLabel("Header type").selectOption("document");
      await page
        .getByLabel("Header media URL")
        .fill("https://www.w3.org/WAI/ER/tests/xhtml/testfiles/resources/pdf/dummy.pdf");
      await page.getByLabel("File name").fill("feeeelsss");
      await fillReplyButtons(page);
    },
  },
};

async function fillListSections(page: Page) {
  const first = group(page, "Section 1");
  await first.getByLabel("Section title").fill("Section 1");
  await fillRow(page, "Section 1", "Row 1", ["1", "Item 1", "Description for Item 1"]);
  await first.getByRole("button", { name: "Add row" }).click();
  await fillRow(page, "Section 1", "Row 2", ["2", "Item 2", "Description for Item 2"]);
  await page.getByRole("button", { name: "Add section" }).click();
  await group(page, "Section 2").getByLabel("Section title").fill("Section 2");
  await fillRow(page, "Section 2", "Row 1", ["3", "Item 3", "Description for Item 3"]);
}

async function fillRow(page: Page, section: string, row: string, [id, title, description]: string[]) {
  const fields = group(page, section).getByRole("group", { name: row, exact: true });
  await fields.getByLabel("Row ID").fill(id!);
  await fields.getByLabel("Row title").fill(title!);
  await fields.getByLabel("Row description").fill(description!);
}

async function fillReplyButtons(page: Page) {
  await page.getByLabel("Message text").fill("This is a reply button message");
  await page.getByLabel("Footer").fill("Footer");
  for (const n of [1, 2, 3]) {
    if (n > 1) await page.getByRole("button", { name: "Add button" }).click();
    const button = group(page, `Button ${n}`);
    await button.getByLabel("Button ID").fill(`b${n}`);
    await button.getByLabel("Button title").fill(`Button ${n}`);
  }
  await expect(page.getByRole("button", { name: "Add button" })).toBeDisabled();
}

test.beforeEach(async ({ request }) => {
  await clearSandbox(request);
});

for (const example of SEED_EXAMPLES) {
  test(`composes the documentation's ${example.name} exactly`, async ({ page, request }, testInfo) => {
    const recipe = COMPOSE[example.name];
    expect(recipe, `no UI recipe for "${example.name}"`).toBeDefined();
    await openComposer(page, recipe!.type);
    await fillEnvelope(page, example.request.recipient.id, example.request.sender?.id);
    await recipe!.fill(page);
    await capturePreview(page, testInfo, recipe!.type);
    const id = await send(page);

    const received = (await sandboxRequests(request)).filter((r) => r.path === SEND_PATH);
    expect(received).toHaveLength(1);
    // The documentation's request exactly, plus the send key the dashboard adds in callbackData.
    const { callbackData, ...body } = received[0]!.body as Record<string, unknown>;
    expect(body).toEqual(example.request);
    expect(callbackData).toEqual({ sendKey: expect.stringMatching(/^[0-9A-Z]{26}$/) });
    expect(received[0]!.response).toEqual({ id });
  });
}
