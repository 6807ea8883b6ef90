import { describe, expect, it } from "vitest";
import { fitFor } from "./use-popup-fit";

describe("fitFor", () => {
  it("puts the popup under the field when it fits there", () => {
    expect(fitFor(120, { below: 120, above: 600 })).toEqual({ above: false });
  });

  it("puts it above the field when the window has no room under it, as under a field near the bottom", () => {
    expect(fitFor(122, { below: 80, above: 600 })).toEqual({ above: true });
    // The field itself partly below the window's edge.
    expect(fitFor(122, { below: -30, above: 700 })).toEqual({ above: true });
  });

  it("fits on neither side: takes the roomier one and scrolls within it", () => {
    expect(fitFor(400, { below: 150, above: 300 })).toEqual({ above: true, maxHeight: 300 });
    expect(fitFor(400, { below: 300, above: 150 })).toEqual({ above: false, maxHeight: 300 });
  });
});
