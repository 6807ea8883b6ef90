import { z } from "zod";
import type { MessageDescriptor } from "./descriptor";
import { buildRequest, emptyEnvelope, envelopeShape, optional, readEnvelope } from "./envelope";
import { limitedText } from "./fields";
import { LIMITS } from "./limits";
import { asRecord, stringOr } from "./read-request";
import type { Location, SessionMessageRequest } from "./request";

/**
 * WhatsApp documents no length for a location's name or address; this keeps a pasted page out of the bubble.
 *
 */
export const PLACE_TEXT_MAX = LIMITS.location.placeText;

type Axis = "latitude" | "longitude";

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** The number typed, or NaN until it is one (JSON shows that as null, so the panel never pretends). */
export function parseCoordinate(text: string | undefined): number {
  const trimmed = (text ?? "").trim();
  return DECIMAL.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** Why a typed coordinate is refused, or null. */
export function coordinateProblem(axis: Axis, text: string): string | null {
  const label = axis === "latitude" ? "Latitude" : "Longitude";
  const [min, max] = LIMITS.location[axis];
  const trimmed = text.trim();
  if (trimmed === "") return `Enter the ${axis}.`;
  if (/^[+-]?\d+,\d+$/.test(trimmed)) return `Use a dot for decimals, e.g. ${trimmed.replace(",", ".")}.`;
  const value = parseCoordinate(trimmed);
  if (Number.isNaN(value)) {
    return `${label} must be a number in decimal degrees, e.g. ${axis === "latitude" ? "37.7749" : "-122.4194"}.`;
  }
  if (value < min || value > max) return `${label} must be between ${min} and ${max}.`;
  return null;
}

function coordinateField(axis: Axis) {
  return z.string().superRefine((value, ctx) => {
    const problem = coordinateProblem(axis, value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

// One coordinate as map apps and web pages write it: a sign, the number, perhaps a degree sign and a hemisphere.
const COORDINATE = String.raw`([+-]?\d+(?:\.\d+)?)\s*°?\s*([NSEW])?`;
const PAIR = new RegExp(String.raw`^\(?\s*${COORDINATE}(\s*[,;]\s*|\s+)${COORDINATE}\s*\)?$`, "i");

/** Copies bring typographic minus signs and dashes, and spaces that are not plain ones. */
function plainPair(text: string): string {
  return text
    .replace(/\p{Cf}/gu, "")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/gu, " ")
    .trim();
}

/** The coordinate signed by its hemisphere ("123.12 W" is -123.12); null when the letter is the other axis's. */
function signed(number: string, hemisphere: string | undefined, axis: Axis): string | null {
  const letter = hemisphere?.toUpperCase();
  if (letter === undefined) return number;
  if (!(axis === "latitude" ? "NS" : "EW").includes(letter)) return null;
  if (/^[+-]/.test(number)) return null;
  return letter === "S" || letter === "W" ? `-${number}` : number;
}

/**
 * "37.7749, -122.4194" as map apps copy a point (also "37.7749,-122.4194", "37.7749 -122.4194", "(…)", and
 * "37.7749° N, 122.4194° W"), split into latitude and longitude; null for anything else, a single number included.
 * Lets a person paste both at once into either coordinate field.
 */
export function splitCoordinatePair(text: string): { latitude: string; longitude: string } | null {
  const match = PAIR.exec(plainPair(text));
  if (!match) return null;
  const [, first = "", firstHemisphere, separator = "", second = "", secondHemisphere] = match;
  // "37,77" is more likely one number with a decimal comma than a pair.
  if (separator === "," && !/[.°NSEW]/i.test(match[0]) && !/^[+-]/.test(second)) return null;
  const latitude = signed(first, firstHemisphere, "latitude");
  const longitude = signed(second, secondHemisphere, "longitude");
  return latitude === null || longitude === null ? null : { latitude, longitude };
}

/** Coordinates are typed as text, so that "-" and "37." can be on their way to a number; the request sends numbers. */
const locationShape = z.object({
  ...envelopeShape,
  message: z.object({
    latitude: coordinateField("latitude"),
    longitude: coordinateField("longitude"),
    name: limitedText(PLACE_TEXT_MAX),
    address: limitedText(PLACE_TEXT_MAX),
  }),
});

export type LocationValues = z.input<typeof locationShape>;

export const locationDefaults: LocationValues = {
  ...emptyEnvelope,
  message: { latitude: "", longitude: "", name: "", address: "" },
};

export function buildLocationRequest(values: LocationValues): SessionMessageRequest {
  const message = values.message ?? locationDefaults.message;
  const location: Location = {
    latitude: parseCoordinate(message.latitude),
    longitude: parseCoordinate(message.longitude),
  };
  const name = optional(message.name);
  if (name) location.name = name;
  const address = optional(message.address);
  if (address) location.address = address;
  return buildRequest(values, { location });
}

/**
 * Plain decimal notation: the Latitude and Longitude inputs take no exponent, and String() writes 1e-7 for a point
 * a centimetre off the equator. Exponents above zero only appear beyond 1e21, far outside any coordinate.
 */
function coordinateText(value: unknown, fallback: string): string {
  if (typeof value !== "number" || !Number.isFinite(value)) return fallback;
  const written = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e-(\d+)$/.exec(written);
  if (!match) return written;
  const [, sign = "", lead = "", rest = "", exponent = ""] = match;
  return `${sign}0.${"0".repeat(Number(exponent) - 1)}${lead}${rest}`;
}

function readLocationValues(request: unknown): LocationValues {
  const sent = asRecord(request);
  const defaults = locationDefaults.message;
  const location = asRecord(asRecord(sent.message).location);
  return {
    ...readEnvelope(sent),
    message: {
      latitude: coordinateText(location.latitude, defaults.latitude),
      longitude: coordinateText(location.longitude, defaults.longitude),
      name: stringOr(location.name, defaults.name),
      address: stringOr(location.address, defaults.address),
    },
  };
}

export const locationMessageSchema = locationShape.transform(buildLocationRequest);

export const locationMessage: MessageDescriptor<LocationValues> = {
  label: "Location",
  heading: "a location",
  defaults: locationDefaults,
  schema: locationMessageSchema,
  build: buildLocationRequest,
  read: readLocationValues,
};
