// The registry loads the decorated GraphQL classes, which need the metadata polyfill first: the
// plain graph functions are also used without building the schema (exports, scripts).
import "reflect-metadata";

import type { NodeTypeInfo } from "../node/node-types.js";
import { nodeTypes } from "../node/node-types.js";

/**
 * Provenance bookkeeping: a Claim links every fact to its sources, so walking through claims would
 * connect everything a single article mentions. Migration nodes are never registered at all.
 */
const BOOKKEEPING_LABELS: ReadonlySet<string> = new Set(["Claim"]);

function registeredTypes(): NodeTypeInfo[] {
  return Object.values(nodeTypes) as NodeTypeInfo[];
}

/**
 * Every label that has a GraphQL type. Rows are turned into nodes only through these, so a label
 * whose type is not registered yet is skipped rather than crashing a response.
 */
export function registeredLabels(): string[] {
  return registeredTypes().map((type) => type.label);
}

/** The labels neighbourhoods and paths walk through: the registered ones, minus bookkeeping. */
export function domainLabels(): string[] {
  return registeredLabels().filter((label) => !BOOKKEEPING_LABELS.has(label));
}

export function nodeTypeLabeled(label: string): NodeTypeInfo | undefined {
  return registeredTypes().find((type) => type.label === label);
}

/** Guards statements that write a label into their text: only registered labels may be written. */
export function requireRegisteredLabel(label: string): string {
  if (!registeredLabels().includes(label)) {
    throw new Error(`${label} is not a registered label`);
  }
  return label;
}
