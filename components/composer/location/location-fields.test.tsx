import { renderToStaticMarkup } from "react-dom/server";
import { useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { type LocationValues, locationDefaults } from "@/lib/messages/location";
import type { SessionMessageRequest } from "@/lib/messages/request";
import { LocationFields } from "./location-fields";

function Harness({ values }: { values: LocationValues }) {
  const form = useForm<LocationValues, unknown, SessionMessageRequest>({ defaultValues: values });
  return <LocationFields form={form} values={values} />;
}

function render(message: Partial<LocationValues["message"]> = {}) {
  const values = { ...locationDefaults, message: { ...locationDefaults.message, ...message } };
  return renderToStaticMarkup(<Harness values={values} />);
}

describe("LocationFields", () => {
  it("labels the coordinates, the place name and the address", () => {
    const labels = [...render().matchAll(/<label for="[^"]+"[^>]*>([^<]+)/g)].map((m) => m[1]);
    expect(labels).toEqual(["Latitude", "Longitude", "Place name", "Address"]);
  });

  it("types coordinates as text with a decimal keyboard", () => {
    const html = render();
    expect(html).toMatch(/<input id="latitude"[^>]*type="text" inputMode="decimal"/);
    expect(html).toMatch(/<input id="longitude"[^>]*type="text" inputMode="decimal"/);
  });

  it("links the point to OpenStreetMap once both coordinates are valid", () => {
    expect(render({ latitude: "37.7749", longitude: "-122.4194" })).toContain(
      'href="https://www.openstreetmap.org/?mlat=37.7749&amp;mlon=-122.4194#map=17/37.7749/-122.4194"',
    );
    expect(render({ latitude: "97", longitude: "-122.4194" })).not.toContain("openstreetmap");
  });

  it("counts the place name and the address against their limit", () => {
    expect(render({ name: "Pier 39" })).toContain(">7 of 1,000 characters<");
  });
});
