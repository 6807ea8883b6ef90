import { describe, expect, it } from "vitest";
import {
  buildLocationRequest,
  type LocationValues,
  locationDefaults,
  locationMessageSchema,
  splitCoordinatePair,
} from "./location";

function values(message: Partial<LocationValues["message"]> = {}): LocationValues {
  return {
    ...locationDefaults,
    senderId: "+14151111234",
    recipient: { id: "+16044441111", name: "" },
    message: { ...locationDefaults.message, latitude: "37.7749", longitude: "-122.4194", ...message },
  };
}

function errorsOf(input: unknown): Record<string, string> {
  const result = locationMessageSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("location schema", () => {
  it("produces the seed's location example exactly, coordinates as JSON numbers", () => {
    const request = locationMessageSchema.parse(values({ name: "San Francisco", address: "123 Main St" }));
    expect(JSON.stringify(request)).toBe(
      JSON.stringify({
        sender: { id: "+14151111234", channelType: "whatsapp" },
        recipient: { id: "+16044441111", channelType: "whatsapp" },
        message: {
          location: { latitude: 37.7749, longitude: -122.4194, name: "San Francisco", address: "123 Main St" },
        },
      }),
    );
  });

  it("leaves out a blank name and address and trims them otherwise", () => {
    expect(locationMessageSchema.parse(values({ name: " ", address: "" })).message).toEqual({
      location: { latitude: 37.7749, longitude: -122.4194 },
    });
    expect(locationMessageSchema.parse(values({ name: " Pier 39 " })).message.location?.name).toBe("Pier 39");
  });

  it("accepts the bounds themselves and a leading plus", () => {
    expect(errorsOf(values({ latitude: "-90", longitude: "180" }))).toEqual({});
    expect(errorsOf(values({ latitude: "90", longitude: "-180" }))).toEqual({});
    expect(locationMessageSchema.parse(values({ latitude: "+45.5", longitude: ".5" })).message.location).toMatchObject({
      latitude: 45.5,
      longitude: 0.5,
    });
  });

  it("refuses a latitude beyond ±90", () => {
    expect(errorsOf(values({ latitude: "90.0001" }))["message.latitude"]).toBe("Latitude must be between -90 and 90.");
    expect(errorsOf(values({ latitude: "-91" }))["message.latitude"]).toBe("Latitude must be between -90 and 90.");
  });

  it("refuses a longitude beyond ±180", () => {
    expect(errorsOf(values({ longitude: "180.5" }))["message.longitude"]).toBe(
      "Longitude must be between -180 and 180.",
    );
    expect(errorsOf(values({ longitude: "-181" }))["message.longitude"]).toBe(
      "Longitude must be between -180 and 180.",
    );
  });

  it("requires both coordinates", () => {
    const errors = errorsOf(values({ latitude: " ", longitude: "" }));
    expect(errors["message.latitude"]).toBe("Enter the latitude.");
    expect(errors["message.longitude"]).toBe("Enter the longitude.");
  });

  it("refuses coordinates that are not numbers", () => {
    for (const text of ["abc", "37.77.49", "1e3", "Infinity", "NaN", "37°46′N", "-"]) {
      expect(errorsOf(values({ latitude: text }))["message.latitude"]).toMatch(/must be a number/);
    }
  });

  it("suggests a dot when a decimal comma is typed", () => {
    expect(errorsOf(values({ longitude: "-122,4194" }))["message.longitude"]).toBe(
      "Use a dot for decimals, e.g. -122.4194.",
    );
  });

  it("accepts a name and an address of 1,000 characters and refuses 1,001", () => {
    expect(errorsOf(values({ name: "n".repeat(1000), address: "a".repeat(1000) }))).toEqual({});
    const errors = errorsOf(values({ name: "n".repeat(1001), address: "🏠".repeat(1001) }));
    expect(errors["message.name"]).toMatch(/1,001 of 1,000/);
    expect(errors["message.address"]).toMatch(/1,001 of 1,000/);
  });
});

describe("buildLocationRequest", () => {
  it("shows a coordinate that is not a number yet as NaN, which JSON writes as null", () => {
    const request = buildLocationRequest(values({ latitude: "-", longitude: "" }));
    expect(JSON.stringify(request.message)).toBe('{"location":{"latitude":null,"longitude":null}}');
  });
});

describe("splitCoordinatePair", () => {
  it("splits what map apps copy", () => {
    expect(splitCoordinatePair("37.7749, -122.4194")).toEqual({ latitude: "37.7749", longitude: "-122.4194" });
    expect(splitCoordinatePair("(37.7749,-122.4194)")).toEqual({ latitude: "37.7749", longitude: "-122.4194" });
    expect(splitCoordinatePair("37.7749 -122.4194")).toEqual({ latitude: "37.7749", longitude: "-122.4194" });
  });

  it.each([
    ["49.28, -123.12", "49.28", "-123.12"],
    ["49.2827,-123.1207", "49.2827", "-123.1207"],
    ["49.28 -123.12", "49.28", "-123.12"],
    ["49.28;-123.12", "49.28", "-123.12"],
    [" 49.28,\u00a0\u2212123.12\n", "49.28", "-123.12"],
    ["49.2827° N, 123.1207° W", "49.2827", "-123.1207"],
    ["33.86 S 151.21 E", "-33.86", "151.21"],
    ["49, -123", "49", "-123"],
  ])("splits %j as a map copies it", (text, latitude, longitude) => {
    expect(splitCoordinatePair(text)).toEqual({ latitude, longitude });
  });

  it("leaves a single number, including one with a decimal comma, alone", () => {
    expect(splitCoordinatePair("37.7749")).toBeNull();
    expect(splitCoordinatePair("-37.7749")).toBeNull();
    expect(splitCoordinatePair("37,77")).toBeNull();
    expect(splitCoordinatePair("San Francisco")).toBeNull();
  });

  it("refuses hemispheres that contradict the axis or the sign", () => {
    expect(splitCoordinatePair("123.12 W, 49.28 N")).toBeNull();
    expect(splitCoordinatePair("-49.28 N, 123.12 W")).toBeNull();
  });
});
