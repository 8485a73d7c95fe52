import { toGlobalId } from "../../src/common/global-id.js";
import type { CypherExecutor } from "../../src/neo4j/cypher-executor.js";

/**
 * A small graph whose names carry what breaks exports: quotes, commas, line breaks, `<`, `&`,
 * Hebrew and Japanese. Its claims have valid and known times, so as-of filters and GEXF spells
 * have something to show; one deprecated claim must change nothing.
 */
export const FIXTURE = {
  show: {
    label: "Show",
    key: "fixture-export-fauda",
    title: 'פאודה — "Fauda", <season 1> & more,\nline two',
  },
  yamada: { label: "Person", key: "fixture-export-yamada", name: "山田 太郎, \"Taro\" <&> 'lead'" },
  lior: { label: "Person", key: "fixture-export-lior", name: 'Lior, "the writer"\r\nRaz\ttab' },
  doron: { label: "Character", key: "fixture-export-doron", name: 'Doron <Kavillio> & "Captain"' },
  article: { key: "fixture-export-article", title: 'ראיון: "Fauda" & <co>' },
  outlet: { key: "fixture-export-outlet", name: 'Ynet, "ידיעות"' },
  quote: 'Yamada plays "Doron" <lead> & more, 山田',
} as const;

export const globalId = (node: { label: string; key: string }): string => toGlobalId(node.label, node.key);

const CREATE = `
CREATE (show:Show {id: $f.show.key, title: $f.show.title, nameKey: 'fixture export fauda', kind: 'SERIES',
  originCountries: ['IL', 'US, or "both"'], seasonCount: 4, premiereDate: date('2015-02-01'), premiereDatePrecision: 'MONTH'})
CREATE (yamada:Person {id: $f.yamada.key, name: $f.yamada.name, nameKey: 'fixture export yamada'})
CREATE (lior:Person {id: $f.lior.key, name: $f.lior.name, nameKey: 'fixture export lior'})
CREATE (doron:Character {id: $f.doron.key, name: $f.doron.name, nameKey: 'fixture export doron'})
CREATE (yamada)-[:PLAYS {billingOrder: 1, seasons: [1, 2]}]->(doron)
CREATE (doron)-[:CHARACTER_IN]->(show)
CREATE (lior)-[:WORKED_ON {job: 'CREATOR'}]->(show)
CREATE (lior)-[:WORKED_ON {job: 'WRITER'}]->(show)
CREATE (article:Article {id: $f.article.key, title: $f.article.title, url: 'https://example.org/a?b=1&c=2',
  publishedDate: date('2015-02-10'), publishedDatePrecision: 'DAY'})
CREATE (outlet:NewsSource {id: $f.outlet.key, name: $f.outlet.name})
CREATE (article)-[:PUBLISHED_BY]->(outlet)
CREATE (plays:Claim {id: 'fixture-export-claim/plays', predicate: 'PLAYS', rank: 'PREFERRED', confidence: 0.6,
  validFrom: date('2015-02-01'), validFromPrecision: 'MONTH', validTo: date('2018-01-01'), validToPrecision: 'YEAR',
  knownFrom: date('2015-02-01'), knownFromPrecision: 'MONTH', knownFromBasis: 'SUPPORTING_ARTICLE'})
CREATE (plays)-[:SUBJECT]->(yamada), (plays)-[:OBJECT]->(doron)
CREATE (plays)-[:SUPPORTED_BY {quote: $f.quote, start: 10, end: 48}]->(article)
CREATE (wrong:Claim {id: 'fixture-export-claim/plays-wrong', predicate: 'PLAYS', rank: 'DEPRECATED', confidence: 0.05,
  validFrom: date('2010-01-01'), validFromPrecision: 'YEAR', knownFromBasis: 'GENERAL_KNOWLEDGE'})
CREATE (wrong)-[:SUBJECT]->(yamada), (wrong)-[:OBJECT]->(doron)
CREATE (characterIn:Claim {id: 'fixture-export-claim/character-in', predicate: 'CHARACTER_IN', rank: 'PREFERRED',
  knownFrom: date('2016-01-01'), knownFromPrecision: 'DAY', knownFromBasis: 'SUPPORTING_ARTICLE'})
CREATE (characterIn)-[:SUBJECT]->(doron), (characterIn)-[:OBJECT]->(show)
CREATE (creator:Claim {id: 'fixture-export-claim/creator', predicate: 'WORKED_ON', value: 'CREATOR', rank: 'PREFERRED',
  validFrom: date('2014-01-01'), validFromPrecision: 'DAY', knownFromBasis: 'GENERAL_KNOWLEDGE'})
CREATE (creator)-[:SUBJECT]->(lior), (creator)-[:OBJECT]->(show)
CREATE (writer:Claim {id: 'fixture-export-claim/writer', predicate: 'WORKED_ON', value: 'WRITER', rank: 'NORMAL',
  validFrom: date('2016-06-01'), validFromPrecision: 'DAY', validTo: date('2019-01-01'), validToPrecision: 'DAY'})
CREATE (writer)-[:SUBJECT]->(lior), (writer)-[:OBJECT]->(show)
CREATE (writer)-[:SUPPORTED_BY {quote: 'Lior wrote it', start: 0, end: 13}]->(article)
CREATE (writer)-[:ORIGINALLY_REPORTED_BY]->(article)`;

export async function createExportFixtures(executor: CypherExecutor): Promise<void> {
  await executor.write({ cypher: CREATE, parameters: { f: FIXTURE } }, { operation: "test fixtures" });
}

export async function removeExportFixtures(executor: CypherExecutor): Promise<void> {
  await executor.write(
    { cypher: "MATCH (n) WHERE n.id STARTS WITH 'fixture-export' DETACH DELETE n" },
    { operation: "test fixtures" },
  );
}
