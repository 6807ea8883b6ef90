import { describe, expect, it } from "vitest";
import { mapLayout } from "./location-map-layout";

describe("mapLayout", () => {
  it("is the same for the same coordinates", () => {
    expect(mapLayout(37.7749, -122.4194)).toEqual(mapLayout(37.7749, -122.4194));
  });

  it("lays out another district for a distant place", () => {
    const sf = mapLayout(37.7749, -122.4194);
    const paris = mapLayout(48.8584, 2.2945);
    expect(paris.angle).not.toBe(sf.angle);
  });

  it("pans the same streets for a nearby point", () => {
    const here = mapLayout(37.7749, -122.4194);
    const nearby = mapLayout(37.775, -122.4194);
    expect(nearby.angle).toBe(here.angle);
    expect(nearby.streets).not.toEqual(here.streets);
  });

  it("draws a map even before the coordinates are numbers", () => {
    const layout = mapLayout(Number.NaN, Number.NaN);
    expect(layout.streets.length + layout.avenues.length).toBeGreaterThan(5);
  });

  it("puts water on some maps and not on others", () => {
    const maps = Array.from({ length: 60 }, (_, i) => mapLayout(-60 + i * 2.03, -170 + i * 5.71));
    expect(maps.some((map) => map.water)).toBe(true);
    expect(maps.some((map) => !map.water)).toBe(true);
  });
});
