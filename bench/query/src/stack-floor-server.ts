import { ApolloServer, HeaderMap } from "@apollo/server";
import express from "express";

/**
 * The floor of showgraph's HTTP stack: Express 5, Apollo Server 5 and graphql-js answering the
 * benchmark's cast question (a show's cast, first 20, names, total) from memory, with no database,
 * no plugins, no logging and no metrics. Its Node CPU per request is what any service on this
 * stack pays before it reads anything (docs/benchmarks.md, "where the time goes").
 * Run: `PORT=4600 node bench/query/dist/stack-floor-server.js`, then load it with the showgraph
 * call of the cast operation (operations.ts).
 */
const typeDefs = `type Query { show(name: String!): Show }
type Show { title: String cast(first: Int): CastConnection }
type CastConnection { totalCount: Int nodes: [CastCredit] }
type CastCredit { person: Named character: Named }
type Named { name: String }`;

const nodes = Array.from({ length: 20 }, (_, index) => ({
  person: { name: `Bench Person ${String(index).padStart(6, "0")}` },
  character: { name: `Role 0-${index}` },
}));
const resolvers = {
  Query: {
    show: (_: unknown, { name }: { name: string }) => ({ title: name, cast: { totalCount: 75, nodes } }),
  },
};

const apollo = new ApolloServer({ typeDefs, resolvers });
await apollo.start();
const app = express();
app.use(express.json());
app.post("/graphql", async (request, response) => {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) {
      headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
  }
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: "POST", headers, search: "", body: request.body as unknown },
    context: async () => ({}),
  });
  for (const [key, value] of result.headers) {
    response.setHeader(key, value);
  }
  response.status(result.status ?? 200).send(result.body.kind === "complete" ? result.body.string : "");
});
app.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => console.log("ready"));
