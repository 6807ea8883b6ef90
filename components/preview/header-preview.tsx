import type { InteractiveHeader } from "@/lib/messages/request";
import { HeaderMedia } from "./header-media";
import type { PreviewTheme } from "./theme";

/** The top of an interactive bubble: bold plain text (WhatsApp does not format headers) or the media. */
export function BubbleHeader({ header, theme }: { header: InteractiveHeader | undefined; theme: PreviewTheme }) {
  if (header?.attachment) {
    return (
      <div className="mb-1.5">
        <HeaderMedia attachment={header.attachment} theme={theme} />
      </div>
    );
  }
  if (!header?.text) return null;
  return (
    <div dir="auto" className="mb-1 font-bold [overflow-wrap:anywhere] whitespace-pre-wrap">
      {header.text}
    </div>
  );
}
