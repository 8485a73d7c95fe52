import { describe, expect, it } from "vitest";

import { ConfigError, loadConfig } from "../../src/config/config.js";

describe("the limits' environment variables", () => {
  it("have the documented defaults (docs/reliability.md)", () => {
    expect(loadConfig({}).limits).toEqual({
      operation: {
        maxDepth: 10,
        maxAliases: 30,
        maxDirectives: 20,
        maxTokens: 5_000,
        maxFields: 300,
        maxCost: 100_000,
      },
      request: { timeoutMs: 10_000, responseMaxBytes: 5_242_880 },
    });
  });

  it("can each be set", () => {
    const { limits } = loadConfig({
      GRAPHQL_MAX_DEPTH: "12",
      GRAPHQL_MAX_ALIASES: "5",
      GRAPHQL_MAX_DIRECTIVES: "3",
      GRAPHQL_MAX_TOKENS: "900",
      GRAPHQL_MAX_FIELDS: "80",
      GRAPHQL_MAX_COST: "1000",
      REQUEST_TIMEOUT_MS: "2500",
      RESPONSE_MAX_BYTES: "65536",
    });
    expect(limits).toEqual({
      operation: {
        maxDepth: 12,
        maxAliases: 5,
        maxDirectives: 3,
        maxTokens: 900,
        maxFields: 80,
        maxCost: 1000,
      },
      request: { timeoutMs: 2500, responseMaxBytes: 65_536 },
    });
  });

  it.each([
    ["GRAPHQL_MAX_DEPTH", "0", /GRAPHQL_MAX_DEPTH must be positive \(got "0"\)/],
    ["GRAPHQL_MAX_COST", "lots", /GRAPHQL_MAX_COST must be a number \(got "lots"\)/],
    ["REQUEST_TIMEOUT_MS", "1.5", /REQUEST_TIMEOUT_MS must be a whole number/],
    ["RESPONSE_MAX_BYTES", "-1", /RESPONSE_MAX_BYTES must be positive/],
  ])("refuses %s=%s in one line naming it", (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });
});
