import type { NodeInput } from "./facts-input.js";
import type { FieldProblem } from "./facts-problem.js";
import type { ReferenceType } from "./graph-vocabulary.js";
import { NAME_PROPERTY } from "./graph-vocabulary.js";
import { changedProperties } from "./claim-decision.js";
import { createNodesCypher, resolveNodesCypher, updateNodesCypher } from "./ingest-statements.js";
import type { WriteLedger } from "./write-ledger.js";

type Properties = Record<string, unknown>;

/** The nodes the graph holds that an entity may be (resolveNodesCypher's row, less its index). */
export interface NodeCandidates {
  byId: Properties[];
  byExternal: Properties[];
  byName: Array<Properties & { credits?: string[] }>;
}

/** The node an entity is: a new one, one found in the graph, or a problem (nothing is written). */
export type NodeMatch = { node: Properties | undefined } | { problem: FieldProblem };

/**
 * Writes one batch of entities of one label (or the file's article): finds what the graph holds of
 * each (one read), then creates the new nodes and sets the changed properties of the found ones
 * (one UNWIND each), recording ids, counts and problems in the ledger. `isSourceArticle`: the
 * file's own article, whose text the graph's copy must equal (its quotes point into it).
 */
export async function writeNodes(
  ledger: WriteLedger,
  label: ReferenceType,
  entities: NodeInput[],
  { isSourceArticle }: { isSourceArticle: boolean },
): Promise<void> {
  const knownFor = (entity: NodeInput) =>
    entity.knownFor?.map((show) => ledger.idOf({ label: "Show", id: show }));
  const resolved = await ledger.run<NodeCandidates & { index: number }>({
    cypher: resolveNodesCypher(label),
    parameters: {
      rows: entities.map((entity, index) => ({
        index,
        id: entity.id,
        external: entity.external,
        nameKey: entity.properties.nameKey ?? null,
        show: entity.show === undefined ? null : (ledger.idOf({ label: "Show", id: entity.show }) ?? null),
        number: entity.properties.number ?? null,
        knownFor: knownFor(entity) ?? null,
      })),
    },
  });
  const creates: Array<{ properties: Properties }> = [];
  const updates: Array<{ id: string; properties: Properties }> = [];
  const counts = ledger.count(label);
  for (const { index, ...candidates } of resolved) {
    const entity = entities[index] as NodeInput;
    const key = `${label}:${entity.id}`;
    const match = matchNode(entity, candidates, knownFor(entity));
    if ("problem" in match) {
      ledger.problem(entity.origin, match.problem.path, match.problem.message);
      ledger.failed.add(key);
      continue;
    }
    const found = match.node;
    if (found === undefined) {
      ledger.ids.set(key, entity.id);
      ledger.created.add(key);
      ledger.present.add(key);
      creates.push({ properties: { id: entity.id, ...entity.properties } });
      counts.created += 1;
      continue;
    }
    const foundId = found.id as string;
    ledger.ids.set(key, foundId);
    ledger.present.add(`${label}:${foundId}`);
    counts.matched += 1;
    if (isSourceArticle && typeof found.text === "string" && found.text !== entity.properties.text) {
      ledger.problem(
        entity.origin,
        ["text"],
        `differs from the text of article ${foundId} already in the graph, which quotes point into`,
      );
      ledger.failed.add(key);
      continue;
    }
    const changed = changedProperties(entity.properties, found);
    if (Object.keys(changed).length > 0) {
      counts.updated += 1;
      updates.push({ id: foundId, properties: changed });
    }
    if (label === "Article" && ("publishedDate" in changed || "publishedDatePrecision" in changed)) {
      ledger.knownTimesToDerive.articles.add(foundId);
    }
  }
  if (label === "Show") {
    // Its premiere date or name key orders its characters' credits.
    [...creates.map(({ properties }) => properties.id as string), ...updates.map(({ id }) => id)].forEach(
      (id) => ledger.creditOrderScope.shows.add(id),
    );
  }
  if (creates.length > 0) {
    await ledger.run({ cypher: createNodesCypher(label), parameters: { rows: creates } });
  }
  if (updates.length > 0) {
    await ledger.run({ cypher: updateNodesCypher(label), parameters: { rows: updates } });
  }
}

/**
 * The node an entity is: by external id, then id, then name (within its show for characters and
 * seasons; among people credited on one of `knownFor`, the graph ids of its knownFor shows, when
 * given). A problem when two nodes claim its external ids, or when its name fits several nodes;
 * the problem's path is relative to the entity's record.
 */
export function matchNode(
  entity: NodeInput,
  { byId, byExternal, byName }: NodeCandidates,
  knownFor: Array<string | undefined> | undefined,
): NodeMatch {
  if (byExternal.length > 1) {
    return {
      problem: {
        path: ["externalIds"],
        message: `name different ${entity.label} nodes: ${byExternal.map((node) => node.id).join(", ")}`,
      },
    };
  }
  const known = byExternal[0] ?? byId[0];
  if (known) {
    return { node: known };
  }
  const candidates = knownFor
    ? byName.filter((node) => node.credits?.some((show) => knownFor.includes(show)))
    : byName;
  if (candidates.length > 1) {
    const nameProperty = NAME_PROPERTY[entity.label] ?? "id";
    return {
      problem: {
        path: [nameProperty],
        message: `${candidates.length} ${entity.label} nodes have this name (${candidates.map((node) => node.id).join(", ")}): give the id of the one meant${entity.label === "Person" ? ", or knownFor" : ""}`,
      },
    };
  }
  return { node: candidates[0] };
}
