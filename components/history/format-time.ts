/** One fixed format and zone for every time in history, so server and browser render the same text. */
export function formatTime(date: Date): string {
  return `${date.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" })} UTC`;
}
