/**
 * Progress on stderr: a bar redrawn in place on a terminal, plain lines otherwise (logs, CI), so a
 * cron job's mail holds a readable record rather than carriage returns.
 */
export function progressReporter(
  out: { isTTY?: boolean; write: (s: string) => unknown },
  width = 24,
): (done: number, total: number, label: string) => void {
  return (done, total, label) => {
    const share = total === 0 ? 1 : Math.min(1, done / total);
    if (!out.isTTY) {
      if (done < total) out.write(`fetching ${done + 1} of ${total}: ${label}\n`);
      return;
    }
    const filled = Math.round(share * width);
    const bar = `${"#".repeat(filled)}${"-".repeat(width - filled)}`;
    out.write(`\r[${bar}] ${done}/${total} ${label.slice(0, 40).padEnd(40)}${done >= total ? "\n" : ""}`);
  };
}
