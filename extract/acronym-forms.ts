/**
 * The words around a defined acronym that say what it names (paper-acronyms.ts): a task, a field,
 * a data set, an institution, a kind of data, a part, a scheme or a tool, rather than the system.
 */
import { TOOL_LONG_FORM } from "./lexicon";

export const TASK_LONG_FORM =
  /(?:Detection|Segmentation|Recognition|Classification|Estimation|Tracking|Captioning|Answering|Retrieval|Translation|Prediction|Forecasting|Comprehension|Grounding|Summari[sz]ation|Parsing|Locali[sz]ation|Counting|Navigation)\s*$/i;
// "a DRL based Contact-Aided Navigation (CAN) strategy": a method noun makes the phrase a system's name.
export const OWN_NOUN_AFTER =
  /^\s+(?:strategy|framework|method|approach|pipeline|module|architecture|algorithm)\b/;
// "the Global Teaching InSights (GTI) observation protocol": a scheme to follow, no system. (A
// module may be the system itself: "the Temporal Attention-guided Adaptive Fusion (TAAF) module".)
export const PART_AFTER = /^\s+(?:[a-z]+\s+)?(?:protocols?|standards?|guidelines)\b/;
// "inspired by Condorcet's Jury Theorem (CJT)": a result of theory is no system.
export const THEORY_LONG_FORM = /\b(?:Theorem|Law|Hypothesis|Paradox)\s*$/;
export const TASK_AFTER = /^\s*(?:refers\s+to|is)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:task|problem)\b/i;
// "Customer Relationship Management (CRM) tasks": a field of work, not a system.
export const DOMAIN_LONG_FORM =
  /\b(?:Management|Processing|Engineering|Analysis|Care|Services?|Commerce|Imaging|Diagnosis|Understanding)\s*$/;
// "Ultrasound (US) report generation": one plain word spelled out names a thing, not a system
// ("Chain of Reasoning (CoR)" is more than one).
export const SINGLE_WORD_LONG_FORM =
  /(?:^|[.;:]\s+|\b(?!(?:of|and|for|to|in|on|with|via)\s)[a-z][\w-]*\s+)[A-Z][a-z]+\s*$/;
export const SET_LONG_FORM =
  /\b(?:Dataset|Benchmark|Corpus|Database|Suite|Challenge|Eval|Problems|Questions)\s*$/;
export const INSTITUTION =
  /\b(?:University|Institute|Laborator(?:y|ies)|Lab|Center|Centre|Hospital|College|School|Department|Academy|Foundation)\b(?:\s+(?:of\s+)?[A-Z][\w-]*){0,4}\s*$/;
// "Fail-to-Pass (F2P) and Pass-to-Pass (P2P) tests" share the noun; "(CWE) categories": a scheme, no system.
export const DATA_NOUN_AFTER =
  /^\s+(?:and\s+[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3}\s+\([A-Z][\w-]*\)\s+)?(?:[a-z]+\s+)?(?:signals?|data|images?|imaging|scans?|recordings?|inputs?|sequences?|modalit(?:y|ies)|measurements?|volumes?|videos?|sensors?|tests|test cases|labels|categor(?:y|ies)|types|classes|formats|parameters)\b/;

// "reduces dimensionality based on Principal Components Analysis (PCA)": a phrase a preposition
// governs is a tool the method uses, not the system the paper names.
export const USED_TOOL = new RegExp(`${TOOL_LONG_FORM}$`);
// "characterizations, such as Scanning Electron Microscopy (SEM)": an example of a kind is others' work.
export const EXAMPLE_LEAD = /\b(?:such as|e\.g\.,?|including)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,5}$/;
