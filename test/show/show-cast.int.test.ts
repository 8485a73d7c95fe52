import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

describe("a show's cast", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("lists Hit & Run's seven actors and their characters in billing order", async () => {
    const result = await server.query(`{
      show(name: "hit & run") {
        title kind status
        cast { totalCount nodes { billingOrder person { name } character { name } } }
      }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      show: {
        title: "Hit & Run",
        kind: "SERIES",
        status: "CANCELED",
        cast: {
          totalCount: 7,
          nodes: [
            ["Lior Raz", "Segev Azulai"],
            ["Lior Ashkenazi", "Assaf Talmor"],
            ["Sanaa Lathan", "Naomi Hicks"],
            ["Kaelen Ohm", "Danielle Wexler Azulai"],
            ["Moran Rosenblatt", "Tali Shapira"],
            ["Gregg Henry", "Martin Wexler"],
            ["Gal Toren", "Ron Harel"],
          ].map(([person, character], index) => ({
            billingOrder: index + 1,
            person: { name: person },
            character: { name: character },
          })),
        },
      },
    });
  });

  it("finds a person's shows from the person", async () => {
    const result = await server.query(`{
      person(name: "SANAA LATHAN") { name castCredits { nodes { show { title } character { name } } } }
    }`);
    expect(result).toEqual({
      data: {
        person: {
          name: "Sanaa Lathan",
          castCredits: { nodes: [{ show: { title: "Hit & Run" }, character: { name: "Naomi Hicks" } }] },
        },
      },
    });
  });

  it("answers null for a title nobody has", async () => {
    expect(await server.query(`{ show(name: "No Such Show") { title } }`)).toEqual({ data: { show: null } });
  });
});
