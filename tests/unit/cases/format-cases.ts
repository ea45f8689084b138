/** How a value is written beside its unit on every page, feed and card. */
export const FORMAT_VALUE_CASES: readonly { value: number; unit: string; text: string }[] = [
  { value: 53.1, unit: "%", text: "53.1%" },
  { value: 2.4, unit: "x", text: "2.4×" },
  { value: 81.259, unit: "", text: "81.259" },
  { value: 4039, unit: "tokens/s", text: "4,039 tokens/s" },
  { value: 32.8, unit: "dB", text: "32.8 dB" },
  // A price reads as prices do, its sign first.
  { value: 0.52, unit: "$", text: "$0.52" },
  { value: 0.12345, unit: "$", text: "$0.1235" },
];
