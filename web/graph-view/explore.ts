import "./explore.css";

import { h } from "../shared/dom.js";
import { createGraphQLClient } from "../shared/graphql-client.js";
import { readPageConfig } from "../shared/page-config.js";
import { DetailsPanel } from "./details-panel.js";
import { GraphCanvas } from "./graph-canvas.js";
import { NeighbourhoodList } from "./neighbourhood-list.js";
import type { GraphNode } from "./graph-data.js";
import { fetchNeighborhood, fetchNodes, fetchPaths, searchEntities } from "./graph-queries.js";
import { fetchNodeEvidence, fetchQuotedTexts, fetchRelationshipEvidence } from "./evidence-queries.js";
import { pathEvidenceView } from "./path-evidence.js";
import { pathPositions } from "./path-positions.js";
import { Replay } from "./replay.js";
import { TimeControl } from "./time-control.js";
import { Toolbar } from "./toolbar.js";

const NEIGHBOURHOOD_LIMIT = 200;
const EXPANSION_LIMIT = 100;
const PATH_COUNT = 5;

const config = readPageConfig();
const request = createGraphQLClient(config.endpoint);
const root = document.getElementById("explore");
if (!root) {
  throw new Error("The page has no #explore element.");
}

const toolbar = new Toolbar({
  search: (text) => searchEntities(request, text),
  onSearchError: (error) => fail(error),
  onNeighbourhood: () => void run(showNeighbourhood),
  onPaths: () => void run(showPaths),
});
const panel = new DetailsPanel({
  node: (node) => fetchNodeEvidence(request, node),
  relationship: (relationship) => fetchRelationshipEvidence(request, relationship),
  texts: (claims) => fetchQuotedTexts(request, claims),
});
const graphElement = h("div", {
  class: "graph",
  role: "img",
  "aria-label": "The graph drawing; the List button shows the same as a table",
});
const fitButton = h("button", { type: "button", title: "Show the whole drawing" }, "Fit");
fitButton.addEventListener("click", () => canvas.fit());
const list = new NeighbourhoodList({
  onNode: (node) => void run(() => selectNode(node)),
  onRelationship: (relationship) =>
    panel.showRelationship(relationship, canvas.node(relationship.fromId), canvas.node(relationship.toId)),
});
const viewButton = h("button", { type: "button", "aria-pressed": "false" }, "List");
viewButton.addEventListener("click", () => {
  const listing = list.element.hidden;
  list.element.hidden = !listing;
  graphElement.hidden = listing;
  fitButton.disabled = listing;
  viewButton.setAttribute("aria-pressed", String(listing));
});
root.append(
  toolbar.element,
  h(
    "main",
    {},
    h(
      "div",
      { class: "graph-area" },
      graphElement,
      list.element,
      h("div", { class: "view-buttons" }, fitButton, viewButton),
    ),
    panel.element,
  ),
);

const expanding = new Set<string>();
const timeControl = new TimeControl((asOf) => void run(() => replayAt(asOf)));
toolbar.element.append(timeControl.element);
const canvas = new GraphCanvas(graphElement, {
  onNodeTap: (node) => void run(() => selectNode(node)),
  onEdgeTap: (relationship) =>
    panel.showRelationship(relationship, canvas.node(relationship.fromId), canvas.node(relationship.toId)),
  onBackgroundTap: () => panel.clearSelection(),
});

const replay = new Replay(request, canvas, panel, (asOf) => timeControl.set(asOf));

function fail(error: unknown): void {
  panel.setStatus(error instanceof Error ? error.message : String(error), "error");
}

let finishedActions = 0;

/** Runs one user action; whatever goes wrong ends up in the status line, not in the console. */
async function run(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    fail(error);
  } finally {
    finishedActions++;
  }
}

function updateCounts(): void {
  panel.showCounts(canvas.counts(), canvas.types());
  const drawn = canvas.drawnRelationships();
  const changes = new Map(
    drawn.flatMap((relationship) =>
      relationship.changes.length > 0 ? [[relationship.id, relationship.changes] as const] : [],
    ),
  );
  list.update(drawn, (id) => canvas.node(id), changes);
}

/** Replays the drawing at a day; the list follows (what changed later is said there). */
async function replayAt(asOf: ReturnType<TimeControl["value"]>): Promise<void> {
  await replay.apply(asOf);
  updateCounts();
}

function setAddress(parameters: Record<string, string>): void {
  history.replaceState(null, "", `?${new URLSearchParams(parameters).toString()}`);
}

async function pick(picker: Toolbar["from"], what: string): Promise<GraphNode | null> {
  const text = picker.text();
  const node = await picker.resolve();
  if (!node) {
    panel.setStatus(text === "" ? `Type ${what} first.` : `Nothing matches “${text}”.`, "info");
  }
  return node;
}

async function showNeighbourhood(): Promise<void> {
  const entity = await pick(toolbar.from, "the name of a show, a person or anything else");
  if (!entity) {
    return;
  }
  const depth = Number(toolbar.depth.value);
  panel.setStatus(`Loading what is around ${entity.displayName}…`, "busy");
  const subgraph = await fetchNeighborhood(request, { id: entity.id, depth, limit: NEIGHBOURHOOD_LIMIT });
  if (!subgraph) {
    panel.setStatus(`${entity.displayName} is no longer in the graph.`, "error");
    return;
  }
  expanding.clear();
  canvas.draw({ ...subgraph, centreIds: [entity.id] });
  replay.drawn({ entity, depth, limit: NEIGHBOURHOOD_LIMIT });
  setAddress({ id: entity.id, depth: String(depth) });
  updateCounts();
  panel.clearSelection();
  const steps = `${depth} step${depth === 1 ? "" : "s"}`;
  panel.setStatus(
    subgraph.relationships.length === 0
      ? `${entity.displayName} has no relationships.`
      : subgraph.truncated
        ? `What is within ${steps} of ${entity.displayName}: there is more than ${NEIGHBOURHOOD_LIMIT} nodes, so only the first are drawn. Click a node to see more around it.`
        : `What is within ${steps} of ${entity.displayName}.`,
  );
  await replayAt(timeControl.value());
}

