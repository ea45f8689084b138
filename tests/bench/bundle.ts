/** Bundles a bench entry with esbuild so workers and child processes run plain compiled JavaScript. */
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";

export const BUILD_DIR = resolve("bench-results/.build");

export async function bundle(entry: string, name: string): Promise<string> {
  mkdirSync(BUILD_DIR, { recursive: true });
  const outfile = resolve(BUILD_DIR, `${name}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: ["better-sqlite3"],
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: "warning",
  });
  return outfile;
}
