/** The top model per metric of a benchmark, as the home page and /benchmarks show it beside its name. */
import Link from "next/link";
import type { BenchmarkSummary } from "@/db/queries/benchmarks";
import { formatValue } from "./format";
import { modelHref } from "./routes";

export function Leaders({ leaders, max }: { leaders: BenchmarkSummary["leaders"]; max: number }) {
  return leaders.slice(0, max).map((l) => (
    <span key={l.metric} className="leader">
      {l.metric}: <Link href={modelHref(l.modelSlug)}>{l.model}</Link> {formatValue(l.value, l.unit)}{" "}
    </span>
  ));
}
