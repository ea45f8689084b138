import type { Metadata } from "next";
import { pageMetadata } from "@/app/page-metadata";
import { getEvalFigures } from "@/db/queries/eval-figures";
import { cachedQuery } from "@/db/server";

export const metadata: Metadata = pageMetadata("How claims are extracted");

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

export default async function AboutPage() {
  const stored = await cachedQuery("eval-figures", getEvalFigures);
  const figures = stored.length > 0 ? stored : null;
  return (
    <article className="prose">
      <h1>How claims are extracted</h1>
      <p>
        Claimboard reads paper abstracts and keeps every numeric result claim: a model (or method), the
        benchmark it was measured on, the metric, the value and its unit. Each claim is one of four kinds: a{" "}
        <em>score</em> (an absolute figure), a <em>delta</em> (an improvement over something), a{" "}
        <em>speedup</em> (a ratio such as 2.5×) or a <em>bound</em> (“over 90%”). Leaderboards rank scores
        only; the other kinds are on the All claims page.
      </p>
      <p>
        The extractor is a set of hand-written rules, not a language model: each rule recognises one way
        abstracts state results (“X achieves N% on B”, “from A to B”, “A / B achieves x / y”, “outperforms Y
        by N points”…). Sizes, parameter counts, dates, GPU counts and dataset sizes are never claims. Every
        claim keeps the rule that found it and the exact sentence it came from, so each number on the site
        links back to its evidence.
      </p>
      <h2>How good is it?</h2>
      {figures ? (
        <table className="claims" data-testid="eval-figures">
          <caption>
            Precision / recall against hand-checked claims, per gold set (strict: the metric with its numbers,
            no invented benchmark, the same source)
          </caption>
          <thead>
            <tr>
              <th scope="col">Gold set</th>
              <th scope="col" className="num">
                Scores
              </th>
              <th scope="col" className="num">
                Scores, strict
              </th>
              <th scope="col" className="num">
                Listed scores, strict
              </th>
              <th scope="col" className="num">
                All kinds
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr key={f.name}>
                <th scope="row">{f.name}</th>
                {[f.scoreLenient, f.scoreStrict, f.listedStrict, f.allLenient].map((x, i) => (
                  <td key={i} className="num">
                    {pct(x.precision)} / {pct(x.recall)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>The evaluation figures are not available on this server.</p>
      )}
      <h2>Which claims reach a leaderboard</h2>
      <p>
        Every claim gets a confidence between 0 and 1: it starts at 1 and loses a fixed amount for each part
        that was inferred rather than written beside the number (the model named in another sentence, the
        benchmark named earlier, the metric taken from elsewhere in the sentence or from the benchmark&apos;s
        usual metric, a generic description instead of a model name). A claim is <em>listed</em>, and shown on
        leaderboards, the home page, compare and the charts, when it is a score or bound with a named
        benchmark and a metric, its model is not a benchmark or a metric, it is not an efficiency figure
        (sparsity, cost, memory), and its confidence is at least 0.6. Unlisted claims stay on the All claims
        and paper pages, marked. The <em>setting</em> (top-5, pass@8, best of N, n-shot, quantized, pruned,
        extra pre-training data, a split, a resolution, tool use) is part of a claim: leaderboards rank one
        setting at a time.
      </p>
      <p>
        Precision is the share of extracted claims that are right; recall the share of real claims that were
        found. A wrong number is worse than a missing one, so the rules favour precision.
      </p>
    </article>
  );
}
