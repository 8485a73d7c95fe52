import { describe, expect, it } from "vitest";

import { domainLabels } from "../graph/registered-labels.js";
import { parseExportRequest } from "./parse-export-request.js";

describe("export parameters", () => {
  it("has defaults: JSON, every domain type and relationship type, the graph as it is now", () => {
    expect(parseExportRequest("neighborhood", { id: "U2hvdzpmYXVkYQ" })).toEqual({
      scope: { kind: "neighborhood", id: "U2hvdzpmYXVkYQ", depth: 1, limit: 200 },
      filter: {
        labels: domainLabels(),
        relationshipTypes: null,
        view: { includeDeprecated: false, knownOn: null, validOn: null },
      },
      format: "json",
      bom: false,
    });
  });

  it("reads every parameter", () => {
    expect(
      parseExportRequest("path", {
        from: "a",
        to: "b",
        maxLength: "6",
        first: "0",
        format: "csv-edges",
        types: " Person , Show,Person",
        relationshipTypes: "PLAYS,CHARACTER_IN",
        knownOn: "2024-02-29",
        validOn: "2021-08-31",
        bom: "true",
      }),
    ).toEqual({
      scope: { kind: "path", from: "a", to: "b", maxLength: 6, first: 0 },
      filter: {
        labels: ["Show", "Person"],
        relationshipTypes: ["PLAYS", "CHARACTER_IN"],
        view: { includeDeprecated: false, knownOn: "2024-02-29", validOn: "2021-08-31" },
      },
      format: "csv-edges",
      bom: true,
    });
  });

  it.each([
    [{ validOn: "2023-02-29" }, "validOn"],
    [{ knownOn: "2021-9-1" }, "knownOn"],
    [{ bom: "yes" }, "bom"],
    [{ types: "Show,Nothing" }, "types"],
    [{ types: "constructor" }, "types"],
    [{ relationshipTypes: "plays" }, "relationshipTypes"],
    [{ id: "x" }, "id"],
  ])("names the bad parameter in %j", (parameters, argument) => {
    expect(() => parseExportRequest("all", parameters)).toThrow(
      expect.objectContaining({ extensions: { code: "BAD_USER_INPUT", argument } }),
    );
  });
});
