/** /models: every model with claims, most claims first or by name, filterable by name or spelling. */
import type { Metadata } from "next";
import { pageMetadata } from "@/app/page-metadata";
import Link from "next/link";
import { countModels, listModels, type ModelSummary } from "@/db/queries/models";
import { modelHref } from "@/components/routes";
import { NameIndex, type NameIndexSpec } from "@/app/name-index";

export const metadata: Metadata = pageMetadata("Models");

const SPEC: NameIndexSpec<ModelSummary> = {
  path: "/models",
  title: "Models",
  filterLabel: "Name or spelling",
  noun: "models",
  list: listModels,
  count: countModels,
  rowKey: (m) => m.slug,
  columns: [
    { header: "Model", cell: (m) => <Link href={modelHref(m.slug)}>{m.name}</Link> },
    { header: "Claims", numeric: true, cell: (m) => m.claims },
    { header: "Benchmarks", numeric: true, cell: (m) => m.benchmarks },
  ],
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ModelsPage({ searchParams }: Props) {
  return <NameIndex spec={SPEC} searchParams={await searchParams} />;
}
