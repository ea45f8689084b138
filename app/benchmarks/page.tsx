/** /benchmarks: every benchmark with a leaderboard, most claims first or by name, filterable. */
import type { Metadata } from "next";
import { pageMetadata } from "@/app/page-metadata";
import Link from "next/link";
import { type BenchmarkSummary, countBenchmarks, listBenchmarks } from "@/db/queries/benchmarks";
import { Leaders } from "@/components/Leaders";
import { benchmarkHref } from "@/components/routes";
import { NameIndex, type NameIndexSpec } from "@/app/name-index";

export const metadata: Metadata = pageMetadata("Benchmarks");

const SPEC: NameIndexSpec<BenchmarkSummary> = {
  path: "/benchmarks",
  title: "Benchmarks",
  filterLabel: "Name",
  noun: "benchmarks with a leaderboard",
  list: listBenchmarks,
  count: countBenchmarks,
  rowKey: (b) => b.slug,
  columns: [
    { header: "Benchmark", cell: (b) => <Link href={benchmarkHref(b.slug)}>{b.name}</Link> },
    { header: "Claims", numeric: true, cell: (b) => b.claims },
    { header: "Leaders", cell: (b) => <Leaders leaders={b.leaders} max={2} /> },
  ],
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BenchmarksPage({ searchParams }: Props) {
  return <NameIndex spec={SPEC} searchParams={await searchParams} />;
}
