import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildLocationRequest, type LocationValues, locationDefaults } from "@/lib/messages/location";
import { formatCoordinates, LocationPreview } from "./location-preview";

function render(message: Partial<LocationValues["message"]>, theme: "light" | "dark" = "light") {
  const values: LocationValues = {
    ...locationDefaults,
    recipient: { id: "+16044441111", name: "" },
    message: { ...locationDefaults.message, ...message },
  };
  return renderToStaticMarkup(<LocationPreview request={buildLocationRequest(values)} theme={theme} />);
}

describe("LocationPreview", () => {
  it("shows the map, then the name in bold over the address", () => {
    const html = render({ latitude: "37.7749", longitude: "-122.4194", name: "San Francisco", address: "123 Main St" });
    expect(html).toContain('role="img" aria-label="Map around 37.7749° N, 122.4194° W"');
    expect(html).toMatch(/<strong[^>]*>San Francisco<\/strong><p[^>]*>123 Main St<\/p>/);
    expect(html.indexOf('<svg role="img"')).toBeLessThan(html.indexOf("San Francisco"));
    expect(html).not.toContain(">37.7749° N, 122.4194° W</p>");
  });

  it("shows the coordinates, small, when there is no name", () => {
    const html = render({ latitude: "37.7749", longitude: "-122.4194", address: "123 Main St" });
    expect(html).not.toContain("<strong");
    expect(html).toMatch(/class="text-\[12px\][^"]*"[^>]*>37.7749° N, 122.4194° W<\/p>/);
  });

  it("asks for coordinates while they are not numbers", () => {
    expect(render({ latitude: "-", longitude: "" })).toContain("Enter the latitude and longitude to place the pin.");
  });

  it("draws a different map for a different place, and the same one for the same place", () => {
    const map = (html: string) => {
      const start = html.indexOf('<svg role="img"');
      return html.slice(start, html.indexOf("</svg>", start));
    };
    const sf = map(render({ latitude: "37.7749", longitude: "-122.4194" }));
    expect(map(render({ latitude: "37.7749", longitude: "-122.4194" }))).toBe(sf);
    expect(map(render({ latitude: "48.8584", longitude: "2.2945" }))).not.toBe(sf);
  });

  it("uses the dark map colours in the dark theme", () => {
    const place = { latitude: "37.7749", longitude: "-122.4194" };
    expect(render(place, "dark")).toContain('fill="#1d2a31"');
    expect(render(place, "light")).toContain('fill="#ece8e0"');
  });

  it("renders the name and address as text, never as HTML", () => {
    const html = render({ latitude: "1", longitude: "1", name: "<b>x</b>", address: "<i>y</i>" });
    expect(html).toContain("&lt;b&gt;x&lt;/b&gt;");
    expect(html).toContain("&lt;i&gt;y&lt;/i&gt;");
  });
});

describe("formatCoordinates", () => {
  it("writes hemispheres instead of signs and drops trailing zeros", () => {
    expect(formatCoordinates(-33.8688, 151.2093)).toBe("33.8688° S, 151.2093° E");
    expect(formatCoordinates(0, -120.5)).toBe("0° N, 120.5° W");
  });

  it("has nothing to say about a point that is not one", () => {
    expect(formatCoordinates(Number.NaN, 0)).toBeNull();
    expect(formatCoordinates(91, 0)).toBeNull();
  });
});
