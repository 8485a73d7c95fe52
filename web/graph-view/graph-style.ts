import type { StylesheetJson } from "cytoscape";

/**
 * Labels disappear below a readable zoom (min-zoomed-font-size, 6 px: canvas.ts reads the same
 * figure) rather than being drawn as specks. Relationship labels show on hover, selection and
 * paths only: around a show there are dozens, and drawn all at once none can be read. A hovered
 * or selected node shows its whole name above everything else.
 */
export const GRAPH_STYLE: StylesheetJson = [
  {
    selector: "node",
    style: {
      "background-color": "data(colour)",
      label: "data(label)",
      width: 22,
      height: 22,
      "font-size": 11,
      "font-family": "system-ui, sans-serif",
      color: "#1d2330",
      "text-valign": "bottom",
      "text-margin-y": 3,
      "text-wrap": "wrap",
      "text-max-width": "120px",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.85,
      "text-background-padding": "1px",
      "min-zoomed-font-size": 6,
      "border-width": 1,
      "border-color": "#ffffff",
    },
  },
  {
    selector: "node.centre",
    style: { width: 32, height: 32, "border-width": 3, "border-color": "#1d2330", "font-weight": "bold" },
  },
  {
    selector: "node.expanded",
    style: { "border-width": 2, "border-color": "#1d2330", "border-style": "dashed" },
  },
  { selector: "node:selected", style: { "border-width": 4, "border-color": "#d62728" } },
  {
    selector: "node.hover, node:selected",
    style: {
      label: "data(fullLabel)",
      "text-max-width": "220px",
      "text-background-opacity": 1,
      "z-index": 100,
      "z-compound-depth": "top",
      "min-zoomed-font-size": 0,
    },
  },
  {
    selector: "edge",
    style: {
      width: 1.5,
      "line-color": "#aeb4c0",
      "target-arrow-color": "#aeb4c0",
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.8,
      "curve-style": "bezier",
      label: "",
      "font-size": 10,
      "font-family": "system-ui, sans-serif",
      color: "#1d2330",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 1,
      "text-background-padding": "2px",
    },
  },
  {
    selector: "edge.hover, edge:selected, edge.on-path",
    style: { label: "data(type)", "z-index": 90 },
  },
  { selector: ".not-known", style: { opacity: 0.12, events: "no" } },
  {
    selector: "edge.changed-later",
    style: { "line-style": "dashed", "line-color": "#b35c00", "target-arrow-color": "#b35c00" },
  },
  { selector: "edge.hover", style: { "line-color": "#4a5262", "target-arrow-color": "#4a5262" } },
  { selector: "edge.on-path", style: { width: 3, "line-color": "#d62728", "target-arrow-color": "#d62728" } },
  {
    selector: "edge:selected",
    style: { width: 3.5, "line-color": "#1d2330", "target-arrow-color": "#1d2330" },
  },
];
