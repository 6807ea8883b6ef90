/**
 * The wire shape of Connectly's session-message request (POST /v1/businesses/{id}/send/messages),
 * per Connectly's API reference. Composers build exactly this; the client sends exactly this.
 */
export type ChannelType = "whatsapp";

export type AttachmentType = "image" | "video" | "audio" | "document";

export interface Attachment {
  type: AttachmentType;
  url: string;
  caption?: string;
  filename?: string;
}

export interface InteractiveHeader {
  text?: string;
  attachment?: Attachment;
}

export interface ListRow {
  id: string;
  text: string;
  description?: string;
}

export interface ListSection {
  title?: string;
  rows: ListRow[];
}

export interface ListMessage {
  header?: InteractiveHeader;
  footer?: { text: string };
  button: { text: string; id?: string };
  sections: ListSection[];
}

export interface ReplyButton {
  id: string;
  text: string;
}

export interface ReplyButtonMessage {
  header?: InteractiveHeader;
  footer?: { text: string };
  buttons: ReplyButton[];
}

export interface SingleProductMessage {
  footer?: { text: string };
  catalogId: string;
  productItem: { productRetailerId: string };
}

export interface MultiProductMessage {
  header: { text: string };
  footer?: { text: string };
  catalogId: string;
  sections: { title: string; productItems: { productRetailerId: string }[] }[];
}

export interface Location {
  latitude: number;
  longitude: number;
  name?: string;
  address?: string;
}

export interface SessionMessageContent {
  id?: string;
  text?: string;
  attachments?: Attachment[];
  location?: Location;
  listMessage?: ListMessage;
  replyButtonMessage?: ReplyButtonMessage;
  singleProductMessage?: SingleProductMessage;
  multiProductMessage?: MultiProductMessage;
}

export interface Party {
  id: string;
  channelType: ChannelType;
  name?: string;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface SessionMessageRequest {
  sender?: Party;
  recipient: Party;
  message: SessionMessageContent;
  callbackData?: JsonValue;
  campaignName?: string;
}
