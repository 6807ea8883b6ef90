/**
 * Helpers for reading a stored request back into form values ("Edit as new"). A history row may hold anything:
 * whatever is not the expected shape reads as absent, so every field falls back to its default.
 */
export type UnknownRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value as an object, or an empty one. */
export function asRecord(value: unknown): UnknownRecord {
  return isRecord(value) ? value : {};
}

export function stringOr(value: unknown, fallback: string): string {
  return typeof value === "string" ? value : fallback;
}

/**
 * Each item read on its own; a missing or empty array takes the default, as the composer refuses an empty one and
 * the form would open with nothing to type into.
 */
export function itemsOr<T>(value: unknown, read: (item: UnknownRecord) => T, fallback: readonly T[]): T[] {
  if (!Array.isArray(value) || value.length === 0) return fallback.map((item) => structuredClone(item));
  return value.map((item) => read(asRecord(item)));
}
