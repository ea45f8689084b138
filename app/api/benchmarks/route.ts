/** GET /api/benchmarks?q=&sort=&page=&per=: benchmarks with claim counts and leaders; each carries its page's URL. */
import { countBenchmarks, listBenchmarks } from "@/db/queries/benchmarks";
import { benchmarkHref } from "@/components/routes";
import { serveNameIndex } from "../name-index-json";

export const GET = serveNameIndex("benchmarks", listBenchmarks, countBenchmarks, benchmarkHref);
