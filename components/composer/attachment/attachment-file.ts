import { mediaUrlProblem, urlExtension } from "@/lib/messages/media";

/** The URL's host, for placeholders that say where the file would come from; "" while the URL is not one. */
export function urlHost(url: string): string {
  return URL.canParse(url.trim()) ? new URL(url.trim()).host : "";
}

/** Whether the browser should try to load it: the same test the schema applies before anything is sent. */
export function isLoadableUrl(url: string): boolean {
  return mediaUrlProblem(url) === null;
}

/** The last path segment, decoded, as WhatsApp names a document sent without a file name. */
export function urlFileName(url: string): string {
  if (!URL.canParse(url.trim())) return "";
  const segment = new URL(url.trim()).pathname.split("/").pop() ?? "";
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export interface DocumentKind {
  /** What the icon and the meta line say, e.g. "PDF". */
  label: string;
  color: string;
}

// The colours people know these formats by, as WhatsApp's document icons use them.
const KINDS: Record<string, DocumentKind> = {
  pdf: { label: "PDF", color: "#e5252a" },
  doc: { label: "DOC", color: "#2b579a" },
  docx: { label: "DOCX", color: "#2b579a" },
  xls: { label: "XLS", color: "#1d7044" },
  xlsx: { label: "XLSX", color: "#1d7044" },
  csv: { label: "CSV", color: "#1d7044" },
  ppt: { label: "PPT", color: "#d24726" },
  pptx: { label: "PPTX", color: "#d24726" },
};

const OTHER_COLOR = "#8696a0";

/** The document's type from its file name, else its URL: an icon colour and a label in capitals. */
export function documentKind(filename: string, url: string): DocumentKind {
  const extension = nameExtension(filename) || urlExtension(url);
  return KINDS[extension] ?? { label: extension ? extension.toUpperCase() : "FILE", color: OTHER_COLOR };
}

function nameExtension(name: string): string {
  return /\.([a-z0-9]{1,5})$/i.exec(name.trim())?.[1]?.toLowerCase() ?? "";
}

/** "1:05" from seconds, as WhatsApp shows a clip's length; null while unknown. */
export function formatDuration(seconds: number): string | null {
  if (!Number.isFinite(seconds) || seconds < 0) return null;
  const whole = Math.round(seconds);
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, "0");
  return hours ? `${hours}:${String(minutes).padStart(2, "0")}:${rest}` : `${minutes}:${rest}`;
}
