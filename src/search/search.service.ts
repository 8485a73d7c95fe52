import neo4j from "neo4j-driver";

import { BadUserInputError } from "../errors/showgraph-error.js";
import { nodeProjection, toPlainNode } from "../graph/plain-graph.js";
import { registeredLabels } from "../graph/registered-labels.js";
import { toGraphNode } from "../graph/to-graph-node.js";
import type { CypherReader } from "../neo4j/cypher-executor.js";
import type { Connection } from "../pagination/connection.type.js";
import { toPageRequest } from "../pagination/connection-args.js";
import type { PageRow } from "../pagination/to-connection.js";
import { toConnection } from "../pagination/to-connection.js";
import { searchWords, toLuceneQuery } from "./lucene-query.js";
import type { SearchArgs } from "./search.args.js";
import { MAX_SEARCH_TEXT_LENGTH, MAX_SEARCH_WORDS } from "./search.args.js";
import { searchCursorKey, searchFingerprint, searchOffset } from "./search-cursor.js";
import type { SearchHit } from "./search-hit.type.js";
import { SEARCHABLE_LABEL, SearchableType } from "./searchable-type.enum.js";

/**
 * A page of hits and the number of all hits, in one statement (the index answers twice, once per
 * subquery: cheaper than holding every hit in memory to count them). Equal scores are ordered by
 * id so pages do not overlap.
 */
const SEARCH_STATEMENT = `
CALL () {
  CALL db.index.fulltext.queryNodes('entity_name_search', $query) YIELD node, score
  WHERE any(label IN labels(node) WHERE label IN $labels)
  WITH node, score
  ORDER BY score DESC, node.id, elementId(node)
  SKIP $offset
  LIMIT $limit
  RETURN collect({score: score, node: ${nodeProjection("node")}}) AS page
}
CALL () {
  CALL db.index.fulltext.queryNodes('entity_name_search', $query) YIELD node
  WHERE any(label IN labels(node) WHERE label IN $labels)
  RETURN count(node) AS totalCount
}
RETURN page, totalCount`;

/** Search cursors carry their own fingerprint in the sort key; "search" keeps other lists from taking them. */
const SEARCH_PAGE = {
  order: "search",
  toNode: (row: Record<string, unknown>) => row as unknown as SearchHit,
};

interface SearchRow {
  page: { score: number; node: unknown }[];
  totalCount: number;
}

export interface SearchInput extends SearchArgs {
  executor: CypherReader;
}

function checkedWords(text: string): string[] {
  if (text.length > MAX_SEARCH_TEXT_LENGTH) {
    throw new BadUserInputError(`text is at most ${MAX_SEARCH_TEXT_LENGTH} characters (got ${text.length})`, {
      argument: "text",
    });
  }
  const words = searchWords(text);
  if (words.length > MAX_SEARCH_WORDS) {
    throw new BadUserInputError(`text is at most ${MAX_SEARCH_WORDS} words (got ${words.length})`, {
      argument: "text",
    });
  }
  return words;
}

/** The labels to search: the types asked for (all when none), of those that have a GraphQL type. */
function searchLabels(types: SearchableType[] | null | undefined): string[] {
  const asked = types && types.length > 0 ? types : Object.values(SearchableType);
  const registered = registeredLabels();
  return [...new Set(asked.map((type) => SEARCHABLE_LABEL[type]))].filter((label) =>
    registered.includes(label),
  );
}

/** Full-text search over every entity's name or title, best first: one statement, or none. */
export async function searchEntities({
  executor,
  text,
  types,
  first,
  after,
}: SearchInput): Promise<Connection<SearchHit>> {
  const request = toPageRequest({ first, after });
  const query = toLuceneQuery(checkedWords(text));
  const labels = searchLabels(types);
  const fingerprint = searchFingerprint(query ?? "", labels);
  const offset = searchOffset(request.after, fingerprint);
  if (query === null || labels.length === 0) {
    return toConnection([], 0, request, SEARCH_PAGE);
  }
  const [result] = await executor.read<SearchRow>(
    {
      cypher: SEARCH_STATEMENT,
      parameters: {
        query,
        labels,
        typeLabels: registeredLabels(),
        offset: neo4j.int(offset),
        limit: neo4j.int(request.size + 1),
      },
    },
    { operation: "search" },
  );
  const rows: PageRow[] = (result?.page ?? []).flatMap(({ score, node }, index) => {
    const plain = toPlainNode(node);
    const graphNode = plain && toGraphNode(plain);
    return graphNode
      ? [{ sortKey: searchCursorKey(fingerprint, offset + index), row: { score, node: graphNode } }]
      : [];
  });
  return toConnection(rows, result?.totalCount ?? 0, request, SEARCH_PAGE);
}
