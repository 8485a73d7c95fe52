import { describe, expect, it } from "vitest";

import { loadConfig } from "../../src/config/config.js";

describe("EXPORT_MAX_ELEMENTS", () => {
  it("defaults to 50,000 nodes and relationships, and can be set", () => {
    expect(loadConfig({}).export).toEqual({ maxElements: 50_000, maxConcurrent: 2 });
    expect(loadConfig({ EXPORT_MAX_ELEMENTS: "120" }).export).toEqual({ maxElements: 120, maxConcurrent: 2 });
  });

  it("must be a positive whole number", () => {
    expect(() => loadConfig({ EXPORT_MAX_ELEMENTS: "0" })).toThrow(
      /EXPORT_MAX_ELEMENTS must be positive \(got "0"\)/,
    );
    expect(() => loadConfig({ EXPORT_MAX_ELEMENTS: "lots" })).toThrow(/EXPORT_MAX_ELEMENTS must be a number/);
  });
});
