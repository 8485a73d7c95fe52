import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

describe("production factors", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("explains what affected Hit & Run: COVID-19, the location changes and the cost", async () => {
    const result = await server.query(`{
      show(name: "Hit & Run") { productionFactors { factor { name kind } effect description show { title } } }
    }`);
    const impact = (name: string, kind: string, effect: string, description: string) => ({
      factor: { name, kind },
      effect,
      description,
      show: { title: "Hit & Run" },
    });
    expect(result).toEqual({
      data: {
        show: {
          productionFactors: [
            impact(
              "Changing locations between New York and Israel",
              "LOCATION_LOGISTICS",
              "INCREASED_COST",
              "The constantly changing locations between New York and Israel made production costs balloon.",
            ),
            impact(
              "COVID-19 pandemic",
              "PANDEMIC",
              "DELAYED_PRODUCTION",
              "Due to the pandemic, production took an inordinately long time to even begin.",
            ),
            impact(
              "COVID-19 pandemic",
              "PANDEMIC",
              "CONTRIBUTED_TO_CANCELLATION",
              "The main cause of the cancellation.",
            ),
            impact(
              "Hit & Run production cost",
              "BUDGET",
              "CONTRIBUTED_TO_CANCELLATION",
              "Expensive even before the pandemic and ballooning since, so that Netflix may not see the series as worth its hefty price tag.",
            ),
          ],
        },
      },
    });
  });

  it("goes from COVID-19 to the shows it affected, all effects or one", async () => {
    const result = await server.query(`{
      productionFactor(name: "covid-19 pandemic") {
        name kind description
        affectedShows { totalCount nodes { show { title } effect } }
        canceled: affectedShows(effect: CONTRIBUTED_TO_CANCELLATION) { totalCount nodes { show { title } effect } }
        costs: affectedShows(effect: INCREASED_COST) { totalCount }
        locations { name }
        comparedWith { show { title } }
      }
    }`);
    expect(result).toEqual({
      data: {
        productionFactor: {
          name: "COVID-19 pandemic",
          kind: "PANDEMIC",
          description: "The COVID-19 pandemic.",
          affectedShows: {
            totalCount: 2,
            nodes: [
              { show: { title: "Hit & Run" }, effect: "DELAYED_PRODUCTION" },
              { show: { title: "Hit & Run" }, effect: "CONTRIBUTED_TO_CANCELLATION" },
            ],
          },
          canceled: {
            totalCount: 1,
            nodes: [{ show: { title: "Hit & Run" }, effect: "CONTRIBUTED_TO_CANCELLATION" }],
          },
          costs: { totalCount: 0 },
          locations: [],
          comparedWith: [],
        },
      },
    });
  });

  it("knows the places the location changes involve and what the cost was compared with", async () => {
    const result = await server.query(`{
      changes: productionFactor(name: "Changing locations between New York and Israel") { locations { name } }
      cost: productionFactor(name: "HIT & RUN PRODUCTION COST") {
        comparedWith { factor { name } show { title } description }
      }
    }`);
    expect(result).toEqual({
      data: {
        changes: { locations: [{ name: "Israel" }, { name: "New York" }] },
        cost: {
          comparedWith: [
            {
              factor: { name: "Hit & Run production cost" },
              show: { title: "Fauda" },
              description: "One episode of Hit & Run cost as much as two full seasons of Fauda.",
            },
          ],
        },
      },
    });
  });
});
