/**
 * The layers stay acyclic: no module reaches itself through runtime imports (`import type` is
 * erased and does not count). Folder direction rules are lint rules (eslint.config.mjs).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOTS = ["extract", "db", "app", "components"];
const RUNTIME_IMPORT = /^import\s+(?!type\b)[^;]*?from\s+"(\.{1,2}\/[^"]+|@\/[^"]+)"/gm;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  // "@/db/x" is the tsconfig alias for the project root.
  const base = spec.startsWith("@/") ? resolve(spec.slice(2)) : resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")]) {
    try {
      if (statSync(candidate).isFile()) return relative(process.cwd(), candidate);
    } catch {
      // not this one
    }
  }
  return null;
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of ROOTS.flatMap(sourceFiles)) {
    const text = readFileSync(file, "utf8");
    graph.set(
      file,
      [...text.matchAll(RUNTIME_IMPORT)].flatMap((m) => resolveImport(file, m[1]!) ?? []),
    );
  }
  return graph;
}

function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string): string[] | null => {
    if (state.get(file) === "done") return null;
    if (state.get(file) === "open") return [...stack.slice(stack.indexOf(file)), file];
    state.set(file, "open");
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(file, "done");
    return null;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return null;
}

describe("the import graph", () => {
  it("has no cycle of runtime imports", () => {
    const graph = importGraph();
    expect([...graph.values()].flat().length).toBeGreaterThan(100);
    expect(findCycle(graph)).toBeNull();
  });

  it("would report one (the checker itself works)", () => {
    expect(
      findCycle(
        new Map([
          ["a", ["b"]],
          ["b", ["c"]],
          ["c", ["a"]],
        ]),
      ),
    ).toEqual(["a", "b", "c", "a"]);
  });
});
