/**
 * Search at scale: the query behind /search and the header's type-ahead (models, benchmarks, and
 * papers through the full-text index) on the generated database of 1M claims and 250k papers.
 * Each call gets a different query, so no cache answers it: the figures are the database's work.
 */
import type { BigDb } from "./big-db";
import { openDb } from "../../db/connection";
import { searchAll } from "../../db/queries/search";
import { rng } from "./synth";

export interface SearchFigures {
  name: string;
  p50: number;
  p99: number;
  queries: number;
}

const PER_KIND = 200;

/** Queries of each kind people type, drawn from the database itself. */
async function queriesOf(path: string): Promise<[string, string[]][]> {
  const db = openDb(path, { readonly: true });
  try {
    const papers = await db
      .selectFrom("papers")
      .select(["title", "abstract", "arxiv_id"])
      .orderBy("id")
      .execute();
    const next = rng(11);
    const pick = () => papers[Math.floor(next() * papers.length)]!;
    const words = (text: string) => text.match(/[A-Za-z][A-Za-z-]{3,}/g) ?? ["model"];
    const some = <T>(make: () => T) => Array.from({ length: PER_KIND }, make);
    return [
      ["model name", some(() => `Model-${Math.floor(next() * 5000)}`)],
      ["benchmark name", some(() => `Bench-${Math.floor(next() * 500)}`)],
      ["title word, typed in part", some(() => words(pick().title)[0]!.slice(0, 5))],
      ["two abstract words", some(() => words(pick().abstract).slice(2, 4).join(" "))],
      ["arXiv id", some(() => pick().arxiv_id ?? "2401.00001")],
    ];
  } finally {
    await db.destroy();
  }
}

export async function measureSearch(big: BigDb): Promise<SearchFigures[]> {
  const kinds = await queriesOf(big.path);
  const db = openDb(big.path, { readonly: true });
  try {
    await searchAll(db, "warm", 5);
    const out: SearchFigures[] = [];
    for (const [name, queries] of kinds) {
      const ms: number[] = [];
      for (const q of queries) {
        const start = performance.now();
        await searchAll(db, q, 5);
        ms.push(performance.now() - start);
      }
      ms.sort((a, b) => a - b);
      out.push({
        name: `search: ${name}`,
        p50: ms[Math.floor(ms.length / 2)]!,
        p99: ms[Math.floor(ms.length * 0.99)]!,
        queries: ms.length,
      });
    }
    return out;
  } finally {
    await db.destroy();
  }
}
