"use client";

import { AttachmentFields } from "@/components/composer/attachment/attachment-fields";
import { AttachmentPreview } from "@/components/composer/attachment/attachment-preview";
import { ComposerShell } from "@/components/composer/shared/composer-shell";
import { ATTACHMENT_SCHEMAS, attachmentDefaults, buildAttachmentRequest } from "@/lib/messages/attachment";
import type { AttachmentType } from "@/lib/messages/request";
import type { ComposerProps } from "./composer-switch";

function AttachmentComposer({ kind, senders }: ComposerProps & { kind: AttachmentType }) {
  return (
    <ComposerShell
      type={kind}
      schema={ATTACHMENT_SCHEMAS[kind]}
      defaults={attachmentDefaults}
      build={(values) => buildAttachmentRequest(kind, values)}
      senders={senders}
      fields={(form, values) => <AttachmentFields kind={kind} form={form} values={values} />}
      preview={(request, theme) => <AttachmentPreview request={request} theme={theme} />}
    />
  );
}

export function ImageComposer({ senders }: ComposerProps) {
  return <AttachmentComposer kind="image" senders={senders} />;
}

export function VideoComposer({ senders }: ComposerProps) {
  return <AttachmentComposer kind="video" senders={senders} />;
}

export function AudioComposer({ senders }: ComposerProps) {
  return <AttachmentComposer kind="audio" senders={senders} />;
}

export function DocumentComposer({ senders }: ComposerProps) {
  return <AttachmentComposer kind="document" senders={senders} />;
}
