import type { JWTPayload } from "jose";
import { createRemoteJWKSet, errors, jwtVerify } from "jose";

import type { BearerVerifier } from "./authenticate.js";
import type { Role } from "./role.js";
import { parseRole, roleAllows } from "./role.js";

/** AUTH_JWKS_URL and friends (README, "Configuration"): an identity provider's JWTs as bearer tokens. */
export interface JwtConfig {
  /** Where the provider publishes its public keys (a JSON Web Key Set, RFC 7517). */
  jwksUrl: string;
  /** The `iss` every token must carry. */
  issuer: string;
  /** The `aud` every token must carry (one of, when it is a list). */
  audience: string;
  /** The claim that holds the role: a string, or a list of strings of which the highest counts. */
  roleClaim: string;
}

/** A JWT is three base64url parts; anything else (an API token) is not for this verifier. */
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** The highest role the claim names (`"editor"`, `["reader", "admin"]`), or undefined. */
function roleIn(value: unknown): Role | undefined {
  const names = Array.isArray(value) ? value : [value];
  return names
    .map((name) => (typeof name === "string" ? parseRole(name) : undefined))
    .filter((role): role is Role => role !== undefined)
    .reduce<Role | undefined>((best, role) => (best && roleAllows(best, role) ? best : role), undefined);
}

/**
 * Verifies a JWT bearer token with `jose`: signature against the provider's JWKS (fetched, cached
 * and refetched on an unknown `kid` by createRemoteJWKSet), `exp`/`nbf`, issuer and audience. A
 * verified token stands for its `sub` with the role its role claim names. A token that fails any
 * check, or names no role, is not accepted (undefined: the request gets 401 UNAUTHENTICATED);
 * so is one verified while the JWKS cannot be fetched, as no key can be trusted then.
 */
export function createJwtVerifier({ jwksUrl, issuer, audience, roleClaim }: JwtConfig): BearerVerifier {
  const keys = createRemoteJWKSet(new URL(jwksUrl));
  return async (credential) => {
    if (!JWT_SHAPE.test(credential)) {
      return undefined;
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(credential, keys, { issuer, audience }));
    } catch (error) {
      if (error instanceof errors.JOSEError || error instanceof TypeError) {
        return undefined;
      }
      throw error;
    }
    const role = roleIn(payload[roleClaim]);
    return role === undefined || typeof payload.sub !== "string" ? undefined : { name: payload.sub, role };
  };
}