async function showPaths(): Promise<void> {
  const from = await pick(toolbar.from, "where the path starts (Entity)");
  const to = from && (await pick(toolbar.to, "where the path ends (Path to)"));
  if (!from || !to) {
    return;
  }
  const maxLength = Number(toolbar.maxLength.value);
  panel.setStatus(`Looking for paths from ${from.displayName} to ${to.displayName}…`, "busy");
  const paths = await fetchPaths(request, { from: from.id, to: to.id, maxLength, first: PATH_COUNT });
  const nodes = new Map([from, to, ...paths.flatMap((path) => path.nodes)].map((node) => [node.id, node]));
  const relationships = paths.flatMap((path) => path.relationships);
  expanding.clear();
  replay.drawn(null);
  canvas.draw({
    nodes: [...nodes.values()],
    relationships,
    centreIds: [from.id, to.id],
    pathRelationshipIds: relationships.map((relationship) => relationship.id),
    positions: pathPositions(
      paths.length > 0 ? paths : [{ length: 0, nodes: [from, to], relationships: [] }],
    ),
  });
  setAddress({ from: from.id, to: to.id, maxLength: String(maxLength) });
  updateCounts();
  panel.clearSelection();
  const [shortest] = paths;
  if (shortest) {
    panel.showContent(pathEvidenceView(`the paths from ${from.displayName} to ${to.displayName}`, paths));
  }
  panel.setStatus(
    shortest
      ? `${paths.length === 1 ? "One path" : `${paths.length} paths`} from ${from.displayName} to ${to.displayName}; the shortest has ${shortest.length} step${shortest.length === 1 ? "" : "s"}.`
      : `No path of at most ${maxLength} steps links ${from.displayName} to ${to.displayName}.`,
  );
}

function nodeActions(node: GraphNode): HTMLElement[] {
  const action = (text: string, onClick: () => void) => {
    const button = h("button", { type: "button" }, text);
    button.addEventListener("click", onClick);
    return button;
  };
  return [
    action("Centre on it", () => {
      toolbar.from.choose(node);
      void run(showNeighbourhood);
    }),
    action("Path from here", () => toolbar.from.choose(node)),
    action("Path to here", () => toolbar.to.choose(node)),
  ];
}

/** A click on a node shows it and, the first time, adds its neighbours to the drawing. */
async function selectNode(node: GraphNode): Promise<void> {
  panel.showNode(node, nodeActions(node));
  if (expanding.has(node.id)) {
    return;
  }
  expanding.add(node.id);
  panel.setStatus(`Adding what is around ${node.displayName}…`, "busy");
  const subgraph = await fetchNeighborhood(request, { id: node.id, depth: 1, limit: EXPANSION_LIMIT });
  const added = subgraph ? canvas.expand(node.id, subgraph) : 0;
  updateCounts();
  panel.setStatus(
    added === 0
      ? `Nothing more around ${node.displayName}.`
      : `Added ${added} node${added === 1 ? "" : "s"} around ${node.displayName}${subgraph?.truncated ? " (the first ones: there are more)" : ""}.`,
  );
}

/** Opens what the address names: ?id=…&depth=… or ?from=…&to=…&maxLength=… */
async function openFromAddress(): Promise<void> {
  const parameters = new URLSearchParams(location.search);
  const ids = ["id", "from", "to"].map((name) => parameters.get(name));
  const [id, from, to] = ids;
  const wanted = ids.filter((value): value is string => value !== null);
  if (wanted.length === 0) {
    panel.setStatus("Type the name of a show, a person or anything else, then choose it.");
    return;
  }
  const nodes = await fetchNodes(request, wanted);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const choose = (picker: Toolbar["from"], nodeId: string | null | undefined) => {
    const node = nodeId ? byId.get(nodeId) : undefined;
    if (node) {
      picker.choose(node);
    }
    return node !== undefined;
  };
  const select = (element: HTMLSelectElement, value: string | null) => {
    if (value && [...element.options].some((option) => option.value === value)) {
      element.value = value;
    }
  };
  select(toolbar.depth, parameters.get("depth"));
  select(toolbar.maxLength, parameters.get("maxLength"));
  if (choose(toolbar.from, id)) {
    await showNeighbourhood();
  } else if (choose(toolbar.from, from) && choose(toolbar.to, to)) {
    await showPaths();
  } else {
    panel.setStatus("The address names nothing that is in the graph.", "error");
  }
}

// Read by the browser tests and the screenshot script: what is drawn, and where.
Object.assign(window, {
  showgraphGraphView: {
    drawnNodes: () => canvas.drawnNodes(),
    drawnRelationships: () => canvas.drawnRelationships(),
    counts: () => canvas.counts(),
    zoom: () => canvas.zoom(),
    /** Grows by one when a search, a drawing or an expansion is over, whether it worked or not. */
    finishedActions: () => finishedActions,
  },
});

await run(openFromAddress);
