"use client";

import { useRef, useState } from "react";
import type { PreviewProps } from "@/components/composer/shared/message-parts";
import { BodyPlaceholder } from "@/components/preview/body-placeholder";
import { BubbleButtonRow } from "@/components/preview/bubble";
import { FormattedText } from "@/components/preview/formatted-text";
import { BubbleHeader } from "@/components/preview/header-preview";
import { MessageFrame } from "@/components/preview/message-frame";
import { PREVIEW_COLORS } from "@/components/preview/theme";
import { ListSheet } from "./list-sheet";

/** The list as the customer gets it: the bubble, the menu row under it, and the sheet that row opens. */
export function ListPreview({ request, theme }: PreviewProps) {
  const [open, setOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const list = request.message.listMessage;
  const text = request.message.text ?? "";
  const footer = list?.footer?.text;
  const label = list?.button.text ?? "";
  const close = () => {
    setOpen(false);
    menuButton.current?.focus();
  };
  return (
    // The sheet covers the phone's screen, not the page: WhatsApp's sheet stays inside the app.
    <MessageFrame
      theme={theme}
      to={request.recipient}
      overlay={open && list ? <ListSheet list={list} theme={theme} onClose={close} /> : null}
      className={list?.header?.attachment ? "w-[260px] max-w-full" : "min-w-[220px]"}
      footer={footer ? <FormattedText text={footer} /> : null}
      buttons={
        <button
          ref={menuButton}
          type="button"
          aria-haspopup="dialog"
          aria-expanded={open}
          onClick={() => setOpen(true)}
          className="block w-full rounded-lg focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:outline-none"
        >
          <BubbleButtonRow theme={theme} icon={<ListIcon />}>
            {label || <span style={{ color: PREVIEW_COLORS[theme].muted }}>Button label</span>}
          </BubbleButtonRow>
        </button>
      }
    >
      <BubbleHeader header={list?.header} theme={theme} />
      {text.trim() === "" ? <BodyPlaceholder theme={theme} /> : <FormattedText text={text} />}
    </MessageFrame>
  );
}

function ListIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" fill="currentColor">
      <path d="M4 6.5a1.25 1.25 0 1 1 0-2.5 1.25 1.25 0 0 1 0 2.5zm0 6.75a1.25 1.25 0 1 1 0-2.5 1.25 1.25 0 0 1 0 2.5zM4 20a1.25 1.25 0 1 1 0-2.5A1.25 1.25 0 0 1 4 20zM8 4.5h13v1.5H8zm0 6.75h13v1.5H8zM8 18h13v1.5H8z" />
    </svg>
  );
}
