/**
 * How tests and benchmarks launch Chromium: Debian's package where it is installed (CI, this
 * machine), else CHROMIUM_PATH or Playwright's own; flags that keep a headless run quiet and offline.
 */
import { existsSync } from "node:fs";

export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];
