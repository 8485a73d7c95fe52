import { toNameKey } from "../../src/common/name-key.js";
import { CrewJob } from "../../src/credit/crew-job.enum.js";
import { LocationRole } from "../../src/location/location-role.enum.js";
import { refreshCreditOrderStatement } from "../../src/credit/credit-order.js";
import type { CypherExecutor } from "../../src/neo4j/cypher-executor.js";
import { ShowKind } from "../../src/show/show-kind.enum.js";
import { ShowStatus } from "../../src/show/show-status.enum.js";

/**
 * A generated graph of a few hundred shows for list tests, every id starting with `fixture-`.
 * It is deterministic (a seeded generator), and tests compute what they expect from the same
 * data they wrote, so an expected order is derived, not copied from a run.
 */

export const FIXTURE_PREFIX = "fixture-";

export interface FixtureShow {
  id: string;
  title: string;
  nameKey: string;
  kind: ShowKind;
  status: ShowStatus;
  /** As stored: the first day of the known period. */
  premiereDate: string | null;
  premiereDatePrecision: "DAY" | "MONTH" | "YEAR" | null;
  networks: string[];
  factors: string[];
  placements: { location: string; role: LocationRole }[];
}

export interface FixturePerson {
  id: string;
  name: string;
  nameKey: string;
}

export interface FixtureCharacter {
  id: string;
  name: string;
  nameKey: string;
  show: string;
  person: string;
  billingOrder: number;
}

export interface FixtureCrewCredit {
  person: string;
  show: string;
  job: CrewJob;
}

export interface FixtureLocation {
  id: string;
  name: string;
  nameKey: string;
  kind: "COUNTRY" | "REGION" | "CITY";
  within: string | null;
}

export interface FixtureNamed {
  id: string;
  name: string;
  nameKey: string;
  kind: string;
}

export interface FixtureGraph {
  shows: FixtureShow[];
  people: FixturePerson[];
  characters: FixtureCharacter[];
  crew: FixtureCrewCredit[];
  networks: FixtureNamed[];
  locations: FixtureLocation[];
  factors: FixtureNamed[];
}

