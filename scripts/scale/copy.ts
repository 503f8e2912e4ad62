// Bulk loading with COPY … FROM STDIN (text format) through pg-copy-streams: rows are produced
// lazily by a generator and encoded in batches, so no table is ever held in memory whole.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

export type Cell = string | number | boolean | Date | null | undefined | readonly (string | null)[] | { json: unknown };

const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
const escapeText = (s: string) => s.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!);

/** An element of a PostgreSQL array literal: always double-quoted, with " and \ escaped. */
const arrayElement = (s: string | null) => (s === null ? "NULL" : `"${s.replace(/["\\]/g, (c) => `\\${c}`)}"`);

export function encodeCell(v: Cell): string {
  if (v === null || v === undefined) return "\\N";
  if (typeof v === "string") return escapeText(v);
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "\\N";
  if (typeof v === "boolean") return v ? "t" : "f";
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return escapeText(`{${v.map(arrayElement).join(",")}}`);
  return escapeText(JSON.stringify((v as { json: unknown }).json));
}

export function encodeRow(row: readonly Cell[]): string {
  let out = "";
  for (let i = 0; i < row.length; i++) out += (i ? "\t" : "") + encodeCell(row[i]);
  return out + "\n";
}

function* batches(rows: Iterable<readonly Cell[]>, counter: { n: number }, size = 2000): Generator<string> {
  let chunk = "";
  let k = 0;
  for (const row of rows) {
    chunk += encodeRow(row);
    counter.n++;
    if (++k === size) {
      yield chunk;
      chunk = "";
      k = 0;
    }
  }
  if (chunk) yield chunk;
}

/** COPY the rows into the table's columns; returns the number of rows sent. */
export async function copyRows(client: pg.Client, table: string, columns: readonly string[], rows: Iterable<readonly Cell[]>): Promise<number> {
  const counter = { n: 0 };
  const sql = `COPY "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`;
  const target = client.query(copyFrom(sql));
  await pipeline(Readable.from(batches(rows, counter), { objectMode: false, highWaterMark: 16 }), target);
  return counter.n;
}
