import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

describe("characters", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("gives Segev Azulai his show, his actor and his spouse and ex-partner", async () => {
    const result = await server.query(`{
      character(name: "Segev Azulai") {
        name
        show { title }
        playedBy { name }
        relationships { kind character { name } }
      }
    }`);
    expect(result).toEqual({
      data: {
        character: {
          name: "Segev Azulai",
          show: { title: "Hit & Run" },
          playedBy: [{ name: "Lior Raz" }],
          relationships: [
            { kind: "SPOUSE", character: { name: "Danielle Wexler Azulai" } },
            { kind: "EX_PARTNER", character: { name: "Naomi Hicks" } },
          ],
        },
      },
    });
  });

  it("reads symmetric relationships from the other end too", async () => {
    const result = await server.query(`{
      danielle: character(name: "danielle wexler azulai") { relationships { kind character { name } } }
      naomi: character(name: "NAOMI HICKS") { relationships { kind character { name } } }
      tali: character(name: "Tali Shapira") { relationships { kind } }
    }`);
    expect(result).toEqual({
      data: {
        danielle: { relationships: [{ kind: "SPOUSE", character: { name: "Segev Azulai" } }] },
        naomi: { relationships: [{ kind: "EX_PARTNER", character: { name: "Segev Azulai" } }] },
        tali: { relationships: [] },
      },
    });
  });
});
