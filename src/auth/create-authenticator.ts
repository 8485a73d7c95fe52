import type { CypherExecutor } from "../neo4j/cypher-executor.js";
import type { BearerVerifier } from "./authenticate.js";
import { authenticate } from "./authenticate.js";
import type { JwtConfig } from "./jwt-verifier.js";
import { createJwtVerifier } from "./jwt-verifier.js";
import { TokenStore } from "./token-store.js";
import type { Viewer } from "./viewer.js";

/** AUTH_* settings (README, "Configuration"). */
export interface AuthConfig {
  /** AUTH_READS=token: reads need a token too (READER or above); default: reads are public. */
  readsNeedToken: boolean;
  /** JWTs of an identity provider, verified against its JWKS; tried after API tokens. Absent: none. */
  jwt?: JwtConfig;
}

/**
 * `Authorization` header in, viewer out (or a 401 UnauthenticatedError): one per server. With
 * `executor` (the request's own, CypherExecutor.forRequest), an API token is looked up through it,
 * so the look-up counts in the request's figures (its log line's Neo4j time and statements) and
 * keeps to its deadline; without it, through the server's executor (a subscription's handshake).
 */
export type Authenticator = (
  authorization: string | undefined,
  executor?: CypherExecutor,
) => Promise<Viewer | undefined>;

export function createAuthenticator(
  executor: CypherExecutor,
  { readsNeedToken, jwt }: AuthConfig,
): Authenticator {
  const serverTokens = new TokenStore(executor);
  const jwtVerifiers: BearerVerifier[] = jwt ? [createJwtVerifier(jwt)] : [];
  return (authorization, requestExecutor) => {
    const tokens = requestExecutor ? new TokenStore(requestExecutor) : serverTokens;
    const verifiers: BearerVerifier[] = [(credential) => tokens.verify(credential), ...jwtVerifiers];
    return authenticate(authorization, { verifiers, readsNeedToken });
  };
}
