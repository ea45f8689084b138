"use client";
/**
 * The review queue, keyboard driven: j/k move, a accepts (verified), r rejects (with a reason),
 * e opens the correction form. Each decision is a POST to /api/review/claims/[id]; the page then
 * refreshes from the server.
 */
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import type { QueueItem } from "@/db/queries/review-queue";
import { formatValue } from "./format";
import { ReviewBadge } from "./ReviewBadge";

type Mode = "idle" | "reject" | "correct";
const TYPING = new Set(["INPUT", "TEXTAREA", "SELECT"]);

export function ReviewQueue({ items }: { items: QueueItem[] }) {
  const router = useRouter();
  const [chosen, setSelected] = useState(0);
  const [mode, setMode] = useState<Mode>("idle");
  const [error, setError] = useState<string | null>(null);
  // A decision removes its row on refresh: a choice past the shorter list falls back to its last row.
  const selected = Math.min(chosen, Math.max(items.length - 1, 0));
  const current = items[selected];

  const decide = useCallback(
    async (claimId: number, body: object) => {
      const response = await fetch(`/api/review/claims/${claimId}`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      const result = (await response.json().catch(() => ({}))) as { error?: string };
      if (!response.ok) return setError(result.error ?? `failed (${response.status})`);
      setError(null);
      setMode("idle");
      router.refresh();
    },
    [router],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (TYPING.has((event.target as HTMLElement).tagName) || event.metaKey || event.ctrlKey) return;
      if (event.key === "j") setSelected((i) => Math.min(i + 1, items.length - 1));
      else if (event.key === "k") setSelected((i) => Math.max(i - 1, 0));
      else if (event.key === "a" && current?.claim) void decide(current.claim.id, { action: "verify" });
      else if (event.key === "r" && current?.claim) setMode("reject");
      else if (event.key === "e" && current?.claim) setMode("correct");
      else return;
      event.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    // Said on the list, so a test (or a user's script) knows the keys work before pressing them.
    document.documentElement.dataset.reviewKeys = "ready";
    return () => window.removeEventListener("keydown", onKey);
  }, [items.length, current, decide]);

  if (items.length === 0) return <p className="empty">Nothing to review.</p>;
  return (
    <ol className="review-list">
      {items.map((item, i) => (
        <li
          key={item.claim ? `c${item.claim.id}` : `o${item.orphan?.paperKey}:${item.orphan?.valueStart}`}
          className={`review-item${i === selected ? " selected" : ""}`}
          data-testid="review-item"
          aria-current={i === selected || undefined}
          onClick={() => setSelected(i)}
        >
          <span className="badge">{item.reason}</span> <Item item={item} />
          {i === selected && item.claim && (
            <Actions
              claimId={item.claim.id}
              mode={mode}
              setMode={setMode}
              decide={decide}
              claim={item.claim}
            />
          )}
          {i === selected && error && (
            <p className="report-error" role="alert">
              {error}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

function Item({ item }: { item: QueueItem }) {
  if (!item.claim && item.orphan)
    return (
      <span>
        An orphaned <strong>{item.orphan.action}</strong> review by {item.orphan.curator}: value{" "}
        {item.orphan.value} at offset {item.orphan.valueStart} of “{item.orphan.paperKey}”, which the current
        rules no longer extract. It is kept, and re-attaches if the claim comes back.
      </span>
    );
  const c = item.claim!;
  const [from, to] = c.valueInEvidence;
  return (
    <>
      <strong>{c.modelName}</strong> {formatValue(c.value, c.unit)} {c.metric ?? "(no metric)"} on{" "}
      {c.benchmarkName ?? "(no benchmark)"}
      {c.setting && <span className="muted"> ({c.setting})</span>} <ReviewBadge claim={c} />{" "}
      <span className="muted">confidence {c.confidence.toFixed(2)}</span>
      <blockquote>
        {c.evidence.slice(0, from)}
        <mark>{c.evidence.slice(from, to)}</mark>
        {c.evidence.slice(to)}
      </blockquote>
      {item.flags.map((f, i) => (
        <p key={i} className="muted">
          Reported ({f.reason}){f.note && <>: {f.note}</>}
        </p>
      ))}
    </>
  );
}

interface ActionsProps {
  claimId: number;
  claim: NonNullable<QueueItem["claim"]>;
  mode: Mode;
  setMode: (m: Mode) => void;
  decide: (claimId: number, body: object) => Promise<void>;
}

function Actions({ claimId, claim, mode, setMode, decide }: ActionsProps) {
  if (mode === "reject")
    return (
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void decide(claimId, { action: "reject", reason: new FormData(e.currentTarget).get("reason") });
        }}
      >
        <label>
          Reason <input name="reason" required maxLength={300} defaultValue="not a result" autoFocus />
        </label>
        <button type="submit">Reject</button>
        <button type="button" onClick={() => setMode("idle")}>
          Cancel
        </button>
      </form>
    );
  if (mode === "correct")
    return <CorrectForm claimId={claimId} claim={claim} decide={decide} setMode={setMode} />;
  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <button type="button" onClick={() => void decide(claimId, { action: "verify" })}>
        Accept (a)
      </button>
      <button type="button" onClick={() => setMode("reject")}>
        Reject (r)
      </button>
      <button type="button" onClick={() => setMode("correct")}>
        Correct (e)
      </button>
    </form>
  );
}

const TEXT_FIELDS = ["model", "benchmark", "metric", "setting", "unit"] as const;

function CorrectForm({ claimId, claim, decide, setMode }: Omit<ActionsProps, "mode">) {
  const initial: Record<(typeof TEXT_FIELDS)[number], string> = {
    model: claim.modelRaw,
    benchmark: claim.benchmarkName ?? "",
    metric: claim.metric ?? "",
    setting: claim.setting ?? "",
    unit: claim.unit,
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const fields: Record<string, unknown> = {};
        for (const name of TEXT_FIELDS) {
          const value = String(data.get(name) ?? "");
          if (value === initial[name]) continue;
          fields[name] = value === "" && name !== "unit" && name !== "model" ? null : value;
        }
        const value = Number(data.get("value"));
        if (value !== claim.value) fields.value = value;
        if (data.get("kind") !== claim.kind) fields.kind = data.get("kind");
        if ((data.get("self") === "on") !== claim.selfReported)
          fields.self_reported = data.get("self") === "on";
        void decide(claimId, { action: "correct", fields });
      }}
    >
      {TEXT_FIELDS.map((name) => (
        <label key={name}>
          {name} <input name={name} defaultValue={initial[name]} autoFocus={name === "model"} />
        </label>
      ))}
      <label>
        value <input name="value" type="number" step="any" required defaultValue={claim.value} />
      </label>
      <label>
        kind{" "}
        <select name="kind" defaultValue={claim.kind}>
          {["score", "delta", "speedup", "bound"].map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </label>
      <label>
        self-reported <input name="self" type="checkbox" defaultChecked={claim.selfReported} />
      </label>
      <button type="submit">Save correction</button>
      <button type="button" onClick={() => setMode("idle")}>
        Cancel
      </button>
    </form>
  );
}
