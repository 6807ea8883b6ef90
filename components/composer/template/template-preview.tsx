"use client";

import { useState } from "react";
import { BodyPlaceholder } from "@/components/preview/body-placeholder";
import { HeaderMedia } from "@/components/preview/header-media";
import { MessageFrame } from "@/components/preview/message-frame";
import { PREVIEW_COLORS, type PreviewTheme } from "@/components/preview/theme";
import { cutSegments, readMoreCut } from "@/lib/templates/read-more";
import {
  type RenderedHeader,
  renderTemplate,
  type Segment,
  segmentsText,
  type TemplateValues,
} from "@/lib/templates/render";
import type { TemplateDefinition } from "@/lib/templates/types";
import { CarouselPreview } from "./carousel-preview";
import { TemplateButtonRows, TemplateButtonsSheet } from "./template-buttons";
import { TemplateText } from "./template-text";

/**
 * The chosen template as the customer's phone shows it, with the typed values filled in; values not yet typed
 * show the template's examples, highlighted. Renders the same values the request is built from. A carousel's
 * cards follow the body bubble in a row of their own.
 */
export function TemplatePreview({
  definition,
  values,
  contactName,
  theme,
}: {
  definition: TemplateDefinition | undefined;
  values: TemplateValues;
  contactName: string;
  theme: PreviewTheme;
}) {
  const [sheetFor, setSheetFor] = useState<string | null>(null);
  const to = { id: contactName };
  if (!definition) {
    return <MessageFrame theme={theme} to={to} empty placeholder="Choose a template to see it here." />;
  }
  const rendered = renderTemplate(definition, values);
  const sheetOpen = sheetFor === definition.id;
  return (
    <MessageFrame
      theme={theme}
      to={to}
      overlay={
        sheetOpen ? (
          <TemplateButtonsSheet buttons={rendered.buttons} theme={theme} onClose={() => setSheetFor(null)} />
        ) : null
      }
      className={rendered.header && rendered.header.kind !== "text" ? "w-[260px] max-w-full" : "min-w-[220px]"}
      footer={rendered.footer}
      buttons={
        <TemplateButtonRows buttons={rendered.buttons} theme={theme} onSeeAll={() => setSheetFor(definition.id)} />
      }
      after={rendered.cards && <CarouselPreview key={definition.id} cards={rendered.cards} theme={theme} />}
    >
      {rendered.header && <TemplateHeader header={rendered.header} theme={theme} />}
      {segmentsText(rendered.body).trim() === "" ? (
        <BodyPlaceholder theme={theme}>This template has no body text.</BodyPlaceholder>
      ) : (
        // Keyed so that another template starts folded again.
        <TemplateBody key={definition.id} segments={rendered.body} foldable={definition.category === "MARKETING"} />
      )}
    </MessageFrame>
  );
}

function TemplateHeader({ header, theme }: { header: RenderedHeader; theme: PreviewTheme }) {
  if (header.kind === "text") {
    return (
      <div dir="auto" className="mb-1 font-bold [overflow-wrap:anywhere] whitespace-pre-wrap">
        <TemplateText segments={header.segments} />
      </div>
    );
  }
  const note = { value: null, example: "Example media: enter the Header media URL", placeholder: "No media yet" }[
    header.source
  ];
  return (
    <div className="mb-1.5">
      <HeaderMedia attachment={{ type: header.kind, url: header.url, filename: header.filename }} theme={theme} />
      {note && (
        <div className="mt-1 text-[11.5px] italic" style={{ color: PREVIEW_COLORS[theme].bubbleMeta }}>
          {note}
        </div>
      )}
    </div>
  );
}

/** A marketing body longer than about five lines folds behind "Read more", as WhatsApp shows it. */
function TemplateBody({ segments, foldable }: { segments: Segment[]; foldable: boolean }) {
  const [expanded, setExpanded] = useState(false);
  const cut = foldable && !expanded ? readMoreCut(segmentsText(segments)) : undefined;
  if (cut === undefined) return <TemplateText segments={segments} formatted />;
  return (
    <>
      <TemplateText segments={[...cutSegments(segments, cut), { text: "…", source: "template" }]} formatted />
      <button
        type="button"
        onClick={() => setExpanded(true)}
        className="font-medium text-[color:var(--wa-link,#026d9c)] hover:underline"
      >
        Read more
      </button>
    </>
  );
}
