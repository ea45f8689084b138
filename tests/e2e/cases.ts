/** Case tables for the end-to-end suite, kept apart from the specs that run them. */
import { BENCHMARK_AREAS } from "../../extract/gazetteer";

/** Every page a person visits, with what it must show; each is screenshotted. */
export const PAGES: readonly { name: string; path: string; heading: string | RegExp }[] = [
  { name: "home", path: "/", heading: "What papers claim, model by model" },
  { name: "benchmark-coco", path: "/benchmarks/coco?metric=ap", heading: "COCO" },
  { name: "benchmark-librispeech", path: "/benchmarks/librispeech", heading: "LibriSpeech" },
  { name: "model-deepseekv3", path: "/models/deepseekv3", heading: "DeepSeek-V3" },
  { name: "compare", path: "/compare?models=rtdetrr50,rtdetrr101,yolov6n", heading: "Compare models" },
  { name: "paper", path: "/papers/104", heading: "DETRs Beat YOLOs on Real-time Object Detection" },
  { name: "claims", path: "/claims?kind=speedup", heading: "All claims" },
  { name: "about", path: "/about", heading: "How claims are extracted" },
  { name: "benchmarks-index", path: "/benchmarks", heading: "Benchmarks" },
  { name: "models-index", path: "/models?q=deepseek", heading: "Models" },
  { name: "papers-index", path: "/papers", heading: "Papers" },
  { name: "search", path: "/search?q=deepseek", heading: "Search: “deepseek”" },
  { name: "api-docs", path: "/api", heading: "JSON API" },
];

/** Bad parameters: pages explain them (and fall back), the API answers 400 with the exact text. */
export const BAD_PAGE_PARAMS: readonly { path: string; message: string }[] = [
  {
    path: "/benchmarks/coco?sort=bogus",
    message: 'sort must be one of value, model, benchmark, paper, date, self, kind (got "bogus")',
  },
  { path: "/benchmarks/coco?dir=sideways", message: 'dir must be one of asc, desc (got "sideways")' },
  { path: "/claims?page=-3", message: "page must be at least 1" },
  {
    path: "/claims?kind=%27%20OR%201%3D1--",
    message: `kind must be one of score, delta, speedup, bound, all (got "' OR 1=1--")`,
  },
  { path: "/compare?models=a,b,c,d,e,f,g", message: "models: pick at most 6 models" },
  { path: "/models?sort=size", message: 'sort must be one of claims, benchmarks, newest, name (got "size")' },
  {
    path: "/benchmarks?area=astrology",
    message: `area must be one of all, ${BENCHMARK_AREAS.join(", ")} (got "astrology")`,
  },
  { path: "/papers?from=last%20week", message: "from must be a date written YYYY-MM-DD" },
  {
    path: "/claims?hide=paper,secrets",
    message:
      'hide must be one of rank, model, benchmark, metric, setting, value, kind, self, trust, paper, date, evidence, rule, review (got "secrets")',
  },
  { path: "/search?q=", message: "q is required: what to search for" },
];

export const BAD_API_PARAMS: readonly { path: string; status: number; error: string }[] = [
  {
    path: "/api/claims?sort=value;DROP%20TABLE%20claims",
    status: 400,
    error:
      'sort must be one of value, model, benchmark, paper, date, self, kind (got "value;DROP TABLE claims")',
  },
  { path: "/api/claims?per=100000", status: 400, error: "per must be at most 500" },
  { path: "/api/claims?page=abc", status: 400, error: "page must be a whole number" },
  { path: "/api/models?q=" + "x".repeat(300), status: 400, error: "q must be at most 200 characters" },
  {
    path: "/api/export?view=everything",
    status: 400,
    error: 'view must be one of benchmark, model, compare, claims, paper (got "everything")',
  },
  { path: "/api/export?view=paper&id=abc", status: 400, error: "id must be a paper id (a whole number)" },
  { path: "/api/export?view=benchmark&slug=no-such-benchmark", status: 404, error: "no such benchmark" },
  { path: "/api/search", status: 400, error: "q is required: what to search for" },
  { path: "/api/search?q=a%00b", status: 400, error: "q must not contain control characters" },
  { path: "/api/claims?q=%00", status: 400, error: "q must not contain control characters" },
  { path: "/api/papers?to=2024-13", status: 400, error: "to must be a date written YYYY-MM-DD" },
  {
    path: "/api/models?size=huge",
    status: 400,
    error: 'size must be one of any, le1, le3, le8, le14, le35, le70, gt70, unknown (got "huge")',
  },
  {
    path: "/api/benchmarks?sort=popularity",
    status: 400,
    error: 'sort must be one of claims, models, newest, name (got "popularity")',
  },
];

export const NOT_FOUND_PATHS: readonly string[] = [
  "/benchmarks/no-such-benchmark",
  "/models/no-such-model",
  "/papers/999999",
  "/papers/not-a-number",
];

/** Every route, every parameter any route reads, and values chosen to break things: never a 500. */
export const HOSTILE_ROUTES: readonly string[] = [
  "/",
  "/benchmarks/coco",
  "/models/deepseekv3",
  "/compare",
  "/claims",
  "/papers/104",
  "/api/claims",
  "/api/benchmarks",
  "/api/models",
  "/api/export?view=claims",
  "/api/export?view=benchmark&slug=coco",
  "/api/export?view=compare",
  "/benchmarks",
  "/models",
  "/papers",
  "/search",
  "/api/search",
  "/api/papers",
];
export const HOSTILE_PARAMS: readonly string[] = [
  "sort",
  "dir",
  "q",
  "kind",
  "self",
  "metric",
  "page",
  "per",
  "model",
  "benchmark",
  "paper",
  "models",
  "slug",
  "id",
  "view",
];
export const HOSTILE_VALUES: readonly string[] = [
  "' OR 1=1 --",
  "%",
  "_",
  "\\",
  '"; DROP TABLE claims; --',
  "<script>alert(1)</script>",
  "1e308",
  "-1",
  "NaN",
  "0x10",
  "9".repeat(400),
  "😀",
  "a,".repeat(50),
  "%00",
];
