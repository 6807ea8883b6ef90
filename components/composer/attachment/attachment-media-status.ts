"use client";

import { useState } from "react";

export type MediaStatus = "loading" | "loaded" | "failed";

interface MediaState {
  url: string;
  status: MediaStatus;
  /** Seconds, for audio and video once their metadata arrived; NaN until then. */
  duration: number;
}

/**
 * Whether the browser managed to load the media at `url`. Kept with the URL it belongs to, so a new URL starts
 * over as "loading" without an effect to reset it.
 */
export function useMediaStatus(url: string) {
  const [state, setState] = useState<MediaState>({ url, status: "loading", duration: Number.NaN });
  const current = state.url === url ? state : { url, status: "loading" as const, duration: Number.NaN };
  return {
    status: current.status,
    duration: current.duration,
    loaded: (duration = Number.NaN) => setState({ url, status: "loaded", duration }),
    failed: () => setState({ url, status: "failed", duration: Number.NaN }),
  };
}
