import { expect } from "vitest";

import { toGlobalId } from "../../src/common/global-id.js";

/** The global ID of a node, as clients see it. */
export const gid = (typename: string, key: string): string => toGlobalId(typename, key);

export const RELATIONSHIP_FIELDS = "id type fromId toId from { displayName } to { displayName } properties";

export interface RelationshipData {
  id: string;
  type: string;
  fromId: string;
  toId: string;
  from: { displayName: string };
  to: { displayName: string };
  properties: Record<string, unknown>;
}

export interface NodeData {
  __typename: string;
  displayName: string;
}

/** A node end of a relationship: typename, key, display name. */
export type End = [typename: string, key: string, displayName: string];

/** A relationship as the API returns it, its id being whatever the database assigned. */
export function relationship(
  type: string,
  [fromType, fromKey, fromName]: End,
  [toType, toKey, toName]: End,
  properties: Record<string, unknown> = {},
): RelationshipData {
  return {
    id: expect.any(String) as unknown as string,
    type,
    fromId: gid(fromType, fromKey),
    toId: gid(toType, toKey),
    from: { displayName: fromName },
    to: { displayName: toName },
    properties,
  };
}

export const HIT_AND_RUN: End = ["Show", "hit-and-run", "Hit & Run"];
export const FAUDA: End = ["Show", "fauda", "Fauda"];

/** Hit & Run's cast in billing order: [actor, character]. */
export const CAST: [End, End][] = [
  ["lior-raz", "Lior Raz", "segev-azulai", "Segev Azulai"],
  ["lior-ashkenazi", "Lior Ashkenazi", "assaf-talmor", "Assaf Talmor"],
  ["sanaa-lathan", "Sanaa Lathan", "naomi-hicks", "Naomi Hicks"],
  ["kaelen-ohm", "Kaelen Ohm", "danielle-wexler-azulai", "Danielle Wexler Azulai"],
  ["moran-rosenblatt", "Moran Rosenblatt", "tali-shapira", "Tali Shapira"],
  ["gregg-henry", "Gregg Henry", "martin-wexler", "Martin Wexler"],
  ["gal-toren", "Gal Toren", "ron-harel", "Ron Harel"],
].map(([personKey, personName, characterKey, characterName]) => [
  ["Person", personKey!, personName!],
  ["Character", `hit-and-run/${characterKey!}`, characterName!],
]);
