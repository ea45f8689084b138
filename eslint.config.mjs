import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** Import patterns a folder may not use: data flows corpus -> extract/ -> db/ -> app/ -> components/. */
const forbid = (patterns, message, allowTypeImports = false) => ({
  "@typescript-eslint/no-restricted-imports": [
    "error",
    { patterns: [{ group: patterns, message, allowTypeImports }] },
  ],
});

export default tseslint.config(
  { ignores: [".next/**", "node_modules/**", "next-env.d.ts", "tests/artifacts/**", "bench-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["extract/**/*.ts"],
    rules: forbid(
      ["**/db/**", "**/app/**", "**/components/**", "node:*", "fs", "path", "better-sqlite3", "kysely"],
      "extract/ is a pure pipeline: text in, claims out (no I/O, no database, no UI).",
    ),
  },
  {
    files: ["db/queries/**/*.ts", "db/views/**/*.ts", "db/export/**/*.ts"],
    rules: forbid(
      ["**/ingest", "**/write-batch", "**/write-transaction", "**/cli/**", "**/migrations/**"],
      "the read side never imports the write path.",
    ),
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: forbid(
      ["**/db/**", "**/extract/**"],
      "components/ get plain props: only `import type` from db/ and extract/.",
      true,
    ),
  },
);
