import type { Role } from "./role.js";

/**
 * Who sent a request, as its bearer token says: `name` is what edit records call them (the token's
 * name, or a JWT's subject). Anonymous requests have no viewer.
 */
export interface Viewer {
  name: string;
  role: Role;
  /** The API token's id, or undefined for a JWT. */
  tokenId?: string;
}
