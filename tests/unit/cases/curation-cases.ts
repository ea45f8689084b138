/** Papers for the curation tests: three models on one leaderboard (COCO AP) and one claim elsewhere. */
export const CURATION_PAPERS: readonly { title: string; abstract: string }[] = [
  {
    title: "Hawk: Fast Detection",
    abstract: "Hawk-L reaches 51.2% AP on COCO. The smaller Hawk-S reaches 44.1% AP on COCO.",
  },
  {
    title: "Owl: Detection at Night",
    abstract: "Owl-B achieves 48.7% AP on COCO. On ExDark, Owl-B obtains 31.0% AP.",
  },
];
