import { describe, expect, it } from "vitest";

import { eachOf, mapOf, nodePropertiesOf, valueOf } from "../../src/query-engine/projection.js";

describe("projections sent as lists and read back as maps", () => {
  const row = mapOf({
    person: nodePropertiesOf("coStar", ["name", "id"]),
    sharedShows: eachOf("show", "sharedShows", nodePropertiesOf("show", ["title"])),
    original: valueOf("coalesce(carries.original, false)"),
    plays: nodePropertiesOf("plays", []),
  });

  it("writes each map as the list of its values, in key order", () => {
    expect(row.cypher).toBe(
      "[[coStar.name, coStar.id], [show IN sharedShows | [show.title]], coalesce(carries.original, false), []]",
    );
  });

  it("reads a row back into the map the connection's toNode expects", () => {
    expect(row.decode([["Sarah Paulson", "p1"], [["Hit & Run"], ["Fauda"]], true, []])).toEqual({
      person: { name: "Sarah Paulson", id: "p1" },
      sharedShows: [{ title: "Hit & Run" }, { title: "Fauda" }],
      original: true,
      plays: {},
    });
  });

  it("keeps an absent property as null, as a map projection does", () => {
    expect(nodePropertiesOf("show", ["title", "premiereDate"]).decode(["Fauda", null])).toEqual({
      title: "Fauda",
      premiereDate: null,
    });
  });
});
