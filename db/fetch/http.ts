/**
 * One GET with retries: exponential backoff with full jitter on 429, 5xx, timeouts and broken
 * connections, never sooner than the server's Retry-After, and never past the run's deadline.
 * Everything that waits goes through `sleep`, so tests can watch the waits without sitting them out.
 */

export interface RequestPolicy {
  userAgent: string;
  timeoutMs: number;
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Epoch milliseconds after which no request starts and no wait is begun. */
  deadline: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  onRetry?: (why: string, waitMs: number) => void;
  /** The least wait before a retry too (arXiv's interval holds for every request). */
  minWaitMs?: number;
}

export type FetchOutcome = { ok: true; body: string } | { ok: false; error: string };

const RETRYABLE = (status: number) => status === 429 || status >= 500;

export async function getWithRetry(url: string, policy: RequestPolicy): Promise<FetchOutcome> {
  let lastError = "no attempt made";
  for (let attempt = 0; attempt <= policy.retries; attempt++) {
    if (Date.now() >= policy.deadline) return { ok: false, error: `${lastError}; run time limit reached` };
    const tried = await attempt1(url, policy);
    if (tried.ok) return tried;
    lastError = tried.error;
    if (!tried.retry || attempt === policy.retries) break;
    const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt) * policy.random();
    const wait = Math.max(backoff, tried.retryAfterMs ?? 0, policy.minWaitMs ?? 0);
    if (Date.now() + wait >= policy.deadline)
      return {
        ok: false,
        error: `${lastError}; waiting ${Math.ceil(wait / 1000)} s would pass the run time limit`,
      };
    policy.onRetry?.(lastError, wait);
    await policy.sleep(wait);
  }
  return { ok: false, error: lastError };
}

type Attempt =
  { ok: true; body: string } | { ok: false; error: string; retry: boolean; retryAfterMs?: number };

async function attempt1(url: string, policy: RequestPolicy): Promise<Attempt> {
  try {
    // The timeout covers the whole exchange, body included: a server that trickles bytes is a timeout too.
    const signal = AbortSignal.timeout(policy.timeoutMs);
    const response = await fetch(url, {
      headers: { "User-Agent": policy.userAgent },
      signal,
      redirect: "follow",
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return {
        ok: false,
        error: `HTTP ${response.status} from ${url}`,
        retry: RETRYABLE(response.status),
        retryAfterMs: parseRetryAfter(response.headers.get("retry-after")),
      };
    }
    return { ok: true, body: await response.text() };
  } catch (error) {
    const e = error as Error & { cause?: { message?: string } };
    const timedOut = e.name === "TimeoutError" || e.name === "AbortError";
    const reason = timedOut
      ? `no complete answer within ${policy.timeoutMs} ms`
      : e.cause?.message || e.message;
    return { ok: false, error: `${reason} (${url})`, retry: true };
  }
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
