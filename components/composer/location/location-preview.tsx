"use client";

import type { PreviewProps } from "@/components/composer/shared/message-parts";
import { MessageFrame } from "@/components/preview/message-frame";
import { PREVIEW_COLORS } from "@/components/preview/theme";
import { LocationMap } from "./location-map";

/** WhatsApp's location bubble: the map with its pin, then the place's name in bold over its address. */
export function LocationPreview({ request, theme }: PreviewProps) {
  const location = request.message.location;
  const latitude = location?.latitude ?? Number.NaN;
  const longitude = location?.longitude ?? Number.NaN;
  const name = location?.name ?? "";
  const address = location?.address ?? "";
  const coordinates = formatCoordinates(latitude, longitude);
  return (
    <MessageFrame theme={theme} to={request.recipient} className="px-1! pt-1!">
      <div className="w-[270px] max-w-full overflow-hidden rounded-md">
        <LocationMap
          latitude={latitude}
          longitude={longitude}
          theme={theme}
          label={coordinates ? `Map around ${coordinates}` : "Map"}
        />
      </div>
      <div dir="auto" className="w-[270px] max-w-full px-1.5 pt-1.5 [overflow-wrap:anywhere]">
        {name ? <strong className="block font-semibold">{name}</strong> : null}
        {address ? (
          <p className="text-[13px] leading-[17px]" style={{ color: PREVIEW_COLORS[theme].bubbleMeta }}>
            {address}
          </p>
        ) : null}
        {name ? null : (
          <p className="text-[12px] leading-4 tabular-nums" style={{ color: PREVIEW_COLORS[theme].bubbleMeta }}>
            {coordinates ?? "Enter the latitude and longitude to place the pin."}
          </p>
        )}
      </div>
    </MessageFrame>
  );
}

/** "37.7749° N, 122.4194° W", as people read a point; null until both are numbers in range. */
export function formatCoordinates(latitude: number, longitude: number): string | null {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  const part = (value: number, positive: string, negative: string) =>
    `${Math.abs(value)
      .toFixed(4)
      .replace(/\.?0+$/, "")}° ${value < 0 ? negative : positive}`;
  return `${part(latitude, "N", "S")}, ${part(longitude, "E", "W")}`;
}
