// Deterministic randomness for demo data: the same sequence on every run, so the demo and the
// tests that rely on it see the same world (mulberry32: small, fast, good enough for demo data).
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    if (xs.length === 0) throw new Error("pick from an empty list");
    return xs[Math.floor(this.next() * xs.length)]!;
  }
  /** A key chosen with probability proportional to its weight. */
  weighted<K extends string>(weights: Partial<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    let r = this.next() * entries.reduce((s, [, w]) => s + w, 0);
    for (const [k, w] of entries) {
      r -= w;
      if (r < 0) return k;
    }
    return entries[entries.length - 1]![0];
  }
  shuffle<T>(xs: readonly T[]): T[] {
    const out = [...xs];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
  sample<T>(xs: readonly T[], n: number): T[] {
    return this.shuffle(xs).slice(0, Math.max(0, Math.min(n, xs.length)));
  }
}

/** A UUIDv7-shaped id whose time part is `at` and whose random part comes from the generator. */
export function uuid7(at: Date, rng: Rng): string {
  const hex = at.getTime().toString(16).padStart(12, "0");
  const r16 = () => rng.int(0, 0xffff);
  const h4 = (n: number) => n.toString(16).padStart(4, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${h4(0x7000 | (r16() & 0x0fff))}-${h4(0x8000 | (r16() & 0x3fff))}-${h4(r16())}${h4(r16())}${h4(r16())}`;
}
