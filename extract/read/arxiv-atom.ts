/** An arXiv API Atom feed: each `<entry>` parsed on its own, so one broken entry loses only itself. */
import { XMLParser } from "fast-xml-parser";
import { isProblem, toPaperInput, type PaperInput, type ReadProblem } from "./record";

const parser = new XMLParser({ ignoreAttributes: true, trimValues: true, parseTagValue: false });
const ENTRY = /<entry\b[\s\S]*?<\/entry>/g;

export function readArxivAtom(text: string, file: string): { papers: PaperInput[]; problems: ReadProblem[] } {
  const papers: PaperInput[] = [];
  const problems: ReadProblem[] = [];
  for (const m of text.matchAll(ENTRY)) {
    const line = text.slice(0, m.index).split("\n").length;
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
      },
      file,
      line,
    );
    if (isProblem(result)) problems.push(result);
    else papers.push(result);
  }
  if (papers.length === 0 && problems.length === 0) problems.push({ file, line: 1, message: "no <entry> elements found in the Atom feed" });
  return { papers, problems };
}
