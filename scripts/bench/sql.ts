// The SQL behind each request: the server runs with LOCUS_QUERY_LOG set (lib/db/client.ts logs
// every Prisma query with its parameters), the benchmark makes one request at a time and takes
// the log lines it produced, then replays those statements with their parameters straight
// through `pg`, in order, inside a transaction that is rolled back (so writes leave no trace),
// and times them. The SQL time of a request is the sum of its statements' times.
import { readFileSync, statSync } from "node:fs";
import pg from "pg";

export type LoggedQuery = { t: number; query: string; params: string; duration: number };

const CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET TRANSACTION|DEALLOCATE)\b/i;

export class QueryLog {
  constructor(readonly file: string) {}
  offset(): number {
    try {
      return statSync(this.file).size;
    } catch {
      return 0;
    }
  }
  since(offset: number): LoggedQuery[] {
    let text: string;
    try {
      text = readFileSync(this.file, "utf8");
    } catch {
      return [];
    }
    return Buffer.from(text).subarray(offset).toString("utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as LoggedQuery);
  }
}

export function statementsOf(log: LoggedQuery[]): { text: string; values: unknown[] }[] {
  return log
    .filter((q) => !CONTROL.test(q.query))
    .map((q) => {
      let values: unknown[] = [];
      try {
        const parsed = JSON.parse(q.params || "[]") as unknown;
        values = Array.isArray(parsed) ? parsed : [];
      } catch {
        values = [];
      }
      // Arrays and objects go to pg as JSON/array literals; pg handles plain JS arrays itself.
      return { text: q.query, values };
    });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The top-level comma-separated parts of each parenthesised row after VALUES. */
function valueRows(text: string): string[][] {
  const rows: string[][] = [];
  let depth = 0;
  let part = "";
  let row: string[] = [];
  for (const ch of text) {
    if (ch === "(") {
      if (depth++ === 0) {
        row = [];
        part = "";
        continue;
      }
    } else if (ch === ")") {
      if (--depth === 0) {
        row.push(part.trim());
        rows.push(row);
        continue;
      }
    } else if (ch === "," && depth === 1) {
      row.push(part.trim());
      part = "";
      continue;
    }
    if (depth > 0) part += ch;
    else if (/[A-Za-z]/.test(ch)) break; // RETURNING, ON CONFLICT …
  }
  return rows;
}

/**
 * Positions of the parameters that give an INSERT its new ids (the "id" column of each row), for
 * a plain INSERT and for each INSERT inside a data-modifying CTE (logConcern writes one).
 */
function newIdParams(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/INSERT\s+INTO\s+\S+\s*\(([^)]*)\)\s*VALUES\s*/gi)) {
    const columns = m[1]!.split(",").map((c) => c.trim().replace(/"/g, ""));
    const at = columns.indexOf("id");
    if (at < 0) continue;
    for (const row of valueRows(text.slice(m.index + m[0].length))) {
      const n = /^\$(\d+)(::[\w"]+)?$/.exec(row[at] ?? "");
      if (n) out.push(Number(n[1]) - 1);
    }
  }
  return out;
}

/** A fresh UUIDv7 (the current time and random bits), for a replayed INSERT's new row. */
function freshId(): string {
  const hex = Date.now().toString(16).padStart(12, "0");
  const r = crypto.getRandomValues(new Uint16Array(6));
  const h = (n: number) => n.toString(16).padStart(4, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${h(0x7000 | (r[0]! & 0x0fff))}-${h(0x8000 | (r[1]! & 0x3fff))}-${h(r[2]!)}${h(r[3]!)}${h(r[4]!)}`;
}

/**
 * The statements of one replay run: the ids the request's INSERTs created are replaced by fresh
 * ones (everywhere they appear), since the originals now exist and would clash.
 */
function withFreshIds(statements: { text: string; values: unknown[] }[]): { text: string; values: unknown[] }[] {
  const map = new Map<string, string>();
  return statements.map((s) => {
    for (const i of newIdParams(s.text)) {
      const v = s.values[i];
      if (typeof v === "string" && UUID.test(v) && !map.has(v)) map.set(v, freshId());
    }
    if (!map.size) return s;
    return { text: s.text, values: s.values.map((v) => (typeof v === "string" && map.has(v) ? map.get(v)! : v)) };
  });
}

export type SqlTiming = { statements: number; runs: number; p50: number; p95: number; error?: string; slowest?: { ms: number; text: string } };

/** Replays the statements `runs` times (after one warm-up run) and returns the per-run totals' percentiles. */
export async function replay(url: string, statements: { text: string; values: unknown[] }[], runs: number): Promise<SqlTiming> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const totals: number[] = [];
  const perStatement = new Array<number>(statements.length).fill(0);
  try {
    for (let r = 0; r <= runs; r++) {
      await client.query("BEGIN");
      let total = 0;
      const run = withFreshIds(statements);
      try {
        for (let i = 0; i < run.length; i++) {
          const s = run[i]!;
          const started = performance.now();
          await client.query({ text: s.text, values: s.values });
          const ms = performance.now() - started;
          total += ms;
          if (r > 0) perStatement[i]! += ms;
        }
      } finally {
        await client.query("ROLLBACK");
      }
      if (r > 0) totals.push(total);
    }
  } catch (error) {
    return { statements: statements.length, runs: 0, p50: NaN, p95: NaN, error: (error as Error).message };
  } finally {
    await client.end();
  }
  totals.sort((a, b) => a - b);
  const at = (p: number) => totals[Math.min(totals.length - 1, Math.max(0, Math.ceil((p / 100) * totals.length) - 1))]!;
  let slow = 0;
  perStatement.forEach((ms, i) => {
    if (ms > perStatement[slow]!) slow = i;
  });
  return {
    statements: statements.length,
    runs,
    p50: at(50),
    p95: at(95),
    slowest: statements.length ? { ms: perStatement[slow]! / runs, text: statements[slow]!.text } : undefined,
  };
}

/** EXPLAIN (ANALYZE, BUFFERS) of each statement (inside a rolled-back transaction), slowest first. */
export async function explainAll(url: string, statements: { text: string; values: unknown[] }[]): Promise<{ ms: number; text: string; plan: string }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const out: { ms: number; text: string; plan: string }[] = [];
  try {
    await client.query("BEGIN");
    for (const s of withFreshIds(statements)) {
      try {
        await client.query("SAVEPOINT s");
        const { rows } = await client.query({ text: `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${s.text}`, values: s.values });
        const plan = rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n");
        const ms = Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN);
        out.push({ ms, text: s.text, plan });
        await client.query("RELEASE SAVEPOINT s");
      } catch (error) {
        await client.query("ROLLBACK TO SAVEPOINT s");
        out.push({ ms: NaN, text: s.text, plan: `(could not explain: ${(error as Error).message})` });
      }
    }
    await client.query("ROLLBACK");
  } finally {
    await client.end();
  }
  return out.sort((a, b) => (b.ms || 0) - (a.ms || 0));
}
