import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Node (and so type-graphql and graphql-scalars) loads graphql's CommonJS build; Vite would give
    // our sources the ESM build, and the schema would then mix objects of two graphql "realms".
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    // One embedded Neo4j for the whole run: started once here, on a free port and in a temporary
    // folder, so tests never touch the service's data nor a Neo4j already running on 7687.
    globalSetup: ["test/global-setup.ts"],
    // TypeGraphQL's decorators need the metadata polyfill before any type module loads, also in
    // tests that import types without going through build-graphql-schema.ts.
    setupFiles: ["reflect-metadata"],
    // Test files share that one database (Community edition has a single user database), and some
    // write fixtures to it: running files one at a time keeps each file's view of the graph its own.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 600_000,
    reporters: ["default"],
  },
});
