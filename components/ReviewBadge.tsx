/**
 * What curation said of a claim, beside its value: verified, corrected (the extracted values on
 * hover), rejected (with the reason), or reported by a reader and not yet reviewed.
 */
import type { ClaimView } from "@/db/queries/claim-rows";
import { formatValue } from "./format";

type Reviewed = Pick<ClaimView, "reviewStatus" | "reviewReason" | "extracted">;

export function extractedSummary(e: NonNullable<ClaimView["extracted"]>): string {
  const on = e.benchmark ? ` on ${e.benchmark}` : "";
  return `extracted: ${e.model} ${formatValue(e.value, e.unit)} ${e.metric ?? ""}${on}${e.setting ? ` (${e.setting})` : ""}`;
}

export function ReviewBadge({ claim }: { claim: Reviewed }) {
  switch (claim.reviewStatus) {
    case "verified":
      return (
        <span className="badge verified" title="checked by a curator">
          ✓ verified
        </span>
      );
    case "corrected":
      return (
        <span
          className="badge corrected"
          title={claim.extracted ? extractedSummary(claim.extracted) : undefined}
        >
          corrected
        </span>
      );
    case "rejected":
      return (
        <span className="badge rejected">rejected{claim.reviewReason ? `: ${claim.reviewReason}` : ""}</span>
      );
    case "reported":
      return (
        <span className="badge reported" title="a reader reported a problem; awaiting review">
          reported
        </span>
      );
    default:
      return null;
  }
}
