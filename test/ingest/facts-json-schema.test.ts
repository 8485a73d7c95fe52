import { readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { projectRoot } from "../../src/common/project-root.js";
import { factsJsonSchemaText } from "../../src/ingest/facts-json-schema.js";

describe("schema/facts.schema.json", () => {
  it("is what the zod schema generates (npm run facts-schema:emit)", () => {
    expect(readFileSync(join(projectRoot, "schema", "facts.schema.json"), "utf8")).toBe(
      factsJsonSchemaText(),
    );
  });
});
