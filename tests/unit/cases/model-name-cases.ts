/** What a model's name tells: its family (from the family table) and its size when written in it. */
export const MODEL_NAME_CASES: readonly { name: string; family: string | null; parameters: number | null }[] =
  [
    { name: "Qwen2.5-32B", family: "Qwen2.5", parameters: 32 },
    { name: "Llama-2-7B", family: "Llama", parameters: 7 },
    { name: "Phi-3-mini 3.8B", family: "Phi", parameters: 3.8 },
    { name: "BERT-large 340M", family: "BERT", parameters: 0.34 },
    { name: "Qwen2.5-1M", family: "Qwen2.5", parameters: null },
    { name: "DeepSeek-V3", family: "DeepSeek", parameters: null },
    { name: "RT-DETR-R50", family: "RT-DETR", parameters: null },
    { name: "YOLOv6-N", family: "YOLO", parameters: null },
    { name: "COCO", family: null, parameters: null },
  ];

/** The shorter names a model's name continues (db/queries/variants.ts): its possible bases, longest first. */
export const NAME_PREFIX_CASES: readonly { name: string; prefixes: string[] }[] = [
  {
    name: "DeepSeek-R1-Distill-Qwen-7B",
    prefixes: ["DeepSeek-R1-Distill-Qwen", "DeepSeek-R1-Distill", "DeepSeek-R1", "DeepSeek"],
  },
  { name: "Llama-2-7B quantized", prefixes: ["Llama-2-7B", "Llama-2", "Llama"] },
  { name: "RT-DETR-R101 (Objects365)", prefixes: ["RT-DETR-R101", "RT-DETR"] },
  { name: "GPT-4", prefixes: ["GPT"] },
  { name: "o1", prefixes: [] },
];
