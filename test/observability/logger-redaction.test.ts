import { Writable } from "node:stream";

import { describe, expect, it } from "vitest";

import { createLogger } from "../../src/observability/logger.js";

/** The lines a logger writes, parsed. */
function capture(): { stream: Writable; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { stream, lines };
}

describe("the logger's redaction", () => {
  it("blanks credentials and GraphQL variables at the top level, one level down and in request headers", () => {
    const { stream, lines } = capture();
    const logger = createLogger({ level: "info", destination: stream });
    logger.info(
      {
        variables: { title: "secret" },
        token: "t0ken",
        graphql: { variables: { name: "secret" }, authorization: "Bearer x" },
        req: { headers: { authorization: "Bearer y", cookie: "c=1", accept: "*/*" } },
      },
      "line",
    );
    logger.child({ req: { id: "r1" } }).warn({ user: { password: "p" } }, "child line");
    const text = JSON.stringify(lines);
    for (const secret of ["secret", "t0ken", "Bearer", "c=1", '"p"']) {
      expect(text).not.toContain(secret);
    }
    expect(lines[0]).toMatchObject({ req: { headers: { accept: "*/*" } }, variables: "[Redacted]" });
    expect(lines[1]).toMatchObject({ user: { password: "[Redacted]" }, msg: "child line" });
  });
});
