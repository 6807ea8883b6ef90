"use client";

import type { PreviewTheme } from "@/components/preview/theme";
import { isLoadableUrl, urlHost } from "./attachment-file";
import { useMediaStatus } from "./attachment-media-status";

/**
 * The picture itself, as WhatsApp shows it, or a placeholder saying it could not be loaded. A plain <img>: the
 * image lives on someone else's server, which next/image would have to be configured to allow.
 */
export function AttachmentImage({ url, alt, theme }: { url: string; alt: string; theme: PreviewTheme }) {
  const media = useMediaStatus(url);
  if (!isLoadableUrl(url) || media.status === "failed") return <ImagePlaceholder url={url} theme={theme} />;
  return (
    <img
      src={url.trim()}
      alt={alt}
      referrerPolicy="no-referrer"
      decoding="async"
      onLoad={() => media.loaded()}
      onError={media.failed}
      className="block h-auto max-h-[330px] min-h-24 w-[270px] max-w-full rounded-md object-cover"
      style={{ backgroundColor: theme === "light" ? "rgba(11,20,26,0.08)" : "rgba(0,0,0,0.25)" }}
    />
  );
}

/** In place of an image that is not there: the URL is not valid yet, or the browser could not load it. */
function ImagePlaceholder({ url, theme }: { url: string; theme: PreviewTheme }) {
  const host = urlHost(url);
  const light = theme === "light";
  return (
    <div
      className="flex aspect-[4/3] w-[270px] max-w-full flex-col items-center justify-center gap-1.5 rounded-md px-4 text-center"
      style={{
        backgroundColor: light ? "rgba(11,20,26,0.07)" : "rgba(0,0,0,0.25)",
        color: light ? "#54656f" : "#aebac1",
      }}
    >
      <BrokenImageIcon />
      <p className="text-[13px] leading-[17px] font-medium">Image could not be loaded</p>
      <p className="w-full truncate text-[12px] leading-4">
        {host || (url.trim() ? "The Media URL is not valid yet" : "Add a Media URL")}
      </p>
    </div>
  );
}

function BrokenImageIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      width="34"
      height="34"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
    >
      <path d="M14 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2v-9" strokeLinecap="round" />
      <path d="m3 17 5-5 4 4 2-2 7 7" strokeLinejoin="round" />
      <circle cx="9" cy="8" r="1.6" />
      <path d="m17 3 4 4m0-4-4 4" strokeLinecap="round" />
    </svg>
  );
}
