/**
 * The sandbox business's WhatsApp templates, exactly as Connectly's `POST /v1/businesses/{id}/get/templates`
 * answers them under `entity.templateGroups`. This file is the single source of that wire shape: the
 * sandbox serves it and checks template sends against it, and the app's parser is written against it.
 *
 * Per docs.connectly.ai "Get templates" [C]: groups of one name with one template per language; `id`,
 * `language.code`, `status`, `rejectionReason`, `createdAt`, `updatedAt`; a media header as
 * `{header: {media: {type: "TYPE_IMAGE", example: [url]}}}`; a body as `{body: {text: {text, example: []}}}`.
 * Inferred [I], as no page shows them: a text header as `{header: {text: {text, example}}}` (the body's
 * shape); a footer as `{footer: {text: {text}}}`; buttons as `{buttons: {buttons: [...]}}` with each button
 * one of `{quickReply: {text}}`, `{url: {text, url, example}}`, `{phoneNumber: {text, phoneNumber}}`.
 * Every `example` is a list of strings, as in the documented ones; a URL button's example is the whole URL
 * with its variable filled in, as Meta shows it. The raw Meta copy (`externalTemplate.whatsapp`) is left out.
 *
 * How a send names its parameters (checked by the sandbox): `header_text` fills the `{{1}}` of a text
 * header; `header_image` / `header_video` / `header_document` carry a media header's URL; `body_N` fills the
 * body's `{{N}}`; `button_N_url` fills the `{{1}}` at the end of a URL button, where N is the button's
 * 1-based position among ALL the template's buttons [I: Connectly does not say; body_N counts from 1 too].
 *
 * Carousel templates [C: Connectly supports them] are listed here [I, no page shows one] as a
 * `{carousel: {cards: [{components: [...]}]}}` component after the body, each card's components in the shapes
 * above (an image or video header, a body, buttons). Their parameters are named [?, Connectly documents no
 * names for cards; the dashboard makes the same assumption] like the template's own, prefixed with the card's
 * 1-based position: `card_N_header_image` / `card_N_header_video`, `card_N_body_M`, and `card_N_button_K_url`
 * where K is the button's 1-based position among that card's buttons.
 */
export type ConnectlyTemplateStatus =
  | "MESSAGE_TEMPLATE_STATUS_APPROVED"
  | "MESSAGE_TEMPLATE_STATUS_PENDING"
  | "MESSAGE_TEMPLATE_STATUS_REJECTED";

export type ConnectlyTemplateMediaType = "TYPE_IMAGE" | "TYPE_VIDEO" | "TYPE_DOCUMENT";

export interface ConnectlyTemplateText {
  /** Variables are written {{1}}, {{2}}, … */
  text: string;
  /** One sample value per variable, in order. */
  example?: string[];
}

export type ConnectlyTemplateHeader =
  | { text: ConnectlyTemplateText }
  | { media: { type: ConnectlyTemplateMediaType; example?: string[] } };

export type ConnectlyTemplateButton =
  | { quickReply: { text: string } }
  | { url: { text: string; url: string; example?: string[] } }
  | { phoneNumber: { text: string; phoneNumber: string } };

export type ConnectlyTemplateCardComponent =
  | { header: { media: { type: "TYPE_IMAGE" | "TYPE_VIDEO"; example?: string[] } } }
  | { body: { text: ConnectlyTemplateText } }
  | { buttons: { buttons: ConnectlyTemplateButton[] } };

export interface ConnectlyTemplateCard {
  components: ConnectlyTemplateCardComponent[];
}

export type ConnectlyTemplateComponent =
  | { header: ConnectlyTemplateHeader }
  | { body: { text: ConnectlyTemplateText } }
  | { footer: { text: { text: string } } }
  | { buttons: { buttons: ConnectlyTemplateButton[] } }
  | { carousel: { cards: ConnectlyTemplateCard[] } };

export interface ConnectlyTemplate {
  id: string;
  language: { code: string };
  status: ConnectlyTemplateStatus;
  rejectionReason?: string;
  createdAt?: string;
  updatedAt?: string;
  templateComponents: ConnectlyTemplateComponent[];
}

