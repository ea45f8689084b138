/**
 * Raw responses kept under data/raw/<source>/<date>/: a run can be replayed offline with `ingest`,
 * and an interrupted run resumes from what it already holds. Written to a temporary name and renamed,
 * so a crash never leaves half a page that a later run would trust.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export const DEFAULT_ARCHIVE_DIR = "data/raw";

export class Archive {
  constructor(readonly root: string) {}

  pathOf(relative: string): string {
    return join(this.root, relative);
  }

  read(relative: string): string | null {
    const file = this.pathOf(relative);
    return existsSync(file) ? readFileSync(file, "utf8") : null;
  }

  /** When the page was archived, or null when it is not. */
  writtenAt(relative: string): Date | null {
    const file = this.pathOf(relative);
    return existsSync(file) ? statSync(file).mtime : null;
  }

  write(relative: string, body: string): string {
    const file = this.pathOf(relative);
    mkdirSync(dirname(file), { recursive: true });
    const partial = `${file}.partial-${process.pid}`;
    writeFileSync(partial, body);
    renameSync(partial, file);
    return file;
  }
}
