import type { ReactNode } from "react";
import { type Block, type Inline, parseWhatsApp } from "@/lib/whatsapp/format";

const LINK_CLASS = "text-[color:var(--wa-link,#026d9c)] underline-offset-2 hover:underline";
const INLINE_CODE_CLASS = "rounded bg-current/10 px-1 font-mono text-[0.92em]";

/**
 * Text with WhatsApp's formatting applied, built as React elements from tokens: user text only ever
 * becomes text nodes, never HTML. Link colour comes from --wa-link (set by Phone and OutgoingBubble).
 */
export function FormattedText({ text, className }: { text: string; className?: string }) {
  const blocks = parseWhatsApp(text);
  return (
    <div className={`[overflow-wrap:anywhere] whitespace-pre-wrap ${className ?? ""}`}>
      {blocks.map((block, index) => (
        <FormattedBlock key={index} block={block} />
      ))}
    </div>
  );
}

function FormattedBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case "paragraph":
      // An empty div has no height; the <br> keeps a blank line as tall as WhatsApp shows it.
      return <div dir="auto">{block.inlines.length === 0 ? <br /> : renderInlines(block.inlines)}</div>;
    case "bullet":
      return <ListRow marker="•">{renderInlines(block.inlines)}</ListRow>;
    case "numbered":
      return <ListRow marker={`${block.number}.`}>{renderInlines(block.inlines)}</ListRow>;
    case "quote":
      return (
        <div dir="auto" className="my-0.5 border-s-[3px] border-current/30 ps-2 opacity-80">
          {renderInlines(block.inlines)}
        </div>
      );
    case "codeblock":
      return (
        <div dir="auto" className="font-mono text-[0.92em]">
          <code>{block.text}</code>
        </div>
      );
  }
}

/** Marker then text in flex columns, so wrapped lines hang under the text, not under the marker. */
function ListRow({ marker, children }: { marker: string; children: ReactNode }) {
  return (
    <div dir="auto" className="flex gap-[0.5ch]">
      <span className="shrink-0 tabular-nums">{marker}</span>
      <span className="min-w-0 flex-1">{children}</span>
    </div>
  );
}

function renderInlines(inlines: Inline[]): ReactNode[] {
  return inlines.map((inline, index) => renderInline(inline, index));
}

function renderInline(inline: Inline, key: number): ReactNode {
  switch (inline.kind) {
    case "text":
      return inline.text;
    case "bold":
      return <strong key={key}>{renderInlines(inline.children)}</strong>;
    case "italic":
      return <em key={key}>{renderInlines(inline.children)}</em>;
    case "strike":
      return <s key={key}>{renderInlines(inline.children)}</s>;
    case "mono":
      return (
        <code key={key} className="font-mono text-[0.92em]">
          {inline.text}
        </code>
      );
    case "code":
      return (
        <code key={key} className={INLINE_CODE_CLASS}>
          {inline.text}
        </code>
      );
    case "link": {
      const href = webHref(inline.href);
      if (href === null) return inline.text;
      return (
        <a key={key} href={href} target="_blank" rel="noopener noreferrer nofollow" className={LINK_CLASS}>
          {inline.text}
        </a>
      );
    }
  }
}

/** Only what the browser parses as an http(s) URL becomes an href; "https://[oops" stays text. */
function webHref(href: string): string | null {
  if (!URL.canParse(href)) return null;
  const url = new URL(href);
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
}
