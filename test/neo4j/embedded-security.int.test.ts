import { connect } from "node:net";

import neo4j from "neo4j-driver";
import { inject, describe, expect, it } from "vitest";
import WebSocket from "ws";

/**
 * The embedded Neo4j locked down (issue 11): its Bolt port refuses a login without the password
 * and refuses Bolt over WebSocket, so neither another local process nor a web page open in the
 * user's browser can run Cypher on it. Runs against the test run's own embedded Neo4j.
 */
describe.skipIf(process.env.NEO4J_URI)("the embedded Neo4j's Bolt port", () => {
  const uri = inject("neo4jUri");
  const { hostname, port } = new URL(uri);

  /** Two refusals only: a third in a row would lock the user for 5 s (auth_max_failed_attempts). */
  it.each([
    ["no password", ""],
    ["Neo4j's default password", "neo4j"],
  ])("refuses a login with %s", async (_, password) => {
    const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", password));
    try {
      await expect(driver.verifyConnectivity()).rejects.toMatchObject({
        code: "Neo.ClientError.Security.Unauthorized",
      });
    } finally {
      await driver.close();
    }
    // And the right password still works (which also resets the count of failures).
    const allowed = neo4j.driver(uri, neo4j.auth.basic("neo4j", inject("neo4jPassword")));
    try {
      await allowed.verifyConnectivity();
    } finally {
      await allowed.close();
    }
  });

  it("refuses a WebSocket upgrade from a web page's origin", async () => {
    const outcome = await new Promise<string>((resolveOutcome) => {
      const socket = new WebSocket(`ws://${hostname}:${port}/`, {
        headers: { Origin: "http://evil.example" },
      });
      socket.once("open", () => {
        socket.close();
        resolveOutcome("open");
      });
      socket.once("unexpected-response", (_request, response) =>
        resolveOutcome(`HTTP ${response.statusCode}`),
      );
      socket.once("error", (error) => resolveOutcome(`error: ${error.message}`));
    });
    expect(outcome).toBe("error: socket hang up");
  });

  it("closes a plain HTTP request without answering a byte", async () => {
    const received = await new Promise<string>((resolveReceived, reject) => {
      const socket = connect(Number(port), hostname, () => {
        socket.write(`GET / HTTP/1.1\r\nHost: ${hostname}:${port}\r\nOrigin: http://evil.example\r\n\r\n`);
      });
      let data = "";
      socket.on("data", (chunk: Buffer) => (data += chunk.toString("latin1")));
      socket.on("close", () => resolveReceived(data));
      socket.on("error", reject);
    });
    expect(received).toBe("");
  });
});
