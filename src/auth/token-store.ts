import type { CypherExecutor } from "../neo4j/cypher-executor.js";
import { apiTokenId, apiTokenMatches, generateApiToken } from "./api-token.js";
import type { Role } from "./role.js";
import type { Viewer } from "./viewer.js";

/** A token as `showgraph token list` shows it: never its secret nor its hash. */
export interface ApiTokenRecord {
  id: string;
  name: string;
  role: Role;
  /** ISO date-times (UTC). */
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

const RECORD = `{.id, .name, .role, createdAt: toString(t.createdAt), expiresAt: toString(t.expiresAt), revokedAt: toString(t.revokedAt)}`;

const CREATE = `CREATE (t:ApiToken {id: $id, name: $name, role: $role, hash: $hash, createdAt: datetime(), expiresAt: CASE WHEN $expiresAt IS NULL THEN null ELSE datetime($expiresAt) END})
RETURN t ${RECORD} AS token`;
const LIST = `MATCH (t:ApiToken) RETURN t ${RECORD} AS token ORDER BY t.createdAt`;
const REVOKE = `MATCH (t:ApiToken) WHERE t.id = $idOrName OR t.name = $idOrName
SET t.revokedAt = coalesce(t.revokedAt, datetime())
RETURN t ${RECORD} AS token`;
// Expiry and revocation are checked by the database clock, the same one that stamped them.
const FIND_ACTIVE = `MATCH (t:ApiToken {id: $id})
WHERE t.revokedAt IS NULL AND (t.expiresAt IS NULL OR t.expiresAt > datetime())
RETURN t.name AS name, t.role AS role, t.hash AS hash`;

/**
 * API tokens in Neo4j: `(:ApiToken {id, name, role, hash, createdAt, expiresAt, revokedAt})`. Only
 * the hash of a token is stored (api-token.ts); the token itself is returned once, by `create`.
 */
export class TokenStore {
  readonly #executor: CypherExecutor;

  constructor(executor: CypherExecutor) {
    this.#executor = executor;
  }

  /** Creates a token; `expiresAt` is an ISO date-time. Returns the bearer token (shown once). */
  async create({
    name,
    role,
    expiresAt = null,
  }: {
    name: string;
    role: Role;
    expiresAt?: string | null;
  }): Promise<{ token: string; record: ApiTokenRecord }> {
    const made = generateApiToken();
    const [row] = await this.#executor.write<{ token: ApiTokenRecord }>(
      { cypher: CREATE, parameters: { id: made.id, name, role, hash: made.hash, expiresAt } },
      { operation: "token create" },
    );
    return { token: made.token, record: (row as { token: ApiTokenRecord }).token };
  }

  async list(): Promise<ApiTokenRecord[]> {
    const rows = await this.#executor.read<{ token: ApiTokenRecord }>(
      { cypher: LIST },
      { operation: "token list" },
    );
    return rows.map((row) => row.token);
  }

  /** Revokes every token with this id or name; returns them (empty when none matched). */
  async revoke(idOrName: string): Promise<ApiTokenRecord[]> {
    const rows = await this.#executor.write<{ token: ApiTokenRecord }>(
      { cypher: REVOKE, parameters: { idOrName } },
      { operation: "token revoke" },
    );
    return rows.map((row) => row.token);
  }

  /** Who a bearer token stands for, or undefined when it is malformed, unknown, revoked or expired. */
  async verify(token: string): Promise<Viewer | undefined> {
    const id = apiTokenId(token);
    if (id === undefined) {
      return undefined;
    }
    const [row] = await this.#executor.read<{ name: string; role: Role; hash: string }>(
      { cypher: FIND_ACTIVE, parameters: { id } },
      { operation: "token verify" },
    );
    return row && apiTokenMatches(token, row.hash)
      ? { name: row.name, role: row.role, tokenId: id }
      : undefined;
  }
}
