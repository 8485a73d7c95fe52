import { z } from "zod";

import { factsDocumentSchema } from "./facts-schema.js";

/** The committed JSON Schema (schema/facts.schema.json), generated from the zod schema. */
export function factsJsonSchemaText(): string {
  const schema = z.toJSONSchema(factsDocumentSchema, { target: "draft-2020-12" });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
