/** "solving 49 out of 658 problems from PutnamBench", "solves 6 of them": a count of solved problems. */
import { resolveBenchmark } from "../resolve-benchmark";
import { resolveModel } from "../resolve-model";
import { mentionIn, type Rule } from "./rule";

export const solvesCount: Rule = {
  name: "solves-count",
  requires: "olv",
  pattern: /\b(?:solv|resolv)(?:es|ed|ing|e)\s+(?=\d+\s+(?:out\s+)?of\s+(?:these\s+|the\s+|them\b|\d))/g,
  extract(match, sc) {
    const at = match.index + match[0].length;
    const mention = mentionIn(sc, at, at + 1);
    if (!mention) return null;
    const model = resolveModel(sc, match.index);
    if (!model) return null;
    const tail = /^\s*(?:out\s+)?of\s+[^,;.]*/.exec(sc.text.slice(mention.end))?.[0] ?? "";
    // "out of 658": the total is part of this claim, never a claim of its own.
    const total = sc.numbers.find((n) => n.start > mention.end && n.start < mention.end + tail.length);
    const consumed = total
      ? [
          {
            model: model.name,
            self: model.self,
            benchmark: null,
            metric: null,
            mention: total,
            kind: "score" as const,
            focusStart: total.start,
            focusEnd: total.end,
            silent: true,
          },
        ]
      : [];
    return [
      ...consumed,
      {
        model: model.name,
        self: model.self,
        benchmark: resolveBenchmark(sc, mention.start, mention.end, mention.end + tail.length + 40),
        metric: "problems solved",
        mention: { ...mention, unit: "problems" },
        kind: "score",
        focusStart: match.index,
        focusEnd: mention.end + tail.length,
      },
    ];
  },
};
