/** /models: every model with claims, by claims, benchmarks, newest paper or name; filterable by name, family and size. */
import type { Metadata } from "next";
import { pageMetadata } from "@/app/page-metadata";
import Link from "next/link";
import { countModels, listModels, modelFamilies, type ModelSummary } from "@/db/queries/models";
import { ALL, MODEL_SORTS, ModelIndexParams, type ModelIndexQuery, SIZE_RANGES } from "@/db/views/url-params";
import { modelHref } from "@/components/routes";
import { NameIndex, type NameIndexSpec } from "@/app/name-index";

export const metadata: Metadata = pageMetadata("Models");

const SPEC: NameIndexSpec<ModelIndexQuery, ModelSummary> = {
  path: "/models",
  title: "Models",
  filterLabel: "Name or spelling",
  noun: "models",
  params: ModelIndexParams,
  sorts: MODEL_SORTS,
  selects: async (db, query) => [
    {
      name: "family",
      label: "Family",
      value: query.family,
      options: [
        { value: ALL, label: "all families" },
        ...(await modelFamilies(db)).map((f) => ({ value: f, label: f })),
      ],
    },
    {
      name: "size",
      label: "Size",
      value: query.size,
      options: Object.entries(SIZE_RANGES).map(([value, r]) => ({ value, label: r.label })),
    },
  ],
  list: listModels,
  count: countModels,
  rowKey: (m) => m.slug,
  columns: [
    { header: "Model", cell: (m) => <Link href={modelHref(m.slug)}>{m.name}</Link> },
    { header: "Family", cell: (m) => m.family ?? "" },
    { header: "Size", numeric: true, cell: (m) => (m.params === null ? "" : `${m.params}B`) },
    { header: "Claims", numeric: true, cell: (m) => m.claims },
    { header: "Benchmarks", numeric: true, cell: (m) => m.benchmarks },
    { header: "Newest paper", cell: (m) => m.newest ?? "" },
  ],
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ModelsPage({ searchParams }: Props) {
  return <NameIndex spec={SPEC} searchParams={await searchParams} />;
}