export interface ConnectlyTemplateGroup {
  id: string;
  name: string;
  category: string;
  templates: ConnectlyTemplate[];
}

/** The whole answer of get/templates. */
export interface ConnectlyTemplatesResponse {
  entity: { templateGroups: ConnectlyTemplateGroup[] };
}

const CREATED = "2025-03-04T10:15:00Z";
const REVIEWED = "2025-03-05T08:30:00Z";

function template(
  id: string,
  code: string,
  templateComponents: ConnectlyTemplateComponent[],
  status: ConnectlyTemplateStatus = "MESSAGE_TEMPLATE_STATUS_APPROVED",
): ConnectlyTemplate {
  return { id, language: { code }, status, createdAt: CREATED, updatedAt: REVIEWED, templateComponents };
}

function orderUpdate(texts: { header: string; body: string; footer: string; track: string; agent: string }) {
  return [
    { header: { text: { text: texts.header, example: ["#4521"] } } },
    { body: { text: { text: texts.body, example: ["Ana", "#4521", "Friday, 14 March"] } } },
    { footer: { text: { text: texts.footer } } },
    {
      buttons: {
        buttons: [
          {
            url: {
              text: texts.track,
              url: "https://shop.example.com/track/{{1}}",
              example: ["https://shop.example.com/track/4521"],
            },
          },
          { quickReply: { text: texts.agent } },
        ],
      },
    },
  ] satisfies ConnectlyTemplateComponent[];
}

const SUMMER_SALE_BODY = [
  "Hi {{1}}, our *Summer Sale* starts today! ☀️",
  "",
  "Everything in store is up to 40% off, and orders over $50 ship free.",
  "Use the code {{2}} at checkout for an extra 10% off your first order.",
  "",
  "New arrivals land every morning, and the best sizes go fast.",
  "The sale ends Sunday at midnight.",
  "",
  "Tap a button below to start shopping.",
].join("\n");

function collectionCard(product: { slug: string; body: string; price: string }): ConnectlyTemplateCard {
  return {
    components: [
      { header: { media: { type: "TYPE_IMAGE", example: [`https://shop.example.com/media/${product.slug}.jpg`] } } },
      { body: { text: { text: product.body, example: [product.price] } } },
      {
        buttons: {
          buttons: [
            {
              url: {
                text: "Shop now",
                url: "https://shop.example.com/p/{{1}}",
                example: [`https://shop.example.com/p/${product.slug}`],
              },
            },
            { quickReply: { text: "More like this" } },
          ],
        },
      },
    ],
  };
}

