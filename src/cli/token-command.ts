import { parseArgs } from "node:util";

import { openDatabase } from "../app/open-database.js";
import { parseRole } from "../auth/role.js";
import type { ApiTokenRecord } from "../auth/token-store.js";
import { TokenStore } from "../auth/token-store.js";
import { loadConfig } from "../config/config.js";

export const TOKEN_USAGE = `Usage: showgraph token create --name NAME --role reader|editor|admin [--expires-in DAYS]
       showgraph token list
       showgraph token revoke <id or name>

Manages the API's bearer tokens (docs/editing.md). A new token is printed once: only its hash is
kept, so it cannot be shown again.`;

/** `showgraph token ...`: returns the exit code (2 for a usage mistake, 1 when nothing matched). */
export async function runTokenCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { name: { type: "string" }, role: { type: "string" }, "expires-in": { type: "string" } },
    });
  } catch (error) {
    console.error(`showgraph token: ${(error as Error).message}\n\n${TOKEN_USAGE}`);
    return 2;
  }
  const [action, target] = parsed.positionals;
  const usage = (problem: string) => {
    console.error(`showgraph token: ${problem}\n\n${TOKEN_USAGE}`);
    return 2;
  };
  if (action === "create") {
    const name = parsed.values.name?.trim();
    const role = parseRole(parsed.values.role ?? "");
    const days = parsed.values["expires-in"] === undefined ? undefined : Number(parsed.values["expires-in"]);
    if (!name) {
      return usage("--name is required");
    }
    if (!role) {
      return usage("--role must be reader, editor or admin");
    }
    if (days !== undefined && !(Number.isInteger(days) && days > 0)) {
      return usage("--expires-in takes a whole number of days");
    }
    const expiresAt = days === undefined ? null : new Date(Date.now() + days * 86_400_000).toISOString();
    return withStore(async (store) => {
      const { token, record } = await store.create({ name, role, expiresAt });
      console.log(
        `${describe(record)}\n\n${token}\n\nKeep it now: it is not stored and cannot be shown again.`,
      );
      return 0;
    });
  }
  if (action === "list") {
    return withStore(async (store) => {
      const tokens = await store.list();
      console.log(tokens.length === 0 ? "No tokens." : tokens.map(describe).join("\n"));
      return 0;
    });
  }
  if (action === "revoke") {
    if (!target) {
      return usage("revoke needs a token id or name");
    }
    return withStore(async (store) => {
      const revoked = await store.revoke(target);
      console.log(
        revoked.length === 0 ? `No token has the id or name "${target}".` : revoked.map(describe).join("\n"),
      );
      return revoked.length === 0 ? 1 : 0;
    });
  }
  return usage(action === undefined ? "no action given" : `unknown action ${action}`);
}

function describe(token: ApiTokenRecord): string {
  const state = token.revokedAt
    ? `revoked ${token.revokedAt}`
    : token.expiresAt
      ? `expires ${token.expiresAt}`
      : "no expiry";
  return `${token.id}  ${token.name}  ${token.role.toLowerCase()}  created ${token.createdAt}  ${state}`;
}

async function withStore(work: (store: TokenStore) => Promise<number>): Promise<number> {
  const { connection, executor } = await openDatabase(loadConfig(), { migrate: true, seedIfEmpty: false });
  try {
    return await work(new TokenStore(executor));
  } finally {
    await connection.close();
  }
}
