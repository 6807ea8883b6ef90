import { PREVIEW_COLORS, type PreviewTheme } from "@/components/preview/theme";
import { type DocumentKind, documentKind, urlFileName, urlHost } from "./attachment-file";

/** A document as WhatsApp shows it: a card with the file type's icon, the file name and the type in capitals. */
export function AttachmentDocument({ url, filename, theme }: { url: string; filename: string; theme: PreviewTheme }) {
  const name = filename.trim() || urlFileName(url) || "Document";
  const kind = documentKind(filename, url);
  const host = urlHost(url);
  return (
    <div
      className="flex w-[270px] max-w-full items-center gap-2.5 rounded-md px-2.5 py-2"
      style={{ backgroundColor: PREVIEW_COLORS[theme].tint }}
    >
      <FileIcon kind={kind} />
      <div className="min-w-0 flex-1">
        <p dir="auto" className="line-clamp-2 text-[14px] leading-[18px] [overflow-wrap:anywhere]">
          {name}
        </p>
        <p className="truncate text-[12px] leading-4" style={{ color: PREVIEW_COLORS[theme].bubbleMeta }}>
          {host ? `${kind.label} • ${host}` : kind.label}
        </p>
      </div>
    </div>
  );
}

/** A page with a folded corner in the type's colour, its label across the bottom. */
function FileIcon({ kind }: { kind: DocumentKind }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 30 38" width="30" height="38" className="shrink-0">
      <path d="M3 0h17l10 10v25a3 3 0 0 1-3 3H3a3 3 0 0 1-3-3V3a3 3 0 0 1 3-3z" fill={kind.color} />
      <path d="M20 0v7a3 3 0 0 0 3 3h7z" fill="#fff" fillOpacity="0.45" />
      <text
        x="15"
        y="31"
        textAnchor="middle"
        fill="#fff"
        fontSize={kind.label.length > 3 ? 6.5 : 8}
        fontWeight="700"
        fontFamily="system-ui, sans-serif"
      >
        {kind.label.slice(0, 4)}
      </text>
    </svg>
  );
}
