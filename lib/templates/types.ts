import type { JsonValue } from "@/lib/messages/request";

/** A template as the composer needs it, normalized from Connectly's get/templates answer (one per name+language). */
export type TemplateStatus = "approved" | "pending" | "rejected";

export type TemplateHeader =
  | { kind: "text"; text: string; example?: string }
  | { kind: "image" | "video" | "document"; example?: string };

export interface TemplateButton {
  kind: "quick_reply" | "url" | "phone" | "other";
  text: string;
  /** For URL buttons; a dynamic one ends with {{1}}, filled by the button_N_url parameter. */
  url?: string;
  example?: string;
  phone?: string;
}

export interface TemplateBody {
  text: string;
  examples: string[];
}

/**
 * One card of a carousel template: WhatsApp requires an image or video header, allows an optional body (160
 * characters) and up to 2 buttons, and gives every card of a template the same components. The normalizer reads
 * what Connectly sends without enforcing that, so any header kind and an empty body can appear here.
 */
export interface TemplateCard {
  header?: TemplateHeader;
  body: TemplateBody;
  buttons: TemplateButton[];
}

export interface TemplateDefinition {
  id: string;
  name: string;
  language: string;
  category: string;
  status: TemplateStatus;
  rejectionReason?: string;
  header?: TemplateHeader;
  body: TemplateBody;
  footer?: string;
  buttons: TemplateButton[];
  /** Present for a carousel template: the cards under the body, in the order WhatsApp shows them. */
  carousel?: TemplateCard[];
}

export interface TemplateParameter {
  name: string;
  value: string;
  filename?: string;
}

/** The wire shape of POST /v1/businesses/{id}/send/whatsapp_templated_messages. */
export interface TemplateMessageRequest {
  number: string;
  templateName: string;
  language: string;
  parameters?: TemplateParameter[];
  sender?: string;
  callbackData?: JsonValue;
  campaignName?: string;
}
