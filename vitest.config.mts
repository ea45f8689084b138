import { defineConfig } from "vitest/config";

export default defineConfig({
  // The "@/" import alias of tsconfig.json (used by app/ and components/).
  resolve: { tsconfigPaths: true },
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // Tests share one seeded fixture database built in globalSetup.
    globalSetup: ["tests/unit/global-setup.ts"],
    testTimeout: 30_000,
  },
});
