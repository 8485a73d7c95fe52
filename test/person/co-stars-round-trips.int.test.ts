import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

const NESTED = `query ($first: Int) {
  show(name: "Hit & Run") {
    cast(first: $first) {
      nodes {
        person {
          name
          coStars { totalCount nodes { person { name } sharedShows { title } } }
          credits { nodes { show { title } } }
        }
        character { relationships { kind character { name show { title } } } }
      }
    }
    networks { network { canceledShows { totalCount } } }
  }
}`;

describe("round trips of nested traversals", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  async function statementsFor(first: number): Promise<string[]> {
    server.statements.length = 0;
    const result = await server.query(NESTED, { first });
    expect(result.errors).toBeUndefined();
    return server.statements.map((statement) => statement.cypher);
  }

  it("sends one statement per connection or list per level, whatever the number of parents", async () => {
    const forOne = await statementsFor(1);
    const forSeven = await statementsFor(7);
    // show, cast, networks, coStars, credits, relationships, canceledShows, Character.show
    expect(forOne).toHaveLength(8);
    expect(forSeven).toHaveLength(forOne.length);
  });
});
