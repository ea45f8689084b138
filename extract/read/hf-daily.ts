/** The Hugging Face daily-papers API JSON: an array of `{paper: {id, title, summary, publishedAt, authors}}`. */
import { z } from "zod";
import { isProblem, toPaperInput, type PaperInput, type ReadProblem } from "./record";

const HfItemSchema = z
  .object({
    paper: z
      .object({
        id: z.string().min(1),
        title: z.string(),
        summary: z.string(),
        publishedAt: z.string().nullish(),
        authors: z.array(z.object({ name: z.string() }).loose()).nullish(),
      })
      .loose(),
  })
  .loose();

export function readHfDaily(text: string, file: string): { papers: PaperInput[]; problems: ReadProblem[] } {
  let items: unknown;
  try {
    items = JSON.parse(text);
  } catch (error) {
    return {
      papers: [],
      problems: [{ file, line: 1, message: `not valid JSON (${(error as Error).message})` }],
    };
  }
  if (!Array.isArray(items))
    return {
      papers: [],
      problems: [{ file, line: 1, message: "expected a JSON array of {paper: ...} items" }],
    };
  const papers: PaperInput[] = [];
  const problems: ReadProblem[] = [];
  items.forEach((item, index) => {
    const parsed = HfItemSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.push({
        file,
        line: index + 1,
        message: `item ${index + 1}: ${issue?.path.join(".") || "item"}: ${issue?.message ?? "invalid"}`,
      });
      return;
    }
    const p = parsed.data.paper;
    const result = toPaperInput(
      {
        title: p.title,
        abstract: p.summary,
        arxiv_id: p.id,
        url: `https://arxiv.org/abs/${p.id}`,
        published: p.publishedAt?.slice(0, 10),
        authors: p.authors?.map((a) => a.name),
      },
      file,
      index + 1,
    );
    if (isProblem(result)) problems.push({ ...result, message: `item ${index + 1}: ${result.message}` });
    else papers.push(result);
  });
  return { papers, problems };
}
