import type { Metadata } from "next";
import { pageMetadata } from "@/app/page-metadata";
import Link from "next/link";
import { ReportProblem } from "@/components/ReportProblem";
import { ReviewBadge } from "@/components/ReviewBadge";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getPaperPage } from "@/db/queries/papers";
import { cachedQuery } from "@/db/server";
import { wholeNumber } from "@/db/views/url-params";
import { Abstract } from "@/components/Abstract";
import { DownloadCsv } from "@/components/DownloadCsv";
import { claimInWords, listingInWords } from "@/components/claim-words";
import { formatDate, formatValue } from "@/components/format";
import { benchmarkHref, modelHref } from "@/components/routes";

type Props = { params: Promise<{ id: string }> };

const PaperId = wholeNumber("id").pipe(z.number().positive());

async function load(params: Props["params"]) {
  const id = PaperId.safeParse((await params).id);
  return id.success ? cachedQuery("paper", getPaperPage, id.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const paper = await load(params);
  if (!paper) return { title: "Paper not found" };
  return pageMetadata(paper.title, { description: paper.abstract.slice(0, 200) });
}

export default async function PaperPage({ params }: Props) {
  const paper = await load(params);
  if (!paper) notFound();
  return (
    <article className="paper">
      <nav className="crumbs" aria-label="Breadcrumb">
        <Link href="/claims">All claims</Link> / <span>Paper</span>
      </nav>
      <h1>{paper.title}</h1>
      {paper.authors.length > 0 && (
        <p className="authors" data-testid="authors">
          {paper.authors.length > 12
            ? `${paper.authors.slice(0, 10).join(", ")} and ${paper.authors.length - 10} more`
            : paper.authors.join(", ")}
        </p>
      )}
      <p className="muted">
        First version: <time>{formatDate(paper.published)}</time>
        {paper.arxivId && (
          <>
            {" · "}
            <a
              href={`https://arxiv.org/abs/${paper.arxivId}`}
              rel="noopener noreferrer"
              data-testid="arxiv-link"
            >
              arXiv {paper.arxivId}
            </a>
            {" · "}
            <a href={`https://huggingface.co/papers/${paper.arxivId}`} rel="noopener noreferrer">
              Hugging Face paper page
            </a>
          </>
        )}
        {!paper.arxivId && paper.url && (
          <>
            {" · "}
            <a href={paper.url} rel="noopener noreferrer">
              Source
            </a>
          </>
        )}
      </p>
      <h2>Abstract</h2>
      <Abstract text={paper.abstract} claims={paper.claims} />
      <div className="toolbar">
        <h2>{paper.claims.length} claims</h2>
        <DownloadCsv view="paper" params={{ id: String(paper.id) }} />
      </div>
      <ol className="claim-list">
        {paper.claims.map((c) => (
          <li
            key={c.ordinal}
            id={`claim-${c.ordinal}-detail`}
            className={c.reviewStatus === "rejected" ? "rejected" : undefined}
          >
            <a href={`#claim-${c.ordinal}`}>#{c.ordinal}</a>{" "}
            <Link href={modelHref(c.modelSlug)}>{c.modelName}</Link>{" "}
            <strong>{formatValue(c.value, c.unit)}</strong> {c.metric ?? ""}
            {c.benchmarkSlug && (
              <>
                {" on "}
                <Link href={benchmarkHref(c.benchmarkSlug)}>{c.benchmarkName}</Link>
              </>
            )}{" "}
            {c.listed ? (
              <span className="badge listed">listed</span>
            ) : (
              <span className="badge unlisted">unlisted</span>
            )}{" "}
            <ReviewBadge claim={c} /> <ReportProblem claimId={c.id} />
            <p className="claim-words" data-testid="claim-words">
              {claimInWords(c)} {listingInWords(c)}
            </p>
            <details className="claim-details">
              <summary>How it was read</summary>
              <span data-testid="claim-rule">
                Kind {c.kind}
                {c.setting ? `, setting ${c.setting}` : ""}, rule {c.rule}, confidence{" "}
                {c.confidence.toFixed(2)}.
              </span>
            </details>
            <blockquote>{c.evidence}</blockquote>
          </li>
        ))}
      </ol>
    </article>
  );
}
