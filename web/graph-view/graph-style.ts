import type { StylesheetJson } from "cytoscape";

/**
 * Labels disappear below a readable zoom (min-zoomed-font-size) rather than being drawn as
 * specks: cheaper with hundreds of elements, and clearer.
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
      "text-wrap": "ellipsis",
      "text-max-width": "140px",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.75,
      "text-background-padding": "1px",
      "min-zoomed-font-size": 7,
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
    selector: "edge",
    style: {
      width: 1.5,
      "line-color": "#aeb4c0",
      "target-arrow-color": "#aeb4c0",
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.8,
      "curve-style": "bezier",
      label: "data(type)",
      "font-size": 8,
      "font-family": "system-ui, sans-serif",
      color: "#4a5262",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.8,
      "text-background-padding": "1px",
      "min-zoomed-font-size": 8,
    },
  },
  { selector: "edge.on-path", style: { width: 3, "line-color": "#d62728", "target-arrow-color": "#d62728" } },
  {
    selector: "edge:selected",
    style: { width: 3.5, "line-color": "#1d2330", "target-arrow-color": "#1d2330" },
  },
];
