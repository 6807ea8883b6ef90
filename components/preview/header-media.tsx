"use client";

import { useState } from "react";
import { urlExtension } from "@/lib/messages/media";
import { mediaUrlProblem } from "@/lib/messages/media-url";
import type { Attachment } from "@/lib/messages/request";
import { PREVIEW_COLORS, type PreviewTheme } from "./theme";

/**
 * An interactive message's media header as WhatsApp draws it at the top of the bubble. The preview often runs
 * offline, so every kind has a drawn stand-in; a real image replaces the stand-in only once it has loaded.
 */
export function HeaderMedia({ attachment, theme }: { attachment: Attachment; theme: PreviewTheme }) {
  switch (attachment.type) {
    case "image":
      // Keyed by URL so a new address starts over from the stand-in rather than keeping the old "loaded" state.
      return <HeaderImage key={attachment.url} url={attachment.url} theme={theme} />;
    case "video":
      return <HeaderVideo theme={theme} />;
    case "document":
      return <HeaderDocument attachment={attachment} theme={theme} />;
    case "audio":
      return null;
  }
}

function HeaderImage({ url, theme }: { url: string; theme: PreviewTheme }) {
  const [loaded, setLoaded] = useState(false);
  const colors = PREVIEW_COLORS[theme];
  // Half-typed addresses would be fetched relative to the dashboard; only a usable URL is requested.
  const fetchable = mediaUrlProblem(url) === null;
  return (
    <div
      role="img"
      aria-label="Header image"
      className="relative flex aspect-[1.91/1] w-full items-center justify-center overflow-hidden rounded-md"
      style={{ backgroundColor: colors.divider, color: colors.muted }}
    >
      {!loaded && <PictureIcon />}
      {fetchable && (
        // A plain <img>: next/image only loads from hosts listed in the config, and users type any host.
        <img
          src={url}
          alt=""
          referrerPolicy="no-referrer"
          ref={(image) => {
            // The image may finish before React attaches onLoad (e.g. from cache); look once it is in the page.
            if (image?.complete && image.naturalWidth > 0) setLoaded(true);
          }}
          onLoad={() => setLoaded(true)}
          className={`absolute inset-0 size-full object-cover ${loaded ? "" : "invisible"}`}
        />
      )}
    </div>
  );
}

function HeaderVideo({ theme }: { theme: PreviewTheme }) {
  return (
    <div
      role="img"
      aria-label="Header video"
      className="relative flex aspect-video w-full items-center justify-center rounded-md"
      style={{ backgroundColor: PREVIEW_COLORS[theme].videoBackdrop }}
    >
      <span className="flex size-12 items-center justify-center rounded-full bg-black/45 text-white">
        <svg aria-hidden="true" viewBox="0 0 24 24" width="26" height="26" fill="currentColor">
          <path d="M8 5.5v13l10.5-6.5z" />
        </svg>
      </span>
      <span className="absolute bottom-1.5 left-2 flex items-center gap-1 text-[11px] text-white/90">
        <svg aria-hidden="true" viewBox="0 0 24 24" width="14" height="14" fill="currentColor">
          <path d="M3 6.5A1.5 1.5 0 0 1 4.5 5h10A1.5 1.5 0 0 1 16 6.5v11a1.5 1.5 0 0 1-1.5 1.5h-10A1.5 1.5 0 0 1 3 17.5zM17 10l4-2.5v9L17 14z" />
        </svg>
        Video
      </span>
    </div>
  );
}

function HeaderDocument({ attachment, theme }: { attachment: Attachment; theme: PreviewTheme }) {
  const colors = PREVIEW_COLORS[theme];
  const name = attachment.filename || lastPathSegment(attachment.url) || "Document";
  const extension = urlExtension(attachment.url) || urlExtension(name);
  return (
    <div className="flex items-center gap-2.5 rounded-md px-2.5 py-2" style={{ backgroundColor: colors.tint }}>
      <svg aria-hidden="true" viewBox="0 0 30 36" width="26" height="31" className="shrink-0">
        <path
          d="M3 0h17l10 10v23a3 3 0 0 1-3 3H3a3 3 0 0 1-3-3V3a3 3 0 0 1 3-3z"
          fill={extension === "pdf" ? "#e5252a" : "#4f8ee8"}
        />
        <path d="M20 0v7a3 3 0 0 0 3 3h7z" fill="rgba(255,255,255,0.45)" />
      </svg>
      <div className="min-w-0 flex-1 leading-tight">
        <div dir="auto" className="truncate text-[14px]">
          {name}
        </div>
        <div className="text-[11.5px] uppercase" style={{ color: colors.bubbleMeta }}>
          {extension || "file"}
        </div>
      </div>
    </div>
  );
}

function lastPathSegment(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split("/").pop() ?? "");
  } catch {
    return "";
  }
}

function PictureIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="40" height="40" fill="currentColor">
      <path d="M4.5 4h15A1.5 1.5 0 0 1 21 5.5v13a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 18.5v-13A1.5 1.5 0 0 1 4.5 4zm0 1.5v10.3l4.2-4.2 3.3 3.3 4-4 3.5 3.5V5.5zM8.5 7.5a1.75 1.75 0 1 1 0 3.5 1.75 1.75 0 0 1 0-3.5z" />
    </svg>
  );
}
