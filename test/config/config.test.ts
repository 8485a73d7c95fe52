import { describe, expect, it } from "vitest";

import { ConfigError, loadConfig } from "../../src/config/config.js";

const JWT = { AUTH_JWT_ISSUER: "https://idp.example.org/", AUTH_JWT_AUDIENCE: "showgraph" };

describe("configuration from the environment", () => {
  it("has defaults that start the embedded Neo4j on loopback", () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.host).toBe("127.0.0.1");
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.database).toBe("neo4j");
    expect(config.neo4j.embedded).toMatchObject({ boltPort: 7687, heap: "512m", pageCache: "128m" });
    expect(config.introspection).toBe(true);
  });

  it("takes the driver's usual variables for any other Neo4j", () => {
    const config = loadConfig({
      NEO4J_URI: "neo4j+s://cluster.example.com:7687",
      NEO4J_USERNAME: "reader",
      NEO4J_PASSWORD: "secret",
      NEO4J_DATABASE: "shows",
    });
    expect(config.neo4j).toMatchObject({
      uri: "neo4j+s://cluster.example.com:7687",
      username: "reader",
      password: "secret",
      database: "shows",
    });
  });

  it("turns introspection off in production unless asked for", () => {
    expect(loadConfig({ NODE_ENV: "production" }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: "true" }).introspection).toBe(true);
  });

  it.each([
    [{ NEO4J_URI: "not-a-uri" }, /NEO4J_URI must be a URI such as neo4j:\/\/host:7687.*\(got "not-a-uri"\)/],
    [{ NEO4J_URI: "http://localhost:7474" }, /NEO4J_URI must be a URI/],
    [{ PORT: "abc" }, /PORT must be a port number \(got "abc"\)/],
    [{ PORT: "70000" }, /PORT must be between 0 and 65535 \(got "70000"\)/],
    [{ NEO4J_EMBEDDED_HEAP: "lots" }, /NEO4J_EMBEDDED_HEAP must be a size such as 512m/],
    [{ SEED_ON_START: "maybe" }, /SEED_ON_START must be true or false/],
    [
      { LOG_LEVEL: "loud" },
      /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent \(got "loud"\)/,
    ],
    [{ METRICS: "maybe" }, /METRICS must be on, off or a port number \(got "maybe"\)/],
    [{ METRICS: "70000" }, /METRICS port must be at most 65535/],
    [{ SHUTDOWN_GRACE_MS: "-1" }, /SHUTDOWN_GRACE_MS must not be negative/],
    [{ AUTH_JWKS_URL: "http://idp.example.org/jwks", ...JWT }, /AUTH_JWKS_URL must be an https:\/\/ URL/],
    [{ AUTH_JWKS_URL: "https://idp.example.org/jwks" }, /AUTH_JWT_ISSUER is required with AUTH_JWKS_URL/],
    [{ AUTH_JWT_AUDIENCE: "showgraph" }, /AUTH_JWT_AUDIENCE needs AUTH_JWKS_URL/],
  ])("rejects %o with one clear line", (environment, message) => {
    expect(() => loadConfig(environment)).toThrow(ConfigError);
    expect(() => loadConfig(environment)).toThrow(message);
    try {
      loadConfig(environment);
    } catch (error) {
      expect((error as Error).message).not.toContain("\n");
    }
  });

  it("logs at info, serves /metrics on the service's port, drains 3 s and gives requests 10 s to finish by default", () => {
    expect(loadConfig({}).observability).toEqual({
      logLevel: "info",
      metrics: { enabled: true, port: undefined },
      shutdownGraceMs: 10_000,
      shutdownDrainMs: 3_000,
    });
    expect(() => loadConfig({ SHUTDOWN_DRAIN_MS: "-1" })).toThrow("SHUTDOWN_DRAIN_MS must not be negative");
    expect(loadConfig({ METRICS: "off" }).observability.metrics).toEqual({ enabled: false });
    expect(loadConfig({ METRICS: "9464" }).observability.metrics).toEqual({ enabled: true, port: 9464 });
    expect(loadConfig({ LOG_LEVEL: "debug", SHUTDOWN_GRACE_MS: "30000" }).observability).toMatchObject({
      logLevel: "debug",
      shutdownGraceMs: 30_000,
    });
  });

  it("verifies JWTs only when AUTH_JWKS_URL is set, with the issuer, audience and role claim given", () => {
    expect(loadConfig({}).auth).toEqual({ readsNeedToken: false });
    expect(loadConfig({ AUTH_JWKS_URL: "https://idp.example.org/jwks", ...JWT }).auth).toEqual({
      readsNeedToken: false,
      jwt: {
        jwksUrl: "https://idp.example.org/jwks",
        issuer: "https://idp.example.org/",
        audience: "showgraph",
        roleClaim: "role",
      },
    });
  });

  it("names every bad variable at once", () => {
    expect(() => loadConfig({ PORT: "abc", NEO4J_URI: "nope" })).toThrow(
      /NEO4J_URI.*; PORT|PORT.*; NEO4J_URI/,
    );
  });
});
