import "./monaco-workers.js";
import "graphiql/style.css";
import "@graphiql/plugin-explorer/style.css";
import "@graphiql/react/font/roboto.css";
import "@graphiql/react/font/fira-code.css";
import "./graphiql.css";

import { explorerPlugin } from "@graphiql/plugin-explorer";
import type { GraphiQLProps } from "graphiql";
import { GraphiQL, HISTORY_PLUGIN } from "graphiql";
import { createRoot } from "react-dom/client";

import { readPageConfig } from "../shared/page-config.js";
import { welcomeTabQuery } from "./welcome-tab.js";

const config = readPageConfig();
const plugins = [HISTORY_PLUGIN, explorerPlugin()];

const fetcher: GraphiQLProps["fetcher"] = async (params, options) => {
  const response = await fetch(config.endpoint, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json",
      ...options?.headers,
    },
    body: JSON.stringify(params),
  });
  return response.json();
};

const root = document.getElementById("graphiql");
if (!root) {
  throw new Error("The page has no #graphiql element.");
}
createRoot(root).render(
  <GraphiQL
    fetcher={fetcher}
    plugins={plugins}
    defaultTabs={[{ query: welcomeTabQuery(config.examples ?? "", config.introspection) }]}
    // null: do not ask a server that refuses introspection (the IDE still runs operations).
    schema={config.introspection ? undefined : null}
  >
    <GraphiQL.Logo>
      <span className="showgraph-logo">
        showgraph <a href="/explore">graph view</a> <a href="/review">review a draft</a>
      </span>
    </GraphiQL.Logo>
  </GraphiQL>,
);
