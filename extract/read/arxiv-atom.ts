/** An arXiv API Atom feed: each `<entry>` parsed on its own, so one broken entry loses only itself. */
import { XMLParser } from "fast-xml-parser";
import { isProblem, toPaperInput, type PaperInput, type ReadProblem } from "./record";

// htmlEntities: numeric references ("&#x3C;") and HTML's named ones are decoded, not shown raw.
const parser = new XMLParser({
  ignoreAttributes: true,
  trimValues: true,
  parseTagValue: false,
  htmlEntities: true,
});
const ENTRY = /<entry\b[\s\S]*?<\/entry>/g;

export function readArxivAtom(text: string, file: string): { papers: PaperInput[]; problems: ReadProblem[] } {
  const papers: PaperInput[] = [];
  const problems: ReadProblem[] = [];
  // Line numbers are counted forward from the previous entry: one pass over the feed, not one per entry.
  let line = 1;
  let counted = 0;
  for (const m of text.matchAll(ENTRY)) {
    line += countNewlines(text, counted, m.index);
    counted = m.index;
    let entry: Record<string, unknown>;
    try {
      entry = (parser.parse(m[0]) as { entry?: Record<string, unknown> }).entry ?? {};
    } catch (error) {
      problems.push({ file, line, message: `entry is not well-formed XML (${(error as Error).message})` });
      continue;
    }
    const id = typeof entry.id === "string" ? entry.id : undefined;
    const arxivId = id ? /abs\/([^v\s]+)(?:v\d+)?$/.exec(id)?.[1] : undefined;
    const result = toPaperInput(
      {
        title: typeof entry.title === "string" ? entry.title.replace(/\s+/g, " ") : entry.title,
        abstract: typeof entry.summary === "string" ? entry.summary.replace(/\s+/g, " ") : entry.summary,
        arxiv_id: arxivId,
        url: id,
        published: typeof entry.published === "string" ? entry.published.slice(0, 10) : undefined,
        authors: authorsOf(entry.author),
      },
      file,
      line,
    );
    if (isProblem(result)) problems.push(result);
    else papers.push(result);
  }
  if (papers.length === 0 && problems.length === 0)
    problems.push({ file, line: 1, message: "no <entry> elements found in the Atom feed" });
  return { papers, problems };
}

/** `<author><name>…</name></author>`, once or many times: the parser gives an object or an array. */
function authorsOf(author: unknown): string[] | undefined {
  const list = Array.isArray(author) ? author : author === undefined ? [] : [author];
  const names = list.flatMap((a) => {
    const name = (a as { name?: unknown } | null)?.name;
    return typeof name === "string" && name.trim() ? [name.replace(/\s+/g, " ").trim()] : [];
  });
  return names.length ? names : undefined;
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0;
  for (let at = text.indexOf("\n", from); at >= 0 && at < to; at = text.indexOf("\n", at + 1)) n++;
  return n;
}
