import Cypher from "@neo4j/cypher-builder";

import { builtStatement } from "../neo4j/built-statement.js";

import type { CypherStatement } from "../neo4j/cypher-executor.js";

/** `(e:Edit {id})-[:EDITED]->(n:label {id})`; the label is one of the model's (the caller's check). */
export function linkEditStatement(
  editId: string,
  { label, id }: { label: string; id: string },
): CypherStatement {
  const edit = new Cypher.Node();
  const node = new Cypher.Node();
  const query = new Cypher.Match(
    new Cypher.Pattern(edit, { labels: ["Edit"], properties: { id: new Cypher.Param(editId) } }),
    new Cypher.Pattern(node, { labels: [label], properties: { id: new Cypher.Param(id) } }),
  ).create(new Cypher.Pattern(edit).related({ type: "EDITED" }).to(node));
  return builtStatement(query);
}
