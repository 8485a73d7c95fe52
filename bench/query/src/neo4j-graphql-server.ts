import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

/**
 * The generic library as a user would set it up for showgraph's graph: type definitions mapping
 * the same labels and relationship types, served by Apollo Server. Co-stars need an aggregation
 * across four hops, which the library's generated filters cannot express: a @cypher field, as its
 * documentation advises for such questions.
 */
const typeDefs = /* GraphQL */ `
  type Show @node {
    id: ID!
    title: String
    nameKey: String
    characters: [Character!]! @relationship(type: "CHARACTER_IN", direction: IN)
    networks: [Network!]! @relationship(type: "CARRIES", direction: IN, properties: "Carries")
  }
  type Carries @relationshipProperties {
    original: Boolean
  }
  type Network @node {
    id: ID!
    name: String
    nameKey: String
  }
  type Character @node {
    id: ID!
    name: String
    show: [Show!]! @relationship(type: "CHARACTER_IN", direction: OUT)
    players: [Person!]! @relationship(type: "PLAYS", direction: IN)
  }
  type CoStar {
    name: String!
    sharedShowCount: Int!
    sharedShowTitles: [String!]!
  }
  type Person @node {
    id: ID!
    name: String
    nameKey: String
    roles: [Character!]! @relationship(type: "PLAYS", direction: OUT)
    coStarCount: Int!
      @cypher(
        statement: """
        MATCH (this)-[:PLAYS]->(:Character)-[:CHARACTER_IN]->(:Show)<-[:CHARACTER_IN]-(:Character)<-[:PLAYS]-(co:Person)
        WHERE co <> this
        RETURN count(DISTINCT co) AS result
        """
        columnName: "result"
      )
    coStars: [CoStar!]!
      @cypher(
        statement: """
        MATCH (this)-[:PLAYS]->(:Character)-[:CHARACTER_IN]->(s:Show)<-[:CHARACTER_IN]-(:Character)<-[:PLAYS]-(co:Person)
        WHERE co <> this
        WITH DISTINCT co, s ORDER BY s.nameKey, s.id
        WITH co, collect(s.title) AS titles
        ORDER BY size(titles) DESC, co.nameKey, co.id LIMIT 20
        RETURN {name: co.name, sharedShowCount: size(titles), sharedShowTitles: titles} AS result
        """
        columnName: "result"
      )
  }
`;

// The embedded Neo4j has authentication on: bench-query.ts passes its user and password.
const driver = neo4j.driver(
  process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687",
  neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""),
);
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
await startStandaloneServer(server, {
  listen: { port: Number(process.env.PORT ?? 0), host: "127.0.0.1" },
  context: async ({ req }) => ({ token: req.headers.authorization }),
});
console.log("ready");
