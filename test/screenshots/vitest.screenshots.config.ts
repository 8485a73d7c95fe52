import { defineConfig } from "vitest/config";

/**
 * `npm run screenshots`: retakes docs/images/*.png from the real service on the test run's Neo4j
 * (the seed graph), in Debian's chromium. Not part of `npm test`.
 */
export default defineConfig({
  // As vitest.config.ts: one graphql "realm" for the schema and the server.
  resolve: { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] },
  test: {
    setupFiles: ["reflect-metadata"],
    include: ["test/screenshots/**/*.screenshots.ts"],
    globalSetup: ["test/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
