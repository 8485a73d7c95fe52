import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The file in the embedded Neo4j's home that keeps its generated password. */
export const EMBEDDED_PASSWORD_FILE = "showgraph-password";

/** Owner read and write only: the password is as good as the data it guards. */
const OWNER_ONLY = 0o600;

/**
 * The password of the embedded Neo4j whose home is `home`: `given` (NEO4J_PASSWORD) when set,
 * otherwise the one kept in `home/showgraph-password`, made on first start (24 random bytes as
 * base64url, 32 characters) with mode 0600. A file found with looser permissions is tightened.
 * The JVM sets its user's password to this on every start (EmbeddedNeo4j.java), so a store made
 * before authentication was on, or with another password, follows the file.
 */
export function embeddedPassword(home: string, given: string): string {
  if (given !== "") {
    return given;
  }
  const file = join(home, EMBEDDED_PASSWORD_FILE);
  if (!existsSync(file)) {
    mkdirSync(home, { recursive: true });
    writeFileSync(file, `${randomBytes(24).toString("base64url")}\n`, { mode: OWNER_ONLY, flag: "wx" });
  }
  if ((statSync(file).mode & 0o777) !== OWNER_ONLY) {
    chmodSync(file, OWNER_ONLY);
  }
  return readFileSync(file, "utf8").trim();
}
