import type { CypherExecutor } from "../neo4j/cypher-executor.js";

/** How big a graph is: enough to see that two ways of writing a file made the same graph. */
export interface GraphCensus {
  nodes: number;
  relationships: number;
  properties: number;
}

const CENSUS = `
CALL () { MATCH (n) RETURN count(n) AS nodes, sum(size(keys(n))) AS nodeProperties }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships, sum(size(keys(r))) AS relationshipProperties }
RETURN nodes, relationships, nodeProperties + relationshipProperties AS properties`;

/** Scans the whole graph: for benchmarks and tests, never for a request. */
export async function takeGraphCensus(executor: CypherExecutor): Promise<GraphCensus> {
  const [census] = await executor.read<GraphCensus>({ cypher: CENSUS }, { operation: "graph census" });
  return census ?? { nodes: 0, relationships: 0, properties: 0 };
}