/** mulberry32: small, fast and good enough to spread test data. */
function randomSource(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TITLE_WORDS = [
  "Night",
  "Harbor",
  "Café",
  "Signal",
  "Écho",
  "Orbit",
  "Lantern",
  "Fjord",
  "Mirage",
  "Tide",
];
const FIRST_NAMES = ["Ada", "Bruno", "Chloé", "Dov", "Eitan", "Fatima", "Gil", "Hana", "Ilan", "Józef"];
const LAST_NAMES = ["Amsel", "Baptiste", "Cohen", "Dagan", "Eriksen", "Ferreira", "Goldberg", "Haddad"];

function named(id: string, name: string, kind: string): FixtureNamed {
  return { id, name, nameKey: toNameKey(name), kind };
}

function location(
  id: string,
  name: string,
  kind: FixtureLocation["kind"],
  within: string | null,
): FixtureLocation {
  return { id, name, nameKey: toNameKey(name), kind, within };
}

export function buildFixtureGraph({
  showCount = 300,
  peopleCount = 120,
  seed = 20210801,
} = {}): FixtureGraph {
  const random = randomSource(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const some = <T>(values: readonly T[], count: number): T[] =>
    [...values].sort(() => random() - 0.5).slice(0, Math.min(count, values.length));
  const pad = (n: number) => String(n).padStart(3, "0");

  const networks = [
    named("fixture-network-0", "Fixture Stream", "STREAMER"),
    named("fixture-network-1", "Fixture Broadcast One", "BROADCASTER"),
    named("fixture-network-2", "Fixture Cable Plus", "CABLE"),
    named("fixture-network-3", "Fixture Stream Two", "STREAMER"),
    named("fixture-network-4", "Fixture Télé", "BROADCASTER"),
  ];
  const locations = [
    location("fixture-northland", "Fixture Northland", "COUNTRY", null),
    location("fixture-north-coast", "Fixture North Coast", "REGION", "fixture-northland"),
    location("fixture-port-city", "Fixture Port City", "CITY", "fixture-north-coast"),
    location("fixture-north-hills", "Fixture North Hills", "REGION", "fixture-northland"),
    location("fixture-hill-town", "Fixture Hill Town", "CITY", "fixture-north-hills"),
    location("fixture-southland", "Fixture Southland", "COUNTRY", null),
    location("fixture-south-city", "Fixture South City", "CITY", "fixture-southland"),
  ];
  const factors = [
    named("fixture-factor-0", "Fixture Pandemic", "PANDEMIC"),
    named("fixture-factor-1", "Fixture Budget Overrun", "BUDGET"),
    named("fixture-factor-2", "Fixture Location Moves", "LOCATION_LOGISTICS"),
    named("fixture-factor-3", "Fixture Recast", "CASTING"),
  ];
  const people = Array.from({ length: peopleCount }, (_, index) => {
    const name = `Fixture ${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
    return { id: `fixture-person-${pad(index)}`, name, nameKey: toNameKey(name) };
  });

  const shows: FixtureShow[] = [];
  const characters: FixtureCharacter[] = [];
  const crew: FixtureCrewCredit[] = [];
  for (let index = 0; index < showCount; index += 1) {
    const id = `fixture-show-${pad(index)}`;
    const title = `Fixture ${pick(TITLE_WORDS)} ${1 + Math.floor(random() * 30)}`;
    const precision = random() < 0.1 ? null : pick(["DAY", "MONTH", "YEAR"] as const);
    const year = 1995 + Math.floor(random() * 30);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, "0");
    const day = String(1 + Math.floor(random() * 28)).padStart(2, "0");
    shows.push({
      id,
      title,
      nameKey: toNameKey(title),
      kind: pick(Object.values(ShowKind)),
      status: pick(Object.values(ShowStatus)),
      premiereDate:
        precision === null
          ? null
          : precision === "YEAR"
            ? `${year}-01-01`
            : precision === "MONTH"
              ? `${year}-${month}-01`
              : `${year}-${month}-${day}`,
      premiereDatePrecision: precision,
      networks: some(networks, Math.floor(random() * 3)).map((network) => network.id),
      factors: random() < 0.3 ? [pick(factors).id] : [],
      placements: some(locations, Math.floor(random() * 3)).map((place) => ({
        location: place.id,
        role: pick(Object.values(LocationRole)),
      })),
    });
    some(people, Math.floor(random() * 9)).forEach((person, billing) => {
      const name = `Fixture Role ${pick(TITLE_WORDS)} ${billing + 1}`;
      characters.push({
        id: `${id}/character-${billing + 1}`,
        name,
        nameKey: toNameKey(name),
        show: id,
        person: person.id,
        billingOrder: billing + 1,
      });
    });
    for (const person of some(people, Math.floor(random() * 5))) {
      crew.push({ person: person.id, show: id, job: pick(Object.values(CrewJob)) });
    }
  }
  return { shows, people, characters, crew, networks, locations, factors };
}

/** Writes the graph in one transaction, a few batched UNWIND statements. */
export async function createFixtureGraph(executor: CypherExecutor, graph: FixtureGraph): Promise<void> {
  const placements = graph.shows.flatMap((show) =>
    show.placements.map((placement) => ({ show: show.id, ...placement })),
  );
  await executor.writeAll(
    [
      {
        cypher: "UNWIND $rows AS row CREATE (n:Network) SET n = row",
        parameters: { rows: graph.networks },
      },
      {
        cypher: "UNWIND $rows AS row CREATE (n:ProductionFactor) SET n = row",
        parameters: { rows: graph.factors },
      },
      {
        cypher: "UNWIND $rows AS row CREATE (n:Location) SET n = row {.id, .name, .nameKey, .kind}",
        parameters: { rows: graph.locations },
      },
      {
        cypher:
          "UNWIND $rows AS row MATCH (inner:Location {id: row.id}), (outer:Location {id: row.within}) CREATE (inner)-[:WITHIN]->(outer)",
        parameters: { rows: graph.locations.filter((place) => place.within !== null) },
      },
      {
        cypher: "UNWIND $rows AS row CREATE (n:Person) SET n = row",
        parameters: { rows: graph.people },
      },
      {
        cypher: `UNWIND $rows AS row
CREATE (n:Show) SET n = row {.id, .title, .nameKey, .kind, .status, .premiereDatePrecision},
  n.premiereDate = date(row.premiereDate)`,
        parameters: { rows: graph.shows },
      },
      {
        cypher: `UNWIND $rows AS row
MATCH (show:Show {id: row.show}), (person:Person {id: row.person})
CREATE (person)-[:PLAYS {billingOrder: toInteger(row.billingOrder)}]->(c:Character {id: row.id, name: row.name, nameKey: row.nameKey})-[:CHARACTER_IN]->(show)`,
        parameters: { rows: graph.characters },
      },
      {
        cypher: `UNWIND $rows AS row
MATCH (show:Show {id: row.show}), (person:Person {id: row.person})
CREATE (person)-[:WORKED_ON {job: row.job}]->(show)`,
        parameters: { rows: graph.crew },
      },
      {
        cypher: `UNWIND $rows AS row
MATCH (show:Show {id: row.show}), (network:Network {id: row.network})
CREATE (network)-[:CARRIES {original: false}]->(show)`,
        parameters: {
          rows: graph.shows.flatMap((show) => show.networks.map((network) => ({ show: show.id, network }))),
        },
      },
      {
        cypher: `UNWIND $rows AS row
MATCH (show:Show {id: row.show}), (factor:ProductionFactor {id: row.factor})
CREATE (factor)-[:AFFECTED {effect: 'DELAYED_PRODUCTION'}]->(show)`,
        parameters: {
          rows: graph.shows.flatMap((show) => show.factors.map((factor) => ({ show: show.id, factor }))),
        },
      },
      // Relationship types cannot be parameters: one statement per role, from the enum.
      ...Object.values(LocationRole).map((role) => ({
        cypher: `UNWIND $rows AS row
MATCH (show:Show {id: row.show}), (place:Location {id: row.location})
CREATE (show)-[:${role}]->(place)`,
        parameters: { rows: placements.filter((placement) => placement.role === role) },
      })),
      // What every writer of characters and shows keeps: the order of a person's cast credits.
      ...[refreshCreditOrderStatement({ shows: graph.shows.map((show) => show.id) })].filter(
        (statement) => statement !== undefined,
      ),
    ],
    { operation: "test fixture: create" },
  );
}

const FIXTURE_LABELS = ["Show", "Person", "Character", "Network", "Location", "ProductionFactor"];

/** Removes every fixture node (and so its relationships), leaving the seed graph as it was. */
export async function deleteFixtureGraph(executor: CypherExecutor): Promise<void> {
  await executor.writeAll(
    FIXTURE_LABELS.map((label) => ({
      cypher: `MATCH (n:${label}) WHERE n.id STARTS WITH $prefix DETACH DELETE n`,
      parameters: { prefix: FIXTURE_PREFIX },
    })),
    { operation: "test fixture: delete" },
  );
}
