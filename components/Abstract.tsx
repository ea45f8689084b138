/** A paper's abstract with each claim's value marked in place; #claim-N targets and highlights one. */
import type { PaperClaim } from "@/db/queries/papers";

export function Abstract({ text, claims }: { text: string; claims: PaperClaim[] }) {
  const marks = [...claims]
    .filter((c) => c.valueStart >= 0 && c.valueEnd <= text.length)
    .sort((a, b) => a.valueStart - b.valueStart);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const c of marks) {
    if (c.valueStart < at) continue;
    parts.push(text.slice(at, c.valueStart));
    parts.push(
      <a
        key={c.ordinal}
        id={`claim-${c.ordinal}`}
        href={`#claim-${c.ordinal}`}
        className={`claim-mark kind-${c.kind}`}
        title={`${c.modelName} · ${c.benchmarkName ?? "no benchmark"} · ${c.kind}: ${c.evidence}`}
        data-testid="claim-mark"
      >
        {text.slice(c.valueStart, c.valueEnd)}
        <sup>{c.ordinal}</sup>
      </a>,
    );
    at = c.valueEnd;
  }
  parts.push(text.slice(at));
  return <p className="abstract">{parts}</p>;
}
