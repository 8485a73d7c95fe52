import { Article } from "../article/article.type.js";
import { Character } from "../character/character.type.js";
import { Location } from "../location/location.type.js";
import { Network } from "../network/network.type.js";
import { Person } from "../person/person.type.js";
import { ProductionFactor } from "../production-factor/production-factor.type.js";
import { Season } from "../season/season.type.js";
import { Claim } from "../claim/claim.type.js";
import { Edit } from "../editing/edit.type.js";
import { NewsSource } from "../news-source/news-source.type.js";
import { Quote } from "../quote/quote.type.js";
import { Show } from "../show/show.type.js";
import type { Node } from "./node.interface.js";

export interface NodeTypeInfo<T extends Node = Node> {
  /** The Neo4j label; a fixed value from this table, never from a request. */
  label: string;
  Type: new () => T;
}

function nodeType<T extends Node>(label: string, Type: new () => T): NodeTypeInfo<T> {
  return { label, Type };
}

/** Every type that implements Node, by GraphQL type name. */
export const nodeTypes = {
  Show: nodeType("Show", Show),
  Person: nodeType("Person", Person),
  Character: nodeType("Character", Character),
  Season: nodeType("Season", Season),
  Network: nodeType("Network", Network),
  Location: nodeType("Location", Location),
  ProductionFactor: nodeType("ProductionFactor", ProductionFactor),
  Article: nodeType("Article", Article),
  NewsSource: nodeType("NewsSource", NewsSource),
  Quote: nodeType("Quote", Quote),
  Claim: nodeType("Claim", Claim),
  Edit: nodeType("Edit", Edit),
};

/** The type a global ID names; own keys only, so "constructor" or "__proto__" name nothing. */
export function nodeTypeNamed(typename: string): NodeTypeInfo | undefined {
  return Object.hasOwn(nodeTypes, typename)
    ? (nodeTypes as Record<string, NodeTypeInfo>)[typename]
    : undefined;
}
