/**
 * The part of a benchmark, the configuration or the task one value is measured on, said right
 * after it: "on the clean pass", "on a multi-view setup", "for medication extraction". Splits are
 * read elsewhere (value-split.ts).
 */
// "1.02 on the clean pass and 1.98 on the final pass", "on the hard subset".
const PART_AFTER =
  /^\s*%?\s*(?:[A-Za-z@-]+\s+)?on\s+the\s+(?!(?:test|val|validation|dev|training|train)\b)([a-z][\w-]*\s+(?:pass|subset|track|partition))\b/;

/** "89.18% for Enhancing Tumor (ET) segmentation": the structure or class a value is measured on. */
const NAMED_PART_AFTER = /^\s*%?\s*for\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){1,3}\(([A-Z]{2,4})\)/;
/** "94.0% for medication extraction, 78.1% for discontinuation classification": the task of each value. */
const TASK_PART_AFTER =
  /^\s*%?\s*for\s+(?:the\s+)?((?:(?!and\s|or\s)[a-z][\w-]*\s+){0,2}(?:extraction|classification|detection|segmentation|recognition|retrieval|prediction|estimation|tracking|localization|captioning|summarization|grounding))(?![\w-])(?!\s+(?:tasks?|benchmarks?|datasets?))/;

/** "82.6% on a multi-view setup and 83.8% on a single-view setup": the configuration a value is under. */
const SETUP_AFTER =
  /^\s*%?\s*(?:[A-Za-z@-]+\s+)?(?:on|in|under)\s+(?:the|a)\s+([a-z]+-[a-z]+(?:-[a-z]+)?)\s+(?:setups?|settings?|configurations?|regimes?)\b/;

/** The part said in `after` (the words right after a value), or null. */
export function partAfter(after: string): string | null {
  return (
    PART_AFTER.exec(after)?.[1] ??
    NAMED_PART_AFTER.exec(after)?.[1] ??
    SETUP_AFTER.exec(after)?.[1] ??
    TASK_PART_AFTER.exec(after)?.[1] ??
    null
  );
}
