import type { Metadata } from "next";
import { evalFigures } from "../../db/queries/eval-figures";

export const metadata: Metadata = { title: "How claims are extracted" };

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

export default function AboutPage() {
  const figures = evalFigures();
  return (
    <article className="prose">
      <h1>How claims are extracted</h1>
      <p>
        Claimboard reads paper abstracts and keeps every numeric result claim: a model (or method), the benchmark it was measured on, the metric, the value and its unit. Each claim is one of four kinds: a <em>score</em> (an absolute
        figure), a <em>delta</em> (an improvement over something), a <em>speedup</em> (a ratio such as 2.5×) or a <em>bound</em> (“over 90%”). Leaderboards rank scores only; the other kinds are on the All claims page.
      </p>
      <p>
        The extractor is a set of hand-written rules, not a language model: each rule recognises one way abstracts state results (“X achieves N% on B”, “from A to B”, “A / B achieves x / y”, “outperforms Y by N points”…). Sizes, parameter counts, dates, GPU counts and dataset sizes are never claims. Every claim keeps the rule that found it and the exact sentence it came from, so each number on the site links back to its evidence.
      </p>
      <h2>How good is it?</h2>
      {figures ? (
        <table className="claims" data-testid="eval-figures">
          <caption>Against hand-checked claims for {figures.all.gold} results in the founding corpus</caption>
          <thead>
            <tr>
              <th scope="col">Claims</th>
              <th scope="col" className="num">Precision</th>
              <th scope="col" className="num">Recall</th>
              <th scope="col" className="num">F1</th>
            </tr>
          </thead>
          <tbody>
            {(
              [
                ["Scores", figures.score],
                ["All kinds", figures.all],
              ] as const
            ).map(([label, f]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="num">{pct(f.precision)}</td>
                <td className="num">{pct(f.recall)}</td>
                <td className="num">{pct(f.f1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>The evaluation figures are not available on this server.</p>
      )}
      <p>Precision is the share of extracted claims that are right; recall the share of real claims that were found. A wrong number is worse than a missing one, so the rules favour precision.</p>
    </article>
  );
}
