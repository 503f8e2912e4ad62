// HTTP side of the benchmark: signing in through next-auth's real credentials flow, one-off
// requests with their bodies checked, load runs with autocannon (per-request latencies from its
// 'response' event, since its own summary has no p95), and the server's resident memory.
import { readdirSync, readFileSync } from "node:fs";
import autocannon from "autocannon";

export type Session = { email: string; cookie: string };

function cookiesOf(res: Response): Map<string, string> {
  const out = new Map<string, string>();
  const raw = (res.headers as unknown as { getSetCookie?: () => string[] }).getSetCookie?.() ?? [];
  for (const c of raw) {
    const [pair] = c.split(";");
    const eq = pair!.indexOf("=");
    if (eq > 0) out.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
  }
  return out;
}

export async function signIn(base: string, email: string, password: string): Promise<Session> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  if (!csrfRes.ok) throw new Error(`GET /api/auth/csrf answered ${csrfRes.status}`);
  const jar = cookiesOf(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/`, json: "true" });
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") },
    body: form,
    redirect: "manual",
  });
  for (const [k, v] of cookiesOf(res)) jar.set(k, v);
  const session = [...jar.keys()].find((k) => k.endsWith("next-auth.session-token"));
  if (!session) throw new Error(`signing in as ${email} failed (status ${res.status}, no session cookie): ${(await res.text()).slice(0, 200)}`);
  return { email, cookie: `${session}=${jar.get(session)}` };
}

/**
 * Takes the session cookie the server re-issues, as a browser does. The proxy re-issues the cookie
 * once it is a minute old (the sliding idle expiry); a browser stores the new one, so it pays for
 * that once a minute, but a load run that kept sending the first cookie would pay for it on every
 * request. Called before each measured run, which lasts well under a minute.
 */
export async function refreshSession(base: string, session: Session): Promise<void> {
  if (!session.cookie) return;
  const res = await fetch(`${base}/help/scoring`, { headers: { cookie: session.cookie }, redirect: "manual" });
  await res.arrayBuffer();
  const name = session.cookie.slice(0, session.cookie.indexOf("="));
  const fresh = cookiesOf(res).get(name);
  if (fresh) session.cookie = `${name}=${fresh}`;
}

/** `signInPage`: the request is meant to get the sign-in page (otherwise getting it is an error). */
export type Check = { status: number[]; contains?: string[]; json?: (body: unknown) => string | null; signInPage?: boolean };

/** One request with its answer checked; returns an error message, or null when it is as expected. */
export async function probe(base: string, session: Session, req: { method: string; path: string; body?: string }, check: Check): Promise<{ error: string | null; ms: number; status: number }> {
  const started = performance.now();
  const res = await fetch(base + req.path, {
    method: req.method,
    headers: { cookie: session.cookie, ...(req.body ? { "content-type": "application/json" } : {}) },
    body: req.body,
    redirect: "manual",
  });
  const text = await res.text();
  const ms = performance.now() - started;
  if (!check.status.includes(res.status)) return { error: `${req.method} ${req.path} answered ${res.status}: ${text.replace(/\s+/g, " ").slice(0, 200)}`, ms, status: res.status };
  if (!check.signInPage && /name="password"|type="password"/.test(text)) return { error: `${req.method} ${req.path} answered with the sign-in page`, ms, status: res.status };
  for (const c of check.contains ?? []) if (!text.includes(c)) return { error: `${req.method} ${req.path}: the page does not contain ${JSON.stringify(c)}`, ms, status: res.status };
  if (check.json) {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return { error: `${req.method} ${req.path}: the answer is not JSON`, ms, status: res.status };
    }
    const problem = check.json(body);
    if (problem) return { error: `${req.method} ${req.path}: ${problem}`, ms, status: res.status };
  }
  return { error: null, ms, status: res.status };
}

export type LoadResult = { latencies: number[]; requests: number; errors: number; non2xx: number; statuses: Record<string, number>; seconds: number; rps: number };

/** Runs `amount` requests at `connections` concurrency; `next()` gives each request's method, path and body. */
export function load(base: string, session: Session, opts: { connections: number; amount: number; next: () => { method: string; path: string; body?: string } }): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: opts.connections,
        amount: opts.amount,
        timeout: 60,
        headers: { cookie: session.cookie },
        requests: [
          {
            setupRequest: (req: Record<string, unknown>) => {
              const r = opts.next();
              return { ...req, method: r.method, path: r.path, ...(r.body ? { body: r.body, headers: { ...(req.headers as object), cookie: session.cookie, "content-type": "application/json" } } : {}) };
            },
          },
        ],
      } as unknown as autocannon.Options,
      (error, result) => {
        if (error) return reject(error);
        const seconds = (performance.now() - started) / 1000;
        resolve({
          latencies,
          requests: latencies.length,
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
          statuses,
          seconds,
          rps: latencies.length / seconds,
        });
      },
    );
    instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

// ─── memory ──────────────────────────────────────────────────────────────────────────────────

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) out.push(Number(name));
    } catch {
      /* gone */
    }
  }
  return out;
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of a process and all its descendants, in MB. */
export function treeRssMb(pid: number): number {
  let total = 0;
  const stack = [pid];
  const seen = new Set<number>();
  while (stack.length) {
    const p = stack.pop()!;
    if (seen.has(p)) continue;
    seen.add(p);
    total += rssKb(p);
    stack.push(...childrenOf(p));
  }
  return total / 1024;
}

export function sampleMemory(pid: number, everyMs = 250) {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssMb(pid));
  }, everyMs);
  timer.unref();
  return {
    peak: () => Math.max(peak, treeRssMb(pid)),
    stop: () => clearInterval(timer),
  };
}
