import { UnauthenticatedError } from "../errors/showgraph-error.js";
import type { Viewer } from "./viewer.js";

/** Turns a bearer credential into a viewer, or undefined when it does not know the credential. */
export type BearerVerifier = (credential: string) => Promise<Viewer | undefined>;

export interface AuthenticateOptions {
  /** Tried in order: API tokens first, then a JWT verifier when one is configured. */
  verifiers: BearerVerifier[];
  /** AUTH_READS=token: every request needs a valid token, reads included. */
  readsNeedToken: boolean;
}

/**
 * Who sent a request, from its `Authorization` header (RFC 6750 bearer tokens). No header: an
 * anonymous request (undefined), refused at once when reads are private. A header that is not a
 * bearer token, or a token no verifier accepts: UnauthenticatedError (401), whatever the request
 * asks, so a client with a mistyped or revoked token learns it on its first request.
 */
export async function authenticate(
  authorization: string | undefined,
  { verifiers, readsNeedToken }: AuthenticateOptions,
): Promise<Viewer | undefined> {
  if (authorization === undefined || authorization.trim() === "") {
    if (readsNeedToken) {
      throw new UnauthenticatedError();
    }
    return undefined;
  }
  const match = /^Bearer +(\S+)\s*$/i.exec(authorization);
  if (!match) {
    throw new UnauthenticatedError("The Authorization header must be: Bearer <token>.");
  }
  const credential = match[1] as string;
  for (const verify of verifiers) {
    const viewer = await verify(credential);
    if (viewer) {
      return viewer;
    }
  }
  throw new UnauthenticatedError("The bearer token is not valid: unknown, revoked or expired.");
}
