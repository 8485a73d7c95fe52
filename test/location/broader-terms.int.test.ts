import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { toGlobalId } from "../../src/common/global-id.js";
import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

/**
 * Regression for issue 14, item 4: `locations(role: PRODUCED_IN)` returned nothing for Hit & Run,
 * whose filming in New York and Israel is stored as FILMED_IN. Filters follow the broader terms
 * of docs/model.md, against the real Neo4j and the seed.
 */
describe("filters follow broader terms", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("finds where Hit & Run was produced: where it was filmed, each result keeping its own role", async () => {
    const result = await server.query(`{
      show(name: "Hit & Run") {
        producedIn: locations(role: PRODUCED_IN) { role location { name } }
        setIn: locations(role: SET_IN) { role location { name } }
      }
      location(name: "Israel") {
        producedHere: shows(role: PRODUCED_IN) { nodes { show { title } locations { role location { name } } } }
      }
    }`);
    expect(result).toEqual({
      data: {
        show: {
          producedIn: [
            { role: "FILMED_IN", location: { name: "Israel" } },
            { role: "FILMED_IN", location: { name: "New York" } },
          ],
          setIn: [
            { role: "SET_IN", location: { name: "Tel Aviv" } },
            { role: "SET_IN", location: { name: "United States" } },
          ],
        },
        location: {
          producedHere: {
            nodes: [
              {
                show: { title: "Hit & Run" },
                locations: [{ role: "FILMED_IN", location: { name: "Israel" } }],
              },
            ],
          },
        },
      },
    });
  });

  it("finds Hit & Run's showrunner among its executive producers and its producers", async () => {
    const result = await server.query(`{
      show(name: "Hit & Run") {
        executiveProducers: crew(job: EXECUTIVE_PRODUCER) { nodes { job person { name } } }
        producers: crew(job: PRODUCER) { nodes { job person { name } } }
        writers: crew(job: WRITER) { totalCount }
      }
      person(name: "Nicole Yorkin") { asProducer: crewCredits(job: PRODUCER) { nodes { job show { title } } } }
      people(filter: { job: EXECUTIVE_PRODUCER, workedOn: "${toGlobalId("Show", "hit-and-run")}" }) {
        nodes { name }
      }
    }`);
    const yorkin = { nodes: [{ job: "SHOWRUNNER", person: { name: "Nicole Yorkin" } }] };
    expect(result).toEqual({
      data: {
        show: { executiveProducers: yorkin, producers: yorkin, writers: { totalCount: 0 } },
        person: { asProducer: { nodes: [{ job: "SHOWRUNNER", show: { title: "Hit & Run" } }] } },
        people: { nodes: [{ name: "Nicole Yorkin" }] },
      },
    });
  });
});
