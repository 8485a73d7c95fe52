import type { CypherExecutor } from "../neo4j/cypher-executor.js";
import type { BearerVerifier } from "./authenticate.js";
import { authenticate } from "./authenticate.js";
import { TokenStore } from "./token-store.js";
import type { Viewer } from "./viewer.js";

/** AUTH_* settings (README, "Configuration"). */
export interface AuthConfig {
  /** AUTH_READS=token: reads need a token too (READER or above); default: reads are public. */
  readsNeedToken: boolean;
  /** More ways to accept a bearer token, tried after API tokens (a JWT verifier). */
  extraVerifiers?: BearerVerifier[];
}

/** `Authorization` header in, viewer out (or a 401 UnauthenticatedError): one per server. */
export type Authenticator = (authorization: string | undefined) => Promise<Viewer | undefined>;

export function createAuthenticator(
  executor: CypherExecutor,
  { readsNeedToken, extraVerifiers = [] }: AuthConfig,
): Authenticator {
  const tokens = new TokenStore(executor);
  const verifiers: BearerVerifier[] = [(credential) => tokens.verify(credential), ...extraVerifiers];
  return (authorization) => authenticate(authorization, { verifiers, readsNeedToken });
}
