import { createServer } from "node:http";

import neo4j from "neo4j-driver";

/**
 * The floor: a minimal HTTP server that answers each benchmarked question with one hand-written
 * Cypher statement (driver.executeQuery: one managed read transaction) and returns its one row.
 */
const STATEMENTS: Record<string, string> = {
  "/cast": `MATCH (s:Show {nameKey: $key}) WITH s ORDER BY s.id LIMIT 1
CALL (s) {
  MATCH (s)<-[:CHARACTER_IN]-(c:Character)<-[p:PLAYS]-(person:Person)
  WITH c, p, person ORDER BY coalesce(p.billingOrder, 2147483647), person.nameKey, c.id
  RETURN count(*) AS total, collect([person.name, c.name]) AS all
}
RETURN s.title AS title, total, all[0..20] AS items`,
  "/castCredits": `MATCH (person:Person {nameKey: $key}) WITH person ORDER BY person.id LIMIT 1
CALL (person) {
  MATCH (person)-[:PLAYS]->(c:Character)-[:CHARACTER_IN]->(s:Show)
  WITH s, c ORDER BY s.nameKey, c.id LIMIT 20
  RETURN collect([s.title, c.name]) AS items
}
RETURN items`,
  "/coStars": `MATCH (me:Person {nameKey: $key}) WITH me ORDER BY me.id LIMIT 1
CALL (me) {
  MATCH (me)-[:PLAYS]->(:Character)-[:CHARACTER_IN]->(s:Show)<-[:CHARACTER_IN]-(:Character)<-[:PLAYS]-(co:Person)
  WHERE co <> me
  WITH DISTINCT co, s ORDER BY s.nameKey, s.id
  WITH co, collect(s.title) AS titles
  ORDER BY size(titles) DESC, co.nameKey, co.id
  RETURN count(*) AS total, collect([co.name, size(titles), titles]) AS all
}
RETURN total, all[0..20] AS items`,
  "/showByTitle": `MATCH (s:Show {nameKey: $key}) WITH s ORDER BY s.id LIMIT 1
CALL (s) {
  MATCH (s)<-[r:CARRIES]-(n:Network)
  WITH n, coalesce(r.original, false) AS original ORDER BY original DESC, n.nameKey, n.id
  RETURN collect([n.name, original]) AS networks
}
RETURN s.title AS title, networks`,
};

// The embedded Neo4j has authentication on: bench-query.ts passes its user and password.
const driver = neo4j.driver(
  process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687",
  neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""),
);
const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const statement = STATEMENTS[request.url ?? ""];
    if (!statement) {
      response.writeHead(404).end();
      return;
    }
    const { key } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { key: string };
    driver
      .executeQuery(statement, { key }, { routing: neo4j.routing.READ, database: "neo4j" })
      .then(({ records }) => {
        const row = records[0]?.toObject() ?? {};
        const plain = JSON.parse(
          JSON.stringify(row, (_k, v: unknown) =>
            neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : v,
          ),
        );
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(plain));
      })
      .catch((error: unknown) => {
        response
          .writeHead(500, { "content-type": "application/json" })
          .end(JSON.stringify({ error: String(error) }));
      });
  });
});
server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => console.log("ready"));
