/** /benchmarks: every benchmark with a leaderboard, by claims, models, newest result or name; filterable by name and area. */
import type { Metadata } from "next";
import { pageMetadata } from "@/app/page-metadata";
import Link from "next/link";
import {
  type BenchmarkSummary,
  benchmarkAreas,
  countBenchmarks,
  listBenchmarks,
} from "@/db/queries/benchmarks";
import { ALL, BENCHMARK_SORTS, BenchmarkIndexParams, type BenchmarkIndexQuery } from "@/db/views/url-params";
import { Leaders } from "@/components/Leaders";
import { benchmarkHref } from "@/components/routes";
import { NameIndex, type NameIndexSpec } from "@/app/name-index";

export const metadata: Metadata = pageMetadata("Benchmarks");

const SPEC: NameIndexSpec<BenchmarkIndexQuery, BenchmarkSummary> = {
  path: "/benchmarks",
  title: "Benchmarks",
  filterLabel: "Name",
  noun: "benchmarks with a leaderboard",
  params: BenchmarkIndexParams,
  sorts: BENCHMARK_SORTS,
  selects: async (db, query) => [
    {
      name: "area",
      label: "Area",
      value: query.area,
      options: [
        { value: ALL, label: "all areas" },
        ...(await benchmarkAreas(db)).map((a) => ({ value: a, label: a })),
      ],
    },
  ],
  list: listBenchmarks,
  count: countBenchmarks,
  rowKey: (b) => b.slug,
  columns: [
    { header: "Benchmark", cell: (b) => <Link href={benchmarkHref(b.slug)}>{b.name}</Link> },
    { header: "Area", cell: (b) => b.area ?? "" },
    { header: "Claims", numeric: true, cell: (b) => b.claims },
    { header: "Models", numeric: true, cell: (b) => b.models },
    { header: "Newest result", cell: (b) => b.newest ?? "" },
    { header: "Leaders", cell: (b) => <Leaders leaders={b.leaders} max={2} /> },
  ],
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BenchmarksPage({ searchParams }: Props) {
  return <NameIndex spec={SPEC} searchParams={await searchParams} />;
}
