/**
 * A second production server for specs that need a database of their own (a generated one, or a copy
 * they may write to), on a port beside the main one; stopped with its process group.
 */
import { spawn, type ChildProcess } from "node:child_process";

export async function startPrivateServer(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const server = spawn("npx", ["tsx", "app/front-server.ts", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: "ignore",
    env: { ...process.env, ...env },
    detached: true,
  });
  const ready = () =>
    fetch(`http://127.0.0.1:${port}/api/benchmarks?per=1`).then(
      (r) => r.ok,
      () => false,
    );
  for (let i = 0; i < 240 && !(await ready()); i++) await new Promise((ok) => setTimeout(ok, 250));
  return server;
}

export function stopPrivateServer(server: ChildProcess | undefined): void {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
}
