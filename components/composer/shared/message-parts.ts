import type { ComponentType } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import type { PreviewTheme } from "@/components/preview/theme";
import type { MessageDescriptor } from "@/lib/messages/descriptor";
import type { MessageType, MessageValues } from "@/lib/messages/registry";
import type { SessionMessageRequest } from "@/lib/messages/request";

/** What a type's fields component receives: the form to register its inputs with, and the values to count. */
export interface FieldsProps<V extends FieldValues, T extends MessageType = MessageType> {
  type: T;
  form: UseFormReturn<V, unknown, SessionMessageRequest>;
  values: V;
}

/** What a type's preview component receives: the request as it is now. */
export interface PreviewProps {
  request: SessionMessageRequest;
  theme: PreviewTheme;
}

/** One message type's part of the UI: its descriptor, its form fields and its preview. */
export interface MessageParts<T extends MessageType> {
  message: MessageDescriptor<MessageValues<T>>;
  Fields: ComponentType<FieldsProps<MessageValues<T>, T>>;
  Preview: ComponentType<PreviewProps>;
}

/** What a type's composer receives from the page. */
export interface ComposerProps<T extends MessageType = MessageType> {
  type: T;
  senders: string[];
}
