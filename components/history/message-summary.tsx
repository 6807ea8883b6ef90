import type { ReactNode } from "react";
import { type Block, type Inline, parseWhatsApp } from "@/lib/whatsapp/format";

/**
 * A message on one line, for history: WhatsApp's bold, italic, strike-through and monospace drawn as WhatsApp draws
 * them and their markers gone; lines run on with a space, a list keeps its bullets and numbers. Links stay plain
 * text: the row is what leads somewhere. Built from tokens, so the text only ever becomes text nodes.
 */
export function MessageSummary({ text }: { text: string }) {
  const blocks = parseWhatsApp(text).filter((block) => block.kind === "codeblock" || block.inlines.length > 0);
  return (
    <>
      {blocks.map((block, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the blocks of one text, in order, never reordered.
        <span key={index}>
          {index > 0 ? " " : null}
          <SummaryBlock block={block} />
        </span>
      ))}
    </>
  );
}

function SummaryBlock({ block }: { block: Block }) {
  switch (block.kind) {
    case "codeblock":
      return <code className="font-mono text-[0.92em]">{block.text.replace(/\s+/g, " ")}</code>;
    case "bullet":
      return <>• {inlines(block.inlines)}</>;
    case "numbered":
      return (
        <>
          {block.number}. {inlines(block.inlines)}
        </>
      );
    case "quote":
    case "paragraph":
      return <>{inlines(block.inlines)}</>;
  }
}

function inlines(list: Inline[]): ReactNode[] {
  return list.map((inline, index) => summaryInline(inline, index));
}

function summaryInline(inline: Inline, key: number): ReactNode {
  switch (inline.kind) {
    case "text":
    case "link":
      return inline.text;
    case "bold":
      return <strong key={key}>{inlines(inline.children)}</strong>;
    case "italic":
      return <em key={key}>{inlines(inline.children)}</em>;
    case "strike":
      return <s key={key}>{inlines(inline.children)}</s>;
    case "mono":
    case "code":
      return (
        <code key={key} className="font-mono text-[0.92em]">
          {inline.text}
        </code>
      );
  }
}
