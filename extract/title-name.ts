/** The name a title gives the paper's system or benchmark, from the title's shape alone. */
import { GENERIC_NAME, STOP_CAPITALISED } from "./lexicon";
import { isModelName } from "./gazetteer";
import { isNameLike } from "./names";

/** "TACTIC: Translation Agents..." -> "TACTIC"; "Qwen2.5-1M Technical Report" -> "Qwen2.5-1M". */
export function titleName(title: string, abstract: string): string | null {
  const head =
    // "UI-TARS-2 Technical Report: Advancing ...": the report's subject is the name.
    // "TD-TOG Dataset: Benchmarking …": the set noun after a name is no part of it (the noun, left in
    // the title after the name, still makes the name a benchmark).
    /^([^:]{2,40}):/.exec(title)?.[1]?.replace(/\s+(?:Technical Report|Dataset|Benchmark|Corpus)$/i, "") ??
    /^(.{2,40}?)\s+Technical Report\b/i.exec(title)?.[1] ??
    wholeTitleName(title, abstract);
  if (!head) return null;
  // "CultranAI at PalmX 2025: …", "TeamX at SemEval-2025 Task 3: …": a team's entry to a shared task.
  const entry = /^(\S+)\s+at\s+[A-Z]/.exec(head.trim())?.[1];
  if (entry) return /^[A-Z]/.test(entry) ? entry : null;
  const words = head.trim().split(/\s+/);
  // "Fewer Tokens, Better Action: …": a slogan of clauses is no name.
  if (words.length > 4 || head.includes(",")) return null;
  // "From Xception to NEXcepTion: ...", "Towards X: ...", "Rethinking ResNets: ...": a phrase
  // about names, not one. A gerund head the abstract repeats as a name is one ("Grounding DINO").
  if (/^(?:From|Towards?|Beyond|How|What|When|Why|On)$/.test(words[0] ?? "")) return null;
  if (/^\w+ing$/.test(words[0] ?? "") && (words.length < 2 || !abstract.includes(head.trim()))) return null;
  // "USIM and U0: A Dataset and Model": two names, never one; "RNN as Linear Transformer: …",
  // "CLIP Meets DINO: …": a thesis about names, not a name.
  const pair = words.includes("and") && words.filter((w) => isNameLike(w)).length >= 2;
  if (pair || words.some((w) => /^(?:as|vs\.?|versus|meets|Meets|Versus)$/.test(w))) return null;
  // "Persuasion Dynamics in LLMs: …": a topic studied in a kind of model, not a system.
  if (words.length > 2 && GENERIC_NAME.test(words.at(-1)!) && /^(?:in|of|for|with)$/.test(words.at(-2)!))
    return null;
  if (words.some((w) => isNameLike(w))) return head.trim();
  // "Hidden in the Noise: …": an article makes the head a phrase; names rarely hold one.
  const capitalised = words.every((w) => /^[A-Z]/.test(w) || /^(?:of|in|for|and|to|with)$/.test(w));
  // "Less Is More: …": a head with a verb is a slogan, not a name.
  if (words.some((w) => SLOGAN_WORD.test(w))) return null;
  return capitalised && !STOP_CAPITALISED.has(words[0] ?? "") ? head.trim() : null;
}

const SLOGAN_WORD = /^(?:Is|Are|Was|Were|Be|Can|Could|Should|Will|Do|Does|Did|Not|Need|Needs|Matters?)$/;

/**
 * "Point Transformer": a title of a few capitalised words the abstract repeats as written is a name.
 * "TransRUPNet for Real-Time Polyp Segmentation": so is a new name-shaped word opening the title
 * before "for" or "with" (a model the world knows, as in "BERT for …", is studied, not introduced).
 */
function wholeTitleName(title: string, abstract: string): string | undefined {
  const t = title.trim();
  if (/^[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,2}$/.test(t) && abstract.includes(t)) return t;
  const lead = /^([A-Za-z][\w+.-]*)\s+(?:for|with)\s/.exec(t)?.[1];
  return lead && isNameLike(lead) && !isModelName(lead) && abstract.includes(lead) ? lead : undefined;
}
