import { Role } from "../../src/auth/role.js";
import { TokenStore } from "../../src/auth/token-store.js";
import type { OwnService } from "./own-service.js";
import { startOwnService } from "./own-service.js";

/** Bearer tokens of an editor ("dana") and an admin ("admin"), as the mutations ask for them. */
export interface EditingTokens {
  editor: string;
  admin: string;
}

/**
 * The real service on a seeded Neo4j of the test file's own (startOwnService), with an editor's
 * and an admin's token: the setup of tests that edit through the API. Close the service in
 * afterAll.
 */
export async function startEditingService(
  prefix: string,
): Promise<{ service: OwnService; tokens: EditingTokens }> {
  const service = await startOwnService(prefix);
  const store = new TokenStore(service.executor);
  return {
    service,
    tokens: {
      editor: (await store.create({ name: "dana", role: Role.EDITOR })).token,
      admin: (await store.create({ name: "admin", role: Role.ADMIN })).token,
    },
  };
}
