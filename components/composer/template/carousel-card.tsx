import type { Ref } from "react";
import { HeaderMedia } from "@/components/preview/header-media";
import { PREVIEW_COLORS, type PreviewTheme, themeVariables } from "@/components/preview/theme";
import { type RenderedCard, type RenderedHeader, segmentsText } from "@/lib/templates/render";
import { ButtonLabel, buttonIcon } from "./template-buttons";
import { TemplateText } from "./template-text";

/** One carousel card as WhatsApp draws it: the media on top, the card's body, then its buttons as divided rows. */
export function CarouselCard({
  card,
  position,
  count,
  theme,
  cardRef,
}: {
  card: RenderedCard;
  /** 1-based, for "Card 2 of 3". */
  position: number;
  count: number;
  theme: PreviewTheme;
  cardRef?: Ref<HTMLDivElement>;
}) {
  const colors = PREVIEW_COLORS[theme];
  return (
    // biome-ignore lint/a11y/useSemanticElements: a card of a carousel is a group (ARIA's carousel pattern), not a form's fieldset.
    <div
      ref={cardRef}
      role="group"
      aria-roledescription="card"
      aria-label={`Card ${position} of ${count}`}
      className="flex w-[min(232px,80%)] shrink-0 snap-start flex-col overflow-hidden rounded-lg text-[14.2px] leading-[19px] shadow-[0_1px_0.5px_rgba(11,20,26,0.13)]"
      style={{ backgroundColor: colors.bubble, color: colors.bubbleText, ...themeVariables(theme) }}
    >
      {card.header && <CardHeader header={card.header} theme={theme} />}
      {segmentsText(card.body).trim() !== "" && (
        <div className="px-2 pt-1.5 pb-2">
          <TemplateText segments={card.body} formatted />
        </div>
      )}
      {card.buttons.length > 0 && (
        <div className="mt-auto">
          {card.buttons.map((button, index) => (
            <div
              key={index}
              dir="auto"
              className="flex min-h-10 items-center justify-center gap-2 border-t px-3 py-2 text-center text-[14px] font-medium [overflow-wrap:anywhere]"
              style={{ borderColor: colors.dividerStrong, color: colors.link }}
            >
              <span aria-hidden="true" className="flex shrink-0">
                {buttonIcon(button)}
              </span>
              <span className="min-w-0">
                <ButtonLabel button={button} theme={theme} />
              </span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

function CardHeader({ header, theme }: { header: RenderedHeader; theme: PreviewTheme }) {
  if (header.kind === "text") {
    return (
      <div dir="auto" className="px-2 pt-1.5 font-bold [overflow-wrap:anywhere]">
        <TemplateText segments={header.segments} />
      </div>
    );
  }
  const badge = { value: null, example: "Example", placeholder: "No media yet" }[header.source];
  return (
    <div className="relative p-1">
      <HeaderMedia attachment={{ type: header.kind, url: header.url, filename: header.filename }} theme={theme} />
      {badge && (
        <span
          title="The template's example: type the card's own URL to replace it"
          className="absolute top-2 left-2 rounded bg-black/55 px-1.5 py-0.5 text-[11px] text-white"
        >
          {badge}
        </span>
      )}
    </div>
  );
}
