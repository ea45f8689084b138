import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/** Import patterns a folder may not use: data flows corpus -> extract/ -> db/ -> app/ -> components/. */
const forbid = (patterns, message, allowTypeImports = false) => ({
  "@typescript-eslint/no-restricted-imports": [
    "error",
    { patterns: [{ group: patterns, message, allowTypeImports }] },
  ],
});

/** A folder and anything in it: "../extract" (its index) as well as "../extract/metric". */
const folder = (name) => [`**/${name}`, `**/${name}/**`];

export default tseslint.config(
  { ignores: [".next/**", "node_modules/**", "next-env.d.ts", "tests/artifacts/**", "bench-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"], ...reactHooks.configs.flat.recommended },
  // The React Compiler is not used, so its note on TanStack Table's useReactTable does not apply.
  { files: ["components/**/*.tsx"], rules: { "react-hooks/incompatible-library": "off" } },
  { files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"], ...nextPlugin.configs["core-web-vitals"] },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    files: ["extract/**/*.ts"],
    rules: forbid(
      [
        ...folder("db"),
        ...folder("app"),
        ...folder("components"),
        "node:*",
        "fs",
        "path",
        "better-sqlite3",
        "kysely",
      ],
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
      [...folder("db"), ...folder("extract")],
      "components/ get plain props: only `import type` from db/ and extract/.",
      true,
    ),
  },
);
