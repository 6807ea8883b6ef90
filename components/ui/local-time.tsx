"use client";

import { type TimeFormat, useLocalTime } from "@/components/hooks/use-local-time";

/**
 * A moment shown in the reader's time zone: the server renders it in UTC, the browser in its own zone once
 * hydrated. The tooltip keeps the UTC reading, the one the CSV export uses.
 */
export function LocalTime({
  date,
  format = "date-time",
  className,
}: {
  date: Date | string;
  format?: TimeFormat;
  className?: string;
}) {
  const iso = typeof date === "string" ? date : date.toISOString();
  const text = useLocalTime(iso, format);
  return (
    <time
      dateTime={iso}
      title={new Date(iso).toISOString().replace("T", " ").slice(0, 19).concat(" UTC")}
      className={className}
    >
      {text}
    </time>
  );
}
