// The three sizes of the scale dataset. National is England and Wales: about 5,000 organised
// crime groups over 40 police forces and 2,000 neighbourhoods; force is a tenth, small a hundredth.
export const PRESETS = { small: 0.01, force: 0.1, national: 1 } as const;
export type Preset = keyof typeof PRESETS;

export const NATIONAL = {
  forces: 40,
  neighbourhoods: 2000,
  groups: 5000,
  nominals: 200_000,
  people: 100_000,
  locations: 300_000,
  links: 1_000_000,
  concerns: 2_000_000,
  actions: 500_000,
  auditEvents: 5_000_000,
} as const;
export type Sizes = { -readonly [K in keyof typeof NATIONAL]: number };

export function sizesOf(preset: Preset): Sizes {
  const f = PRESETS[preset];
  const out = {} as Sizes;
  for (const [k, v] of Object.entries(NATIONAL) as [keyof Sizes, number][]) out[k] = Math.max(1, Math.round(v * f));
  out.forces = Math.max(2, out.forces);
  out.neighbourhoods = Math.max(out.forces * 10, out.neighbourhoods);
  return out;
}

export function isPreset(v: string | undefined): v is Preset {
  return v === "small" || v === "force" || v === "national";
}

export const databaseNameOf = (preset: Preset) => `locus_scale_${preset}`;

/** The fixed accounts the benchmark signs in as (password BENCH_PASSWORD). */
export const BENCH_PASSWORD = "bench-password";
export const BENCH_ACCOUNTS = {
  analyst: "bench-analyst@locus.test",
  officer: "bench-officer@locus.test",
  supervisor: "bench-supervisor@locus.test",
  partner: "bench-partner@locus.test",
  admin: "bench-admin@locus.test",
} as const;
export type BenchRole = keyof typeof BENCH_ACCOUNTS;

/** The audit event that marks a database as a generated scale dataset (and says which). */
export const SCALE_MARKER_ACTION = "system.scale_seeded";
