import "./monaco-workers.js";
import "graphiql/style.css";
import "@graphiql/plugin-explorer/style.css";
import "@graphiql/react/font/roboto.css";
import "@graphiql/react/font/fira-code.css";
import "./graphiql.css";

import { explorerPlugin } from "@graphiql/plugin-explorer";
import { GraphiQL, HISTORY_PLUGIN } from "graphiql";
import { createRoot } from "react-dom/client";

import { readPageConfig } from "../shared/page-config.js";
import { createIdeFetcher, DEFAULT_HEADERS } from "./fetcher.js";
import { welcomeTabQuery } from "./welcome-tab.js";

const config = readPageConfig();
const plugins = [HISTORY_PLUGIN, explorerPlugin()];

const root = document.getElementById("graphiql");
if (!root) {
  throw new Error("The page has no #graphiql element.");
}
createRoot(root).render(
  <GraphiQL
    fetcher={createIdeFetcher(config.endpoint)}
    plugins={plugins}
    // The Headers pane open, with the field for a token: mutations need one (docs/editing.md).
    defaultHeaders={DEFAULT_HEADERS}
    defaultEditorToolsVisibility="headers"
    defaultTabs={[{ query: welcomeTabQuery(config.examples ?? "", config.introspection) }]}
    // null: do not ask a server that refuses introspection (the IDE still runs operations).
    schema={config.introspection ? undefined : null}
  >
    <GraphiQL.Logo>
      <span className="showgraph-logo">
        showgraph <a href="/explore">graph view</a>
      </span>
    </GraphiQL.Logo>
  </GraphiQL>,
);
