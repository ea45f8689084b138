/** Shapes of counts beside a value: "on 45 datasets", "32 MLLMs", "across 36 tasks" (never results). */

/** "improvements across 36 universal MMEB": how many things a result spans, a count. */
// "lower bounds of 78 of 84 JSSP instances": the whole a share is counted out of, a count too.
export const ACROSS_BEFORE = /\b(?:(?:across|over)\s+(?:all\s+|the\s+)?|\d+\s+(?:out\s+)?of\s+(?:the\s+)?)$/i;

/** "over 204 languages", "on 45 datasets": a bare count of things evaluated on, never a result. */
// "1.2 million CT and MRI masks": a count in millions may name what it counts a few words later.
export const COUNT_AFTER =
  /^\s+(?:(?:million|billion|thousand|trillion)\s+(?:[\w-]+\s+){0,4}?|[a-z-]+\s+)?(?:languages|tasks|datasets|benchmarks|domains|categories|classes|subjects|questions|images|videos|samples|examples|users|participants|annotators|GPUs|epochs|layers|environments|games|scenes|countries|documents|queries|turns|episodes|trials|seeds|runs|masks|annotations|pairs|frames|clips|NFEs?|(?:sampling\s+|denoising\s+)?steps)\b/;
// "applies BYTE to 9 different state-of-the-art trackers": a whole number of things in the plural
// counts them, whatever they are ("points", "times" and rates such as "words per minute" measure).
// "9,000 tokens difference" is a change, counted in a plural unit.
// "all 20 CAPTCHA types": a capitalised acronym may name the kind of thing counted.
export const PLURAL_COUNT_AFTER =
  /^\s+(?:(?:[a-z][\w-]*|[A-Z]{2,}[A-Za-z-]*|[A-Z][a-z]+[A-Z][\w-]*)\s+){0,2}(?!points\b|times\b)(?:[a-z]+-)?[a-z]{3,}s(?![@\w])(?!\s*(?:\/|(?:per|difference|gap|gains?|increase|decrease|reduction|improvement|drop)\b))/;
// "32 MLLMs", "8 GPUs", "14 SpeechLLMs": an acronym in the plural counts things too (FLOPs and MACs measure compute).
// "21 leading LMMs", "15 state-of-the-art (SOTA) models": a few words, or a defined acronym, may come between.
export const ACRONYM_COUNT_AFTER =
  /^\s+(?:[a-z][\w-]*\s+){0,2}(?!\w*FLOPs\b|MACs\b)(?:[A-Z][a-z]+)?[A-Z]{2,}[A-Za-z]*s(?=[\s,.;)-]|$)|^\s+(?:[a-z][\w-]*\s+){1,2}\([A-Z]{2,}[A-Za-z]*\)\s+[a-z]{3,}s\b/;
