"use client";
/**
 * The form behind "Report a problem": what is wrong and an optional note, sent to /api/flags. No
 * account; the hidden field is left empty by people and filled by simple bots. Loaded only when a
 * reader opens it (ReportProblem.tsx), so it costs no first-load JavaScript.
 */
import { useState } from "react";

const REASONS = [
  ["value", "value"],
  ["model", "model"],
  ["benchmark", "benchmark"],
  ["metric", "metric"],
  ["setting", "setting"],
  ["not-a-result", "not a result"],
] as const;

export default function ReportForm({ claimId }: { claimId: number }) {
  const [state, setState] = useState<{ done: boolean; message: string } | null>(null);
  if (state?.done)
    return (
      <span className="report-done" role="status">
        {state.message}
      </span>
    );
  async function send(form: HTMLFormElement) {
    const data = new FormData(form);
    const response = await fetch("/api/flags", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        claim: claimId,
        reason: data.get("reason"),
        note: data.get("note") ?? "",
        website: data.get("website") || undefined,
      }),
    });
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    setState(
      response.ok
        ? { done: true, message: "Thanks: reported for review." }
        : { done: false, message: body.error ?? `could not report (${response.status})` },
    );
  }
  return (
    <>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void send(event.currentTarget);
        }}
      >
        <label>
          What is wrong{" "}
          <select name="reason" defaultValue="value">
            {REASONS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Note (optional) <textarea name="note" maxLength={500} rows={2} />
        </label>
        <input
          className="honeypot"
          type="text"
          name="website"
          tabIndex={-1}
          autoComplete="off"
          aria-hidden="true"
        />
        <button type="submit">Send report</button>
        {state && !state.done && (
          <span className="report-error" role="alert">
            {state.message}
          </span>
        )}
      </form>
    </>
  );
}
