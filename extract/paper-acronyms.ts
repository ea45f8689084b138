/**
 * Acronyms an abstract defines ("Scale-Aware Modulation Transformer (SMT)"): the short name of a
 * system or benchmark the paper introduces is the same thing, and the one its rows carry; a defined
 * metric ("Word Error Rate (WER)") is neither.
 */
import { isModelName } from "./gazetteer";
import { GENERIC_NAME } from "./lexicon";
import {
  DATA_NOUN_AFTER,
  DOMAIN_LONG_FORM,
  EXAMPLE_LEAD,
  INSTITUTION,
  OWN_NOUN_AFTER,
  PART_AFTER,
  SET_LONG_FORM,
  SINGLE_WORD_LONG_FORM,
  TASK_AFTER,
  TASK_LONG_FORM,
  THEORY_LONG_FORM,
  USED_TOOL,
} from "./acronym-forms";
import { isKnownMetric, namesLexiconMetric, namesRateAcronym } from "./metric";

// "Positional Integrity Encoding (PIE)": an acronym in parentheses after capitalised words.
const ACRONYM = /\(([A-Z][\w+-]*[A-Z0-9+][\w+-]*)\)/g;
const CAPITALISED_BEFORE = /[A-Z][\w-]*\s+$/;
// The rest of a defined phrase the system's name opens: a few words, none of them a clause's.
const DEFINED_REST = /^(?:\s+(?!(?:is|are|was|with|the|an?|and|to|for|that|which|of)\b)[\w-]+){0,3}$/i;

/**
 * Adds each defined acronym to `systems` (before the long name it shortens), `benchmarks` or
 * `tasks`, and returns the long system names mapped to their acronyms.
 */
export function addDefinedAcronyms(
  abstract: string,
  systems: string[],
  benchmarks: string[],
  tasks: string[],
): Map<string, string> {
  const shortNames = new Map<string, string>();
  for (const m of abstract.matchAll(ACRONYM)) {
    const lead = abstract.slice(Math.max(0, m.index - 40), m.index);
    const acronym = m[1] ?? "";
    // "Vision-and-Language Navigation (VLN) refers to the task of …": a task by the abstract's own
    // words; "License plate recognition (LPR) is …": a lower-case long form may name one too.
    const calledTask = TASK_AFTER.test(abstract.slice(m.index + m[0].length, m.index + m[0].length + 40));
    const ownNoun = OWN_NOUN_AFTER.test(abstract.slice(m.index + m[0].length, m.index + m[0].length + 20));
    if (calledTask || (TASK_LONG_FORM.test(lead) && !ownNoun)) {
      if (calledTask || namesTask(abstract.slice(Math.max(0, m.index - 80), m.index), acronym)) {
        if (!tasks.includes(acronym)) tasks.push(acronym);
        if (systems.includes(acronym)) systems.splice(systems.indexOf(acronym), 1);
      }
      continue;
    }
    if (!CAPITALISED_BEFORE.test(lead) || isDefinedMetric(acronym, lead)) continue;
    // "Electromyography (EMG) signals", "Computed Tomography (CT) scans": a kind of data, no system.
    if (DATA_NOUN_AFTER.test(abstract.slice(m.index + m[0].length, m.index + m[0].length + 60))) continue;
    // "the University of California Irvine (UCI)": an institution is no system either, nor is a
    // task ("Open-Vocabulary Object Detection (OVOD) models").
    if (INSTITUTION.test(lead)) continue;
    if (systems.includes(acronym) || benchmarks.includes(acronym)) continue;
    // "the Brazilian Multilabel Ophthalmological Dataset (BRSET)": a data set's initials name a set.
    if (SET_LONG_FORM.test(lead)) {
      benchmarks.push(acronym);
      continue;
    }
    // "Point Transformer V3 (PTv3)": the short form of a name the paper gave is the same thing.
    const before = abstract
      .slice(Math.max(0, m.index - 80), m.index)
      .trimEnd()
      .toLowerCase();
    if (benchmarks.some((b) => before.endsWith(b.toLowerCase()))) {
      benchmarks.push(acronym);
      continue;
    }
    // "Representation-Conditioned image Generation (RCG)": the name may open the defined phrase.
    const long = systems.findIndex((s) => {
      const at = before.lastIndexOf(s.toLowerCase());
      const rest = before.slice(at + s.length);
      return at >= 0 && (DEFINED_REST.test(rest) || (opensWithInitials(acronym, s) && !/[.;,()]/.test(rest)));
    });
    if (long >= 0) {
      shortNames.set(systems[long]!, acronym);
      systems.splice(long, 0, acronym);
    } else if (
      systems.length === 0 &&
      !USED_TOOL.test(lead.trimEnd()) &&
      !isModelName(acronym) &&
      !DOMAIN_LONG_FORM.test(lead) &&
      !SINGLE_WORD_LONG_FORM.test(lead) &&
      !EXAMPLE_LEAD.test(lead) &&
      !PART_AFTER.test(abstract.slice(m.index + m[0].length, m.index + m[0].length + 40)) &&
      !THEORY_LONG_FORM.test(lead)
    )
      // "The Segment Anything Model (SAM) alleviates …": a model the world knows is prior work.
      systems.push(acronym);
  }
  return shortNames;
}

/**
 * "In Referring Expression Comprehension (REC), …": initials of a task, named where a task is (after
 * "in", "for", "on", "of"), are never a model's name, even where a sentence's shape made them look
 * introduced. "we propose Intermediate Layer Retrieval (ILRe)" names a method; "X for Action
 * Recognition (XAR)" is X's acronym, not the task's.
 */
function namesTask(lead: string, acronym: string): boolean {
  const letters = acronym.replace(/[^A-Z]/g, "");
  const words = lead.trimEnd().split(/[\s-]+/);
  const long = words.slice(-letters.length);
  const initials = long.map((w) => w.charAt(0).toUpperCase()).join("");
  const before = words.at(-letters.length - 1) ?? "";
  // "License plate recognition (LPR) is important …": a common-noun phrase opening a sentence.
  const opensSentence =
    (before === "" || /[.;:]$/.test(before)) && long.slice(1).every((w) => /^[a-z]/.test(w));
  // "LLMs can perform Automatic Modulation Classification (AMC)": what a verb of doing takes is a task.
  const taken = /^(?:in|for|on|of|to|and|or|perform(?:s|ing)?|tackl(?:e|es|ing)|address(?:es|ing)?)$/i;
  return initials === letters && (taken.test(before) || opensSentence);
}

/** "Word Error Rate (WER)", "Attack Success Rate (ASR)": a defined metric is no system. */
function isDefinedMetric(acronym: string, lead: string): boolean {
  return (
    GENERIC_NAME.test(acronym) ||
    isKnownMetric(acronym) ||
    // By the lexicon only: "OmniGen-Video (OGV)" is shaped like an acronym metric, but names a system.
    namesLexiconMetric(lead.trim().split(" ").slice(-2).join(" ")) ||
    // "a True Match Rate (TMR)": a rate or score spelt out before its initials.
    namesRateAcronym(lead.trim().split(/\s+/).slice(-acronym.length).join(" "), acronym)
  );
}

/** "Time-Series Neural Networks via … (TSNN-ESTD)": an acronym that opens with the name's initials shortens it. */
function opensWithInitials(acronym: string, name: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .map((w) => w.charAt(0))
    .join("")
    .toUpperCase();
  return initials.length >= 3 && acronym.toUpperCase().startsWith(initials);
}
