"use client";

import { PREVIEW_COLORS, type PreviewTheme } from "@/components/preview/theme";
import { formatDuration, isLoadableUrl } from "./attachment-file";
import { useMediaStatus } from "./attachment-media-status";

const BARS = 32;

/**
 * WhatsApp's audio bar: the headphones avatar of a sent audio file, a play button and a waveform with its knob,
 * and the length underneath once the browser could read it.
 */
export function AttachmentAudio({ url, theme }: { url: string; theme: PreviewTheme }) {
  const media = useMediaStatus(url);
  const colors = PREVIEW_COLORS[theme];
  const duration = formatDuration(media.duration);
  return (
    <div
      role="img"
      aria-label={duration ? `Audio, ${duration}` : "Audio"}
      className="flex w-[270px] max-w-full items-center gap-2 py-1 pe-1"
    >
      {isLoadableUrl(url) && media.status !== "failed" ? (
        // biome-ignore lint/a11y/useMediaCaption: never played; loaded only to read its duration for the bubble.
        <audio
          src={url.trim()}
          preload="metadata"
          onLoadedMetadata={(event) => media.loaded(event.currentTarget.duration)}
          onError={media.failed}
          className="hidden"
        />
      ) : null}
      <span
        aria-hidden="true"
        className="relative flex size-11 shrink-0 items-center justify-center rounded-full bg-[#f39c38] text-white"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" fill="currentColor">
          <path d="M12 3a8 8 0 0 0-8 8v6a3 3 0 0 0 3 3h1a1 1 0 0 0 1-1v-5a1 1 0 0 0-1-1H6v-2a6 6 0 0 1 12 0v2h-2a1 1 0 0 0-1 1v5a1 1 0 0 0 1 1h1a3 3 0 0 0 3-3v-6a8 8 0 0 0-8-8z" />
        </svg>
      </span>
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        width="30"
        height="30"
        className="shrink-0"
        style={{ color: colors.bubbleMeta }}
      >
        <path
          fill="currentColor"
          d="M7 4.8v14.4a1 1 0 0 0 1.52.85l11.7-7.2a1 1 0 0 0 0-1.7L8.52 3.95A1 1 0 0 0 7 4.8z"
        />
      </svg>
      <div className="min-w-0 flex-1">
        <div aria-hidden="true" className="relative flex h-7 items-center gap-[2px] overflow-hidden">
          {waveform(url).map((height, index) => (
            <span
              key={index}
              className="w-[3px] shrink-0 rounded-full"
              style={{ height, backgroundColor: colors.bubbleMeta, opacity: 0.55 }}
            />
          ))}
          <span className="absolute left-0 size-3 rounded-full" style={{ backgroundColor: colors.link }} />
        </div>
        <span className="text-[11px] leading-[15px] tabular-nums" style={{ color: colors.bubbleMeta }}>
          {duration ?? "0:00"}
        </span>
      </div>
    </div>
  );
}

/** Bar heights in pixels: made up, but the same for the same URL, with quieter ends as speech tends to have. */
function waveform(url: string): number[] {
  let state = 2166136261;
  for (let i = 0; i < url.length; i++) state = Math.imul(state ^ url.charCodeAt(i), 16777619);
  return Array.from({ length: BARS }, (_, index) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const envelope = Math.sin((Math.PI * (index + 0.5)) / BARS);
    return Math.round(4 + (6 + (state >>> 24) / 16) * envelope);
  });
}
