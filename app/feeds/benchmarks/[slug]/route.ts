/** GET /feeds/benchmarks/SLUG.xml: the newest leaderboard claims on one benchmark, as Atom. */
import { findBenchmark } from "@/db/queries/benchmarks";
import { benchmarkHref } from "@/components/routes";
import { scopedFeed } from "../../scoped";

export const GET = scopedFeed("benchmark", findBenchmark, benchmarkHref);
