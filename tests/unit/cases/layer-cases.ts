/** Imports that break the one-way flow corpus -> extract/ -> db/ -> app/ -> components/, and allowed ones. */
export interface LayerCase {
  /** Where the import stands (it need not exist: lint reads the text given). */
  file: string;
  source: string;
}

export const FORBIDDEN_IMPORTS: readonly LayerCase[] = [
  { file: "extract/rules/new-rule.ts", source: `import { openDb } from "../../db/connection";` },
  { file: "extract/rules/new-rule.ts", source: `import { openDb } from "@/db/connection";` },
  { file: "extract/new-step.ts", source: `import { readFileSync } from "node:fs";` },
  { file: "extract/new-step.ts", source: `import Page from "../app/page";` },
  { file: "db/queries/new-query.ts", source: `import { writeBatch } from "../write-batch";` },
  { file: "db/queries/new-query.ts", source: `import { ingestCorpus } from "../ingest";` },
  { file: "db/export/new-export.ts", source: `import { main } from "../cli/ingest";` },
  { file: "components/NewTable.tsx", source: `import { getLeaderboard } from "@/db/server";` },
  { file: "components/NewTable.tsx", source: `import { extractClaims } from "../extract";` },
];

export const ALLOWED_IMPORTS: readonly LayerCase[] = [
  { file: "extract/new-step.ts", source: `import { nameKey } from "./canonical";` },
  { file: "db/queries/new-query.ts", source: `import { metricDirection } from "../../extract/metric";` },
  { file: "components/NewTable.tsx", source: `import type { LeaderboardRow } from "@/db/server";` },
  { file: "app/new/page.tsx", source: `import { getLeaderboard } from "@/db/server";` },
];
