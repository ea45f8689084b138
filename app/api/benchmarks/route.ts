/** GET /api/benchmarks?q=&sort=&area=&page=&per=: benchmarks with counts and leaders; each carries its page's URL. */
import { countBenchmarks, listBenchmarks } from "@/db/queries/benchmarks";
import { BenchmarkIndexParams } from "@/db/views/url-params";
import { benchmarkHref } from "@/components/routes";
import { serveNameIndex } from "../name-index-json";

export const GET = serveNameIndex(
  "benchmarks",
  BenchmarkIndexParams,
  listBenchmarks,
  countBenchmarks,
  benchmarkHref,
);
