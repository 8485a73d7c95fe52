import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

describe("locations", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("sets Hit & Run in Tel Aviv and the United States, and films it in New York and Israel", async () => {
    const result = await server.query(`{
      show(name: "Hit & Run") {
        locations { role location { name kind countryCode } show { title } }
        filmedIn: locations(role: FILMED_IN) { location { name } }
        producedIn: locations(role: PRODUCED_IN) { location { name } }
      }
    }`);
    const placed = (role: string, name: string, kind: string, countryCode: string) => ({
      role,
      location: { name, kind, countryCode },
      show: { title: "Hit & Run" },
    });
    expect(result).toEqual({
      data: {
        show: {
          locations: [
            placed("SET_IN", "Tel Aviv", "CITY", "IL"),
            placed("SET_IN", "United States", "COUNTRY", "US"),
            placed("FILMED_IN", "Israel", "COUNTRY", "IL"),
            placed("FILMED_IN", "New York", "CITY", "US"),
          ],
          filmedIn: [{ location: { name: "Israel" } }, { location: { name: "New York" } }],
          // Filming is part of production (docs/model.md, broader terms).
          producedIn: [{ location: { name: "Israel" } }, { location: { name: "New York" } }],
        },
      },
    });
  });

  it("nests places: Tel Aviv is within Israel, New York within the United States", async () => {
    const result = await server.query(`{
      telAviv: location(name: "tel aviv") { parent { name } children { totalCount } }
      israel: location(name: "Israel") { parent { name } children { totalCount nodes { name } } }
      us: location(name: "united states") { children { nodes { name } } }
    }`);
    expect(result).toEqual({
      data: {
        telAviv: { parent: { name: "Israel" }, children: { totalCount: 0 } },
        israel: { parent: null, children: { totalCount: 1, nodes: [{ name: "Tel Aviv" }] } },
        us: { children: { nodes: [{ name: "New York" }] } },
      },
    });
  });

  it("finds Hit & Run through Israel: filmed there, and set in Tel Aviv within it", async () => {
    const result = await server.query(`{
      location(name: "Israel") {
        shows { totalCount nodes { show { title } locations { role location { name } } } }
        here: shows(includeSubPlaces: false) { nodes { locations { role location { name } } } }
        setIn: shows(role: SET_IN) { nodes { show { title } locations { role location { name } } } }
        setHere: shows(role: SET_IN, includeSubPlaces: false) { totalCount }
      }
    }`);
    expect(result).toEqual({
      data: {
        location: {
          shows: {
            totalCount: 1,
            nodes: [
              {
                show: { title: "Hit & Run" },
                locations: [
                  { role: "SET_IN", location: { name: "Tel Aviv" } },
                  { role: "FILMED_IN", location: { name: "Israel" } },
                ],
              },
            ],
          },
          here: { nodes: [{ locations: [{ role: "FILMED_IN", location: { name: "Israel" } }] }] },
          setIn: {
            nodes: [
              {
                show: { title: "Hit & Run" },
                locations: [{ role: "SET_IN", location: { name: "Tel Aviv" } }],
              },
            ],
          },
          setHere: { totalCount: 0 },
        },
      },
    });
  });

  it("finds Hit & Run through the United States: set there and filmed in New York within it", async () => {
    const result = await server.query(`{
      location(name: "United States") { shows { nodes { show { title } locations { role location { name } } } } }
    }`);
    expect(result).toEqual({
      data: {
        location: {
          shows: {
            nodes: [
              {
                show: { title: "Hit & Run" },
                locations: [
                  { role: "SET_IN", location: { name: "United States" } },
                  { role: "FILMED_IN", location: { name: "New York" } },
                ],
              },
            ],
          },
        },
      },
    });
  });
});