export const SANDBOX_TEMPLATE_GROUPS: readonly ConnectlyTemplateGroup[] = [
  {
    id: "order_update",
    name: "order_update",
    category: "UTILITY",
    templates: [
      template(
        "1027384950000001",
        "en",
        orderUpdate({
          header: "Order {{1}} update",
          body: "Hi {{1}}, your order {{2}} has shipped and should arrive by {{3}}.",
          footer: "Example Shop",
          track: "Track order",
          agent: "Talk to an agent",
        }),
      ),
      template(
        "1027384950000002",
        "en_US",
        orderUpdate({
          header: "Order {{1}} update",
          body: "Hi {{1}}, your order {{2}} is on its way and should arrive by {{3}}.",
          footer: "Example Shop",
          track: "Track order",
          agent: "Talk to an agent",
        }),
      ),
      template(
        "1027384950000003",
        "pt_BR",
        orderUpdate({
          header: "Pedido {{1}} atualizado",
          body: "Olá {{1}}, seu pedido {{2}} foi enviado e deve chegar até {{3}}.",
          footer: "Example Shop",
          track: "Rastrear pedido",
          agent: "Falar com atendente",
        }),
      ),
    ],
  },
  {
    id: "summer_sale",
    name: "summer_sale",
    category: "MARKETING",
    templates: [
      template("1027384950000011", "en", [
        { header: { media: { type: "TYPE_IMAGE", example: ["https://shop.example.com/media/summer-sale.jpg"] } } },
        { body: { text: { text: SUMMER_SALE_BODY, example: ["Ana", "SUMMER10"] } } },
        { footer: { text: { text: "Reply STOP to opt out" } } },
        {
          buttons: {
            buttons: [
              { quickReply: { text: "Shop women" } },
              { quickReply: { text: "Shop men" } },
              { quickReply: { text: "Shop kids" } },
              { quickReply: { text: "Stop promotions" } },
            ],
          },
        },
      ]),
    ],
  },
  {
    id: "invoice_ready",
    name: "invoice_ready",
    category: "UTILITY",
    templates: [
      template("1027384950000021", "es_MX", [
        { header: { media: { type: "TYPE_DOCUMENT", example: ["https://shop.example.com/media/factura-4521.pdf"] } } },
        {
          body: {
            text: {
              text: "Hola {{1}}, adjuntamos tu factura {{2}} por un total de {{3}}.",
              example: ["Lucía", "F-2025-0142", "$1,250.00 MXN"],
            },
          },
        },
        { footer: { text: { text: "Example Shop México" } } },
        { buttons: { buttons: [{ phoneNumber: { text: "Llamar a soporte", phoneNumber: "+525512345678" } }] } },
      ]),
    ],
  },
  {
    id: "welcome_video",
    name: "welcome_video",
    category: "MARKETING",
    templates: [
      template("1027384950000031", "en", [
        { header: { media: { type: "TYPE_VIDEO", example: ["https://shop.example.com/media/welcome.mp4"] } } },
        {
          body: {
            text: {
              text: "Welcome to Example Shop, {{1}}! Watch this short tour to get the most out of your account.",
              example: ["Ana"],
            },
          },
        },
        { buttons: { buttons: [{ quickReply: { text: "Get started" } }] } },
      ]),
    ],
  },
  {
    id: "delivery_delay_notice",
    name: "delivery_delay_notice",
    category: "UTILITY",
    templates: [
      template("1027384950000041", "en", [
        {
          body: {
            text: {
              text:
                "Because of severe weather, deliveries in your area are running up to a day late. " +
                "Thank you for your patience.",
              example: [],
            },
          },
        },
        { footer: { text: { text: "Example Shop" } } },
      ]),
    ],
  },
  {
    // The simplest case: a body of one variable, nothing else.
    id: "appointment_reminder",
    name: "appointment_reminder",
    category: "UTILITY",
    templates: [
      template("1027384950000081", "en", [
        {
          body: {
            text: {
              text: "Your appointment at Example Shop is on {{1}}. Reply to this message if you need to change it.",
              example: ["Friday, 14 March at 10:30"],
            },
          },
        },
      ]),
    ],
  },
  {
    id: "spring_collection",
    name: "spring_collection",
    category: "MARKETING",
    templates: [
      template("1027384950000071", "en", [
        {
          body: {
            text: {
              text: "Hi {{1}}, our *spring collection* is here. Swipe to see this week's picks.",
              example: ["Ana"],
            },
          },
        },
        {
          carousel: {
            cards: [
              collectionCard({ slug: "linen-shirt", body: "Linen shirt, light and breezy. Now {{1}}.", price: "$39" }),
              collectionCard({ slug: "canvas-tote", body: "Canvas tote that fits it all. Now {{1}}.", price: "$24" }),
              collectionCard({ slug: "straw-hat", body: "Wide straw hat for sunny days. Now {{1}}.", price: "$29" }),
            ],
          },
        },
      ]),
    ],
  },
  {
    id: "holiday_hours",
    name: "holiday_hours",
    category: "UTILITY",
    templates: [
      template(
        "1027384950000051",
        "en",
        [{ body: { text: { text: "Hi {{1}}, our stores close early on {{2}}.", example: ["Ana", "24 December"] } } }],
        "MESSAGE_TEMPLATE_STATUS_PENDING",
      ),
    ],
  },
  {
    id: "flash_deal",
    name: "flash_deal",
    category: "MARKETING",
    templates: [
      {
        ...template(
          "1027384950000061",
          "en",
          [{ body: { text: { text: "FREE MONEY!!! Click now: {{1}}", example: ["https://deals.example.com"] } } }],
          "MESSAGE_TEMPLATE_STATUS_REJECTED",
        ),
        rejectionReason: "INVALID_FORMAT",
      },
    ],
  },
];
