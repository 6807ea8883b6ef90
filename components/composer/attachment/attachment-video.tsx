"use client";

import { urlExtension } from "@/lib/messages/media";
import { formatDuration, isLoadableUrl, urlHost } from "./attachment-file";
import { useMediaStatus } from "./attachment-media-status";

/**
 * A video as WhatsApp shows it before it plays: a frame with a round play button and the length in the corner.
 * The browser fetches only the metadata; when it cannot (offline, or a private URL), the frame stays dark.
 */
export function AttachmentVideo({ url }: { url: string }) {
  const media = useMediaStatus(url);
  const loadable = isLoadableUrl(url);
  const showFrame = media.status === "loaded";
  const extension = urlExtension(url).toUpperCase();
  const badge = formatDuration(media.duration) ?? (extension || "Video");
  const host = urlHost(url);
  return (
    <div
      role="img"
      aria-label="Video"
      className="relative aspect-[16/10] w-[270px] max-w-full overflow-hidden rounded-md bg-[#1b262c] text-white"
    >
      {loadable && media.status !== "failed" ? (
        <video
          src={url.trim()}
          preload="metadata"
          muted
          playsInline
          aria-hidden="true"
          tabIndex={-1}
          onLoadedMetadata={(event) => media.loaded(event.currentTarget.duration)}
          onError={media.failed}
          className={`absolute inset-0 size-full object-cover ${showFrame ? "" : "opacity-0"}`}
        />
      ) : null}
      {showFrame ? null : (
        <p className="absolute inset-x-0 top-0 truncate px-2.5 pt-2 text-[12px] leading-4 text-white/60">
          {host || (url.trim() ? "The Media URL is not valid yet" : "Add a Media URL")}
        </p>
      )}
      <div className="absolute inset-0 flex items-center justify-center">
        <span
          aria-hidden="true"
          className="flex size-12 items-center justify-center rounded-full bg-black/50 backdrop-blur-sm"
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" width="26" height="26" fill="currentColor">
            <path d="M8 5.5v13a1 1 0 0 0 1.5.86l10.5-6.5a1 1 0 0 0 0-1.72L9.5 4.64A1 1 0 0 0 8 5.5z" />
          </svg>
        </span>
      </div>
      <div className="absolute inset-x-0 bottom-0 flex items-center gap-1 bg-gradient-to-t from-black/60 to-transparent px-2 pt-5 pb-1.5 text-[11px] leading-[15px]">
        <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" fill="currentColor">
          <rect x="2" y="6" width="13" height="12" rx="2.5" />
          <path d="m16.5 10.5 5-3v9l-5-3z" />
        </svg>
        <span>{badge}</span>
      </div>
    </div>
  );
}
