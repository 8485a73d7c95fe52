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

/** `Authorization` header in, viewer out (or a 401 UnauthenticatedError): one per server. */
export type Authenticator = (authorization: string | undefined) => Promise<Viewer | undefined>;

export function createAuthenticator(
  executor: CypherExecutor,
  { readsNeedToken, jwt }: AuthConfig,
): Authenticator {
  const tokens = new TokenStore(executor);
  const verifiers: BearerVerifier[] = [
    (credential) => tokens.verify(credential),
    ...(jwt ? [createJwtVerifier(jwt)] : []),
  ];
  return (authorization) => authenticate(authorization, { verifiers, readsNeedToken });
}
