"use client";
/**
 * "Report a problem" on a claim: a disclosure whose form (ReportForm.tsx) is fetched the first time
 * it is opened. Most readers never open it, so its code is not part of any page's first load.
 */
import { lazy, Suspense, useState } from "react";

const ReportForm = lazy(() => import("./ReportForm"));

export function ReportProblem({ claimId }: { claimId: number }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className="report" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary>Report a problem</summary>
      {opened && (
        <Suspense fallback={<span className="muted">loading…</span>}>
          <ReportForm claimId={claimId} />
        </Suspense>
      )}
    </details>
  );
}
