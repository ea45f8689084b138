/** The folder rules of eslint.config.mjs, shown to fire: each forbidden import is an error, each allowed one is not. */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { ALLOWED_IMPORTS, FORBIDDEN_IMPORTS } from "./cases/layer-cases";

const eslint = new ESLint();

async function restrictedImportErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = [${importedNames(source)}];\n`, {
    filePath: file,
  });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports")
    .map((m) => m.message);
}

/** The names an import binds, used so that no-unused-vars stays quiet and only the layer rule speaks. */
function importedNames(source: string): string {
  const named = /\{([^}]*)\}/.exec(source)?.[1] ?? /import\s+(?:type\s+)?(\w+)/.exec(source)?.[1] ?? "";
  return source.includes("import type") ? "" : named;
}

describe("lint keeps the layers one-way", () => {
  it.each(FORBIDDEN_IMPORTS)("rejects in $file: $source", async ({ file, source }) => {
    expect(await restrictedImportErrors(file, source)).toHaveLength(1);
  });

  it.each(ALLOWED_IMPORTS)("allows in $file: $source", async ({ file, source }) => {
    expect(await restrictedImportErrors(file, source)).toEqual([]);
  });
});
