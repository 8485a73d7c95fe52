import { describe, expect, it } from "vitest";

import { loadConfig } from "../../src/config/config.js";

const DEFAULT_SLOTS = { maxConcurrent: 2, maxQueued: 100, queueTimeoutMs: 4_000 };

describe("EXPORT_MAX_ELEMENTS", () => {
  it("defaults to 50,000 nodes and relationships, and can be set", () => {
    expect(loadConfig({}).export).toEqual({ maxElements: 50_000, slots: DEFAULT_SLOTS });
    expect(loadConfig({ EXPORT_MAX_ELEMENTS: "120" }).export).toEqual({
      maxElements: 120,
      slots: DEFAULT_SLOTS,
    });
  });

  it("must be a positive whole number", () => {
    expect(() => loadConfig({ EXPORT_MAX_ELEMENTS: "0" })).toThrow(
      /EXPORT_MAX_ELEMENTS must be positive \(got "0"\)/,
    );
    expect(() => loadConfig({ EXPORT_MAX_ELEMENTS: "lots" })).toThrow(/EXPORT_MAX_ELEMENTS must be a number/);
  });
});

describe("EXPORT_MAX_CONCURRENT, EXPORT_QUEUE_MAX, EXPORT_QUEUE_TIMEOUT_MS", () => {
  it("can be set; a line of 0 refuses every export beyond the running ones at once", () => {
    expect(
      loadConfig({ EXPORT_MAX_CONCURRENT: "4", EXPORT_QUEUE_MAX: "0", EXPORT_QUEUE_TIMEOUT_MS: "2500" })
        .export.slots,
    ).toEqual({ maxConcurrent: 4, maxQueued: 0, queueTimeoutMs: 2_500 });
  });

  it("refuses values that are not whole numbers in range, naming the variable", () => {
    expect(() => loadConfig({ EXPORT_MAX_CONCURRENT: "0" })).toThrow(
      /EXPORT_MAX_CONCURRENT must be positive/,
    );
    expect(() => loadConfig({ EXPORT_QUEUE_MAX: "-1" })).toThrow(
      /EXPORT_QUEUE_MAX must be 0 or more \(got "-1"\)/,
    );
    expect(() => loadConfig({ EXPORT_QUEUE_TIMEOUT_MS: "1.5" })).toThrow(
      /EXPORT_QUEUE_TIMEOUT_MS must be a whole number/,
    );
  });

  it("waits no longer than a request budget set below the default wait", () => {
    expect(loadConfig({ REQUEST_TIMEOUT_MS: "2500" }).export.slots.queueTimeoutMs).toBe(2_500);
  });

  it("refuses a wait for a slot longer than the request budget", () => {
    expect(() => loadConfig({ EXPORT_QUEUE_TIMEOUT_MS: "12000", REQUEST_TIMEOUT_MS: "10000" })).toThrow(
      /EXPORT_QUEUE_TIMEOUT_MS must not be more than REQUEST_TIMEOUT_MS \(got "12000" and "10000"\)/,
    );
  });
});
