/**
 * Turns an abstract as scraped (LaTeX escapes, markdown emphasis, "21.59times" left behind by a
 * lost `\times`) into the display text we store. Extraction offsets are taken against this text,
 * so what the UI shows and what a claim's evidence slices are the same string.
 */

interface Replacement {
  pattern: RegExp;
  replace: string | ((match: string, ...groups: string[]) => string);
}

// Order matters: commands with arguments are unwrapped before bare escapes are mapped.
const REPLACEMENTS: readonly Replacement[] = [
  // "Gemini-2.5-Flash~\cite{comanici2025gemini} model": a citation key is no word of the text.
  { pattern: /~?\\(?:cite[a-z]*|ref|eqref|autoref|cref|Cref)\{[^{}]*\}/g, replace: "" },
  // "R\\textsuperscript{2}-Bench" is the name R2-Bench, not a value 2.
  {
    pattern:
      /\\?\b(?:textbf|textit|textsc|textsf|textrm|emph|texttt|mathrm|mathbf|mathit|mathcal|mathbb|mathsf|boldsymbol|operatorname|mbox|textsuperscript|textsubscript|text)\{([^{}]*)\}/g,
    replace: "$1",
  },
  // "{\em i.e.}", "{\bf 12.3}": an old-style font switch inside braces keeps only its text.
  { pattern: /\{\\(?:em|it|bf|sl|sc|rm|tt|sf)\s+([^{}]*)\}/g, replace: "$1" },
  // An unclosed command (seen in scraped abstracts) is dropped rather than shown raw.
  { pattern: /\\(?:textbf|textit|emph|texttt)\{/g, replace: "" },
  // "AP$_{50}^{novel}$": math made only of sub- and superscripts loses its dollars first.
  { pattern: /\$((?:[_^](?:\{[^{}$]*\}|\w+))+)\$/g, replace: "$1" },
  // "AP_{50:95}" is the metric AP50:95; other subscripts keep their mark ("x_{t}" -> "x_t").
  { pattern: /(?<=[A-Za-z])_\{([\d.:]+)\}/g, replace: "$1" },
  { pattern: /_\{([^{}]*)\}/g, replace: "_$1" },
  { pattern: /\^\{([^{}]*)\}/g, replace: "^$1" },
  { pattern: /\$\\infty\$|\\infty\b/g, replace: "∞" },
  // "$\pi_{0.5}$" is the policy π0.5 (its subscript was joined above).
  { pattern: /\\pi(?![A-Za-z])/g, replace: "π" },
  // "$\times4$": the scale factor may follow the command with no space.
  { pattern: /\\times(?![A-Za-z])|(?<=\d)times\b/g, replace: "×" },
  // "sim2real", "sim2sim": a word with a digit inside is no "\sim" that lost its backslash.
  { pattern: /\\sim(?![A-Za-z])|(?<![A-Za-z])sim(?=\d+(?:\.\d+)?[KMBk%×]?(?![A-Za-z]))/g, replace: "~" },
  { pattern: /\\approx(?![A-Za-z])/g, replace: "≈" },
  // "by 12~20%", "12$\sim$20%", "1.3x ~ 1.7x": a tilde between two numbers joins a range's ends, as a dash does.
  { pattern: /(?<=\d(?:\\?%|x|×)?)(?: ?~ ?| ?\$~\$ ?)(?=\d)/g, replace: "-" },
  // "$96\\%\\rightarrow96\\%$": a command ends where its letters do, digits may follow it.
  { pattern: /\$?\\(?:to|rightarrow|longrightarrow)(?![A-Za-z])\$?/g, replace: "→" },
  // "F1=47.7=>78.7", "12.1 -> 15.3": an ASCII arrow between numbers is the arrow.
  { pattern: /(?<=\d%?\s?)(?:=>|->)(?=\s?\d)/g, replace: "→" },
  { pattern: /\\(?:geq|ge)(?![A-Za-z])/g, replace: "≥" },
  { pattern: /\\(?:leq|le)(?![A-Za-z])/g, replace: "≤" },
  { pattern: /\\pm(?![A-Za-z])/g, replace: "±" },
  // "34.5% (+/- 1.8%)": the ASCII plus-minus is the sign of a spread.
  { pattern: /\+\s?\/\s?[-−](?=\s?\d)/g, replace: "±" },
  { pattern: /\\uparrow(?![A-Za-z])/g, replace: "↑" },
  { pattern: /\\downarrow(?![A-Za-z])/g, replace: "↓" },
  { pattern: /\\eg\b/g, replace: "e.g." },
  { pattern: /\\ie\b/g, replace: "i.e." },
  { pattern: /\\etal\b/g, replace: "et al." },
  { pattern: /\^?\\?circledR/g, replace: "®" },
  // "31\\%": an escape escaped twice by an export is still one.
  { pattern: /\\+([%&_#$])/g, replace: "$1" },
  { pattern: /\$([^$\n]{1,40})\$/g, replace: "$1" },
  // Inline math written \( ... \): the delimiters go, as $ ... $'s do.
  { pattern: /\\[()]/g, replace: "" },
  { pattern: /\*\*([^*\n]{0,200}?)\*\*/g, replace: "$1" },
  // "32.81~dB", "3\\,dB", "LLaMA~2": LaTeX's unbreakable and thin spaces are spaces; between digit
  // groups ("10\\,000") a thin space groups thousands.
  { pattern: /(?<=\d)\\,(?=\d{3}(?!\d))/g, replace: "," },
  { pattern: /(?<=\d)~(?=[A-Za-z%±])|(?<=[A-Za-z±])~(?=\d)|\\[,;: ]/g, replace: " " },
  { pattern: /[ \t\u00a0]+/g, replace: " " },
  // "49.4AP", "51.3mAP", "80.1%mIoU": a detection or segmentation metric glued to its value is
  // spaced as prose spaces it, so the value reads as a number and the acronym as its metric.
  { pattern: /(?<=\d%?)(?=(?:m?AP(?:50|75|_?[SMLsml])?|mIoU|PQ|NDS|mAR)(?![A-Za-z0-9]))/g, replace: " " },
];

/** Cleans one field (title or abstract); never throws, and is idempotent on its own output. */
export function normaliseText(raw: string): string {
  let text = raw;
  for (const { pattern, replace } of REPLACEMENTS) {
    text = text.replace(pattern, replace as string);
  }
  return text.trim();
}
