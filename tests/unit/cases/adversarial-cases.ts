/** Pieces that adversarial abstracts are built from: the tokens rules react to, and junk. */
export const TRICKY_TOKENS: readonly string[] = [
  "%", "\\%", "x", "×", "times", "from", "to", "vs.", "by", "over", "up to", "nearly", "(", ")", ":", ";", ",", ".", "/", "+", "-", "**",
  "GPT-4.1", "DeepSeek-V3", "RT-DETR-R50 / R101", "1,000", "53.1%", "2.5x", "0.6", "2024", "8/128", "No. 1", "e.g.,", "i.e.,",
  "achieves", "outperforms", "respectively", "on COCO", "AP", "accuracy of", "solving 49 out of 658 problems", "$\\infty$", "\\textbf{",
  "我们", "😀", "\u0000", "\u202e", "\t", "\n", "   ",
];

/** Inputs that once hurt regex engines: long runs of what a pattern repeats over. */
export const PATHOLOGICAL_INPUTS: readonly { name: string; text: string }[] = [
  { name: "100 KB of digits", text: "9".repeat(100_000) },
  { name: "100 KB of digits and dots", text: "1.".repeat(50_000) },
  { name: "100 KB of numbers with percent signs", text: "12.5% ".repeat(16_000) },
  { name: "a name 50 KB long", text: `Model${"-X".repeat(25_000)} achieves 50% on COCO.` },
  { name: "100 KB of capitalised words", text: "Alpha ".repeat(17_000) },
  { name: "100 KB of symbols", text: "(%/x:+,".repeat(15_000) },
  { name: "100 KB without spaces", text: "a1B2c3%".repeat(15_000) },
  { name: "many from-to pairs", text: "from 1% to 2% ".repeat(7_000) },
  { name: "many list separators", text: "1%, 2%, and 3% / ".repeat(6_000) },
];
