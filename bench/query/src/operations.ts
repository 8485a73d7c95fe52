import { personName, showTitle } from "./skewed-facts.js";

/** One of the three services under test. */
export type ServiceName = "showgraph" | "neo4j-graphql" | "raw-cypher";

export interface HttpCall {
  path: string;
  body: unknown;
}

/** A benchmarked question: how each service is asked, and its answer in a common shape. */
export interface Operation {
  name: string;
  description: string;
  /** Keys (show or person indexes) the load cycles through; answers are compared for each. */
  keys: number[];
  call: Record<ServiceName, (key: number) => HttpCall>;
  answer: Record<ServiceName, (response: unknown) => unknown>;
}

/** What every service compares: the folded name key (lower case, single spaces). */
const nameKey = (name: string) => name.toLowerCase();

type Json = Record<string, unknown> & { data?: Record<string, unknown> };
const data = (response: unknown) => (response as Json).data ?? {};
const first = (value: unknown) =>
  (Array.isArray(value) ? value[0] : value) as Record<string, unknown> | undefined;

const graphql = (query: string, variables: Record<string, unknown>): HttpCall => ({
  path: "/graphql",
  body: { query, variables },
});

export function operations(shows: number[], people: number[]): Operation[] {
  return [
    {
      name: "cast",
      description: "a show's cast, first 20, person and character names, total",
      keys: shows,
      call: {
        showgraph: (key) =>
          graphql(
            "query ($title: String!) { show(name: $title) { title cast(first: 20) { totalCount nodes { person { name } character { name } } } } }",
            { title: showTitle(key) },
          ),
        "neo4j-graphql": (key) =>
          graphql(
            "query ($key: String!) { shows(where: { nameKey: { eq: $key } }) { title charactersConnection(first: 20, sort: [{ node: { id: ASC } }]) { totalCount edges { node { name players { name } } } } } }",
            { key: nameKey(showTitle(key)) },
          ),
        "raw-cypher": (key) => ({ path: "/cast", body: { key: nameKey(showTitle(key)) } }),
      },
      answer: {
        showgraph: (response) => {
          const show = data(response).show as {
            title: string;
            cast: { totalCount: number; nodes: { person: { name: string }; character: { name: string } }[] };
          };
          return {
            title: show.title,
            total: show.cast.totalCount,
            items: show.cast.nodes.map((n) => [n.person.name, n.character.name]),
          };
        },
        "neo4j-graphql": (response) => {
          const show = first(data(response).shows) as {
            title: string;
            charactersConnection: {
              totalCount: number;
              edges: { node: { name: string; players: { name: string }[] } }[];
            };
          };
          return {
            title: show.title,
            total: show.charactersConnection.totalCount,
            items: show.charactersConnection.edges.map((e) => [e.node.players[0]?.name, e.node.name]),
          };
        },
        "raw-cypher": (response) => response,
      },
    },
    {
      name: "castCredits",
      description: "a person's cast credits, first 20, with show titles",
      keys: people,
      call: {
        showgraph: (key) =>
          graphql(
            "query ($name: String!) { person(name: $name) { castCredits(first: 20) { nodes { show { title } character { name } } } } }",
            { name: personName(key) },
          ),
        "neo4j-graphql": (key) =>
          graphql(
            "query ($key: String!) { people(where: { nameKey: { eq: $key } }) { rolesConnection(first: 20, sort: [{ node: { id: ASC } }]) { edges { node { name show { title } } } } } }",
            { key: nameKey(personName(key)) },
          ),
        "raw-cypher": (key) => ({ path: "/castCredits", body: { key: nameKey(personName(key)) } }),
      },
      answer: {
        showgraph: (response) => {
          const person = data(response).person as {
            castCredits: { nodes: { show: { title: string }; character: { name: string } }[] };
          };
          return { items: person.castCredits.nodes.map((n) => [n.show.title, n.character.name]) };
        },
        "neo4j-graphql": (response) => {
          const person = first(data(response).people) as {
            rolesConnection: { edges: { node: { name: string; show: { title: string }[] } }[] };
          };
          return { items: person.rolesConnection.edges.map((e) => [e.node.show[0]?.title, e.node.name]) };
        },
        "raw-cypher": (response) => response,
      },
    },
    {
      name: "coStars",
      description: "a person's co-stars, first 20, shared show count and titles",
      keys: people,
      call: {
        showgraph: (key) =>
          graphql(
            "query ($name: String!) { person(name: $name) { coStars(first: 20) { totalCount nodes { sharedShowCount person { name } sharedShows { title } } } } }",
            { name: personName(key) },
          ),
        "neo4j-graphql": (key) =>
          graphql(
            "query ($key: String!) { people(where: { nameKey: { eq: $key } }) { coStarCount coStars { name sharedShowCount sharedShowTitles } } }",
            { key: nameKey(personName(key)) },
          ),
        "raw-cypher": (key) => ({ path: "/coStars", body: { key: nameKey(personName(key)) } }),
      },
      answer: {
        showgraph: (response) => {
          const person = data(response).person as {
            coStars: {
              totalCount: number;
              nodes: {
                sharedShowCount: number;
                person: { name: string };
                sharedShows: { title: string }[];
              }[];
            };
          };
          return {
            total: person.coStars.totalCount,
            items: person.coStars.nodes.map((n) => [
              n.person.name,
              n.sharedShowCount,
              n.sharedShows.map((s) => s.title),
            ]),
          };
        },
        "neo4j-graphql": (response) => {
          const person = first(data(response).people) as {
            coStarCount: number;
            coStars: { name: string; sharedShowCount: number; sharedShowTitles: string[] }[];
          };
          return {
            total: person.coStarCount,
            items: person.coStars.map((c) => [c.name, c.sharedShowCount, c.sharedShowTitles]),
          };
        },
        "raw-cypher": (response) => response,
      },
    },
    {
      name: "showByTitle",
      description: "a show by title (any case) with its networks",
      keys: shows,
      call: {
        showgraph: (key) =>
          graphql(
            "query ($title: String!) { show(name: $title) { title networks { original network { name } } } }",
            {
              title: showTitle(key).toUpperCase(),
            },
          ),
        "neo4j-graphql": (key) =>
          graphql(
            "query ($key: String!) { shows(where: { nameKey: { eq: $key } }) { title networksConnection(sort: [{ edge: { original: DESC } }, { node: { nameKey: ASC } }]) { edges { properties { original } node { name } } } } }",
            { key: nameKey(showTitle(key).toUpperCase()) },
          ),
        "raw-cypher": (key) => ({
          path: "/showByTitle",
          body: { key: nameKey(showTitle(key).toUpperCase()) },
        }),
      },
      answer: {
        showgraph: (response) => {
          const show = data(response).show as {
            title: string;
            networks: { original: boolean; network: { name: string } }[];
          };
          return { title: show.title, networks: show.networks.map((n) => [n.network.name, n.original]) };
        },
        "neo4j-graphql": (response) => {
          const show = first(data(response).shows) as {
            title: string;
            networksConnection: {
              edges: { properties: { original: boolean | null }; node: { name: string } }[];
            };
          };
          return {
            title: show.title,
            networks: show.networksConnection.edges.map((e) => [e.node.name, e.properties.original ?? false]),
          };
        },
        "raw-cypher": (response) => response,
      },
    },
  ];
}
