import js from "@eslint/js";
import importPlugin from "eslint-plugin-import";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "coverage/",
      "embedded-neo4j/",
      "node_modules/",
      ".data/",
      "test-results/",
      "explorer-dist/",
      "bench/query/dist/",
      "bench/query/node_modules/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      // TypeGraphQL reads parameter types from decorator metadata, so a class used only in a
      // decorated signature is still a value import.
      parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true },
    },
    plugins: { import: importPlugin },
    rules: {
      curly: ["error", "all"],
      eqeqeq: ["error", "always", { null: "ignore" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "separate-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "import/no-default-export": "error",
      "import/no-duplicates": "error",
      // Import cycles are checked by dpdm (npm run check:cycles): eslint-plugin-import cannot
      // resolve NodeNext's "./file.js" specifiers to their .ts sources without a native resolver.
    },
  },
  {
    // Config files are loaded by tools that expect a default export; declarations of untyped
    // packages (web/types) describe the default export those packages have.
    files: ["eslint.config.js", "vitest.config.ts", "test/**/*.config.ts", "web/types/*.d.ts"],
    rules: { "import/no-default-export": "off" },
  },
);
