import type Cypher from "@neo4j/cypher-builder";

import type { CypherStatement } from "./cypher-executor.js";

/** A statement made with @neo4j/cypher-builder, as the executor takes it: text and parameters. */
export function builtStatement(clause: Cypher.Clause): CypherStatement {
  const { cypher, params } = clause.build();
  return { cypher, parameters: params };
}
