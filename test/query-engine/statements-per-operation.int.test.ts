import type { OperationDefinitionNode } from "graphql";
import { Kind, OperationTypeNode, print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { exampleOperations } from "../../src/schema/example-operations.js";
import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

// Reads only: the mutations write in transactions of their own (test/editing/example-mutations.int.test.ts).
const operations = exampleOperations([OperationTypeNode.QUERY]).map(({ operation }) => operation);

function rootFieldCount(operation: OperationDefinitionNode): number {
  return operation.selectionSet.selections.filter((selection) => selection.kind === Kind.FIELD).length;
}

/**
 * Statements each operation may send beyond one per root field: the batched per-level loads the
 * query engine does not (yet) fold into its root field's statement. Lowered as the engine grows;
 * an operation not listed must send at most one statement per root field.
 */
const EXTRA_STATEMENTS: Record<string, number> = {
  ModelNodeById: 1,
  SeasonById: 1,
  ShowSeasons: 1,
  CharacterRelationships: 3,
  ShowCrew: 1,
  PersonCrewCredits: 1,
  PersonCredits: 1,
  RelatedShows: 1,
  ShowNetworksAndCancellation: 2,
  NetworkShows: 2,
  ShowLocations: 2,
  LocationTree: 2,
  ShowsInPlace: 1,
  ShowProductionFactors: 1,
  ProductionFactorImpact: 3,
  ProvenanceWhyIsItASeries: 1,
  ProvenanceCastEvidence: 2,
  ProvenanceCancellation: 2,
  ProvenanceQuotedPerson: 2,
  ProvenanceAsKnownOnAugust31: 1,
  ProvenanceAsKnownOnOctober1: 2,
  ProvenanceAsValidOn: 3,
  ProvenanceTimeline: 1,
  ProvenanceTimelineAsKnown: 1,
  ProvenanceArticleClaims: 4,
  ProvenanceOutletReports: 2,
  ShowsWithTheBiggestCasts: 1,
  CastOfShow: 1,
  ShowsCastsAndTheirOtherRoles: 2,
  LiorRazHistory: 1,
};

describe("statements and transactions per operation of schema/examples.graphql", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it.each(operations.map((operation) => [operation.name?.value ?? "", operation] as const))(
    "%s reads in one transaction, within its statement bound",
    async (name, operation) => {
      server.statements.length = 0;
      const { errors } = await server.query(print(operation));
      expect(errors).toBeUndefined();
      const transactions = new Set(server.statements.map((statement) => statement.transaction));
      expect(transactions.size).toBe(server.statements.length > 0 ? 1 : 0);
      expect(server.statements.every((statement) => statement.mode === "READ")).toBe(true);
      const bound = rootFieldCount(operation) + (EXTRA_STATEMENTS[name] ?? 0);
      expect(server.statements.length).toBeLessThanOrEqual(bound);
    },
  );

  // The benchmarked look-ups (docs/benchmarks.md): the page and its total from one match, and
  // only the properties selected.
  it.each([
    ["HitAndRunCast", "PLAYS"],
    ["PersonByName", "PLAYS"],
    ["CoStars", "PLAYS"],
  ])("%s runs its match once and projects no whole node", async (name, relationship) => {
    const operation = operations.find((candidate) => candidate.name?.value === name);
    server.statements.length = 0;
    const { errors } = await server.query(print(operation as OperationDefinitionNode));
    expect(errors).toBeUndefined();
    expect(server.statements).toHaveLength(1);
    const cypher = server.statements[0]?.cypher ?? "";
    expect(cypher).not.toContain("{.*}");
    const matches = cypher.match(new RegExp(`:${relationship}\\]`, "g")) ?? [];
    expect(matches.length).toBe(name === "CoStars" ? 2 : 1);
  });
});
