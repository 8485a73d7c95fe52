import { BadUserInputError } from "../errors/showgraph-error.js";

export interface ResolvedGlobalId {
  typename: string;
  key: string;
}

/**
 * Relay global IDs: opaque to clients (base64url of "Type:key"), so the storage key can change
 * without breaking anyone who stored an ID.
 */
export function toGlobalId(typename: string, key: string): string {
  return Buffer.from(`${typename}:${key}`, "utf8").toString("base64url");
}

export function fromGlobalId(globalId: string): ResolvedGlobalId {
  const decoded = /^[A-Za-z0-9_-]+$/.test(globalId)
    ? Buffer.from(globalId, "base64url").toString("utf8")
    : "";
  const separator = decoded.indexOf(":");
  if (separator <= 0 || separator === decoded.length - 1) {
    throw new BadUserInputError(`"${globalId}" is not a valid ID`, { argument: "id" });
  }
  return { typename: decoded.slice(0, separator), key: decoded.slice(separator + 1) };
}
