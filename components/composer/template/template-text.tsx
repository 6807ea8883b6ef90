import { Fragment, type ReactNode } from "react";
import type { Segment } from "@/lib/templates/render";
import { type Block, type Inline, parseWhatsApp } from "@/lib/whatsapp/format";

type Mark = "example" | "placeholder";

// Private-use characters fence the stand-in values, so WhatsApp formatting can be parsed over the whole text and
// the stand-ins still be found afterwards, even inside *bold* or across lines. Typed text never carries them.
const OPEN: Record<Mark, string> = { example: "\uE000", placeholder: "\uE002" };
const CLOSE = "\uE001";
const FENCES = /[\uE000\uE001\uE002]/g;
const SPLIT = /([\uE000\uE001\uE002])/;

const CODE_CLASS = "font-mono text-[0.92em]";
const MARK_CLASS: Record<Mark, string> = {
  example: "rounded-sm bg-[color:var(--wa-mark,rgba(252,211,77,0.45))] px-px text-inherit italic",
  placeholder: "rounded-sm bg-current/10 px-px font-mono text-inherit outline-1 outline-current/40 outline-dashed",
};
const MARK_TITLE: Record<Mark, string> = {
  example: "The template's example: type a value to replace it",
  placeholder: "Not filled in yet",
};

/**
 * A template's text with the values filled in. Values still empty show the template's example (or the bare
 * {{n}}) in a highlighted <mark>, so it is plain which parts the person has yet to type. `formatted` applies
 * WhatsApp's formatting (bodies); headers are shown as written.
 */
export function TemplateText({ segments, formatted = false }: { segments: readonly Segment[]; formatted?: boolean }) {
  const cursor: Cursor = { mark: null };
  if (!formatted) {
    return <>{renderText(fenced(segments), cursor)}</>;
  }
  return (
    <div className="[overflow-wrap:anywhere] whitespace-pre-wrap">
      {parseWhatsApp(fenced(segments)).map((block, index) => (
        <BlockView key={index} block={block} cursor={cursor} />
      ))}
    </div>
  );
}

/** Where rendering stands: inside a stand-in or not. Blocks and inlines are rendered in text order, so it carries over. */
interface Cursor {
  mark: Mark | null;
}

function fenced(segments: readonly Segment[]): string {
  return segments
    .map(({ text, source }) => {
      const clean = text.replace(FENCES, "");
      return source === "example" || source === "placeholder" ? OPEN[source] + clean + CLOSE : clean;
    })
    .join("");
}

function renderText(text: string, cursor: Cursor): ReactNode[] {
  const nodes: ReactNode[] = [];
  text.split(SPLIT).forEach((part, index) => {
    if (part === OPEN.example) cursor.mark = "example";
    else if (part === OPEN.placeholder) cursor.mark = "placeholder";
    else if (part === CLOSE) cursor.mark = null;
    else if (part !== "" && cursor.mark === null) nodes.push(part);
    else if (part !== "" && cursor.mark !== null) {
      nodes.push(
        <mark
          key={index}
          data-stand-in={cursor.mark}
          title={MARK_TITLE[cursor.mark]}
          className={MARK_CLASS[cursor.mark]}
        >
          {part}
        </mark>,
      );
    }
  });
  return nodes;
}

function BlockView({ block, cursor }: { block: Block; cursor: Cursor }) {
  switch (block.kind) {
    case "paragraph":
      return <div dir="auto">{block.inlines.length === 0 ? <br /> : renderInlines(block.inlines, cursor)}</div>;
    case "bullet":
    case "numbered":
      return (
        <div dir="auto" className="flex gap-[0.5ch]">
          <span className="shrink-0 tabular-nums">{block.kind === "bullet" ? "•" : `${block.number}.`}</span>
          <span className="min-w-0 flex-1">{renderInlines(block.inlines, cursor)}</span>
        </div>
      );
    case "quote":
      return (
        <div dir="auto" className="my-0.5 border-s-[3px] border-current/30 ps-2 opacity-80">
          {renderInlines(block.inlines, cursor)}
        </div>
      );
    case "codeblock":
      return (
        <div dir="auto" className="font-mono text-[0.92em]">
          <code>{renderText(block.text, cursor)}</code>
        </div>
      );
  }
}

function renderInlines(inlines: Inline[], cursor: Cursor): ReactNode[] {
  return inlines.map((inline, key) => {
    switch (inline.kind) {
      case "text":
        return <Fragment key={key}>{renderText(inline.text, cursor)}</Fragment>;
      case "bold":
        return <strong key={key}>{renderInlines(inline.children, cursor)}</strong>;
      case "italic":
        return <em key={key}>{renderInlines(inline.children, cursor)}</em>;
      case "strike":
        return <s key={key}>{renderInlines(inline.children, cursor)}</s>;
      case "mono":
      case "code":
        return (
          <code key={key} className={inline.kind === "code" ? `${CODE_CLASS} rounded bg-current/10 px-1` : CODE_CLASS}>
            {renderText(inline.text, cursor)}
          </code>
        );
      case "link": {
        const href = webHref(inline.href.replace(FENCES, ""));
        const text = renderText(inline.text, cursor);
        if (href === null) return <Fragment key={key}>{text}</Fragment>;
        return (
          <a
            key={key}
            href={href}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className="text-[color:var(--wa-link,#026d9c)] underline-offset-2 hover:underline"
          >
            {text}
          </a>
        );
      }
      default: {
        const unknown: never = inline;
        return unknown;
      }
    }
  });
}

function webHref(href: string): string | null {
  if (!URL.canParse(href)) return null;
  const url = new URL(href);
  return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
}
