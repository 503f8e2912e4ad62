// npm run seed:scale -- --preset small|force|national [--database-url URL] [--force] [--now ISO]
//
// Fills a database of its own (locus_scale_<preset>; never the demo database) with a national-size
// dataset for the benchmark: 40 forces' agencies, 2,000 neighbourhoods, 5,000 groups, 200,000
// nominals, 100,000 people at risk, 300,000 locations, 1,000,000 links, 2,000,000 concerns,
// 500,000 actions and 5,000,000 audit events at national size (force: a tenth, small: a
// hundredth), with skew: a few busy neighbourhoods and groups, a long tail.
//
// Bulk loaded with COPY (pg-copy-streams) from rows generated on the fly by a seeded generator.
// Secondary indexes are dropped during the load and recreated from their exact definitions
// afterwards; foreign keys are not checked row by row (session_replication_role = replica) since
// the generator only refers to rows it made. The same vocabulary, searchText rule and scoring as
// the demo data, so every page works on it.
import { hash } from "@node-rs/argon2";
import pg from "pg";
import { pathToFileURL } from "node:url";
import { applyMigrations } from "../db/migrations";
import { Rng } from "../../lib/db/seed/rng";
import { searchTextOf } from "../../lib/dal/search";
import { CRIME_TYPES, LOCATION_FLAGS, LOCATION_TYPE, NOMINAL_ROLES, VULNERABILITIES, WARNING_MARKERS } from "../../lib/domain/case-record";
import { OC_CATEGORIES } from "../../lib/domain/indicators";
import { CONCERN_CATEGORIES } from "../../lib/domain/concerns";
import { CAPABILITY_FACTORS, EXTENTS, HARM_FACTORS, SCORING_METHOD_VERSION, scoreGroup, type Extent } from "../../lib/domain/scoring";
import { copyRows, type Cell } from "./copy";
import { BENCH_ACCOUNTS, BENCH_PASSWORD, databaseNameOf, isPreset, SCALE_MARKER_ACTION, sizesOf, type Preset, type Sizes } from "./presets";
import { databaseOf, externalServer, startScaleServer, type ScaleServer } from "./server";
import * as V from "./vocab";

const DAY = 86_400_000;
const YEARS = 5;

// ─── ids and times that are pure functions of (table, index) ─────────────────────────────────

function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}
const h4 = (n: number) => (n & 0xffff).toString(16).padStart(4, "0");

const TAGS = { agency: 1, hood: 2, user: 3, group: 4, scoring: 5, nominal: 6, membership: 7, person: 8, location: 9, link: 10, concern: 11, action: 12, update: 13, referral: 14, notification: 15 } as const;
type Tag = keyof typeof TAGS;

/** A UUIDv7 whose time part is `ms` and whose random part is a hash of (table, index). */
function idOf(tag: Tag, i: number, ms: number): string {
  const t = TAGS[tag];
  const a = mix((t * 0x9e3779b1) ^ i);
  const b = mix(a ^ 0x85ebca6b ^ Math.imul(i, 31));
  const c = mix(b + t);
  const hex = Math.floor(ms).toString(16).padStart(12, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${h4(0x7000 | (a & 0x0fff))}-${h4(0x8000 | ((a >>> 16) & 0x3fff))}-${h4(b)}${h4(b >>> 16)}${h4(c)}`;
}

type Ctx = {
  preset: Preset;
  sizes: Sizes;
  now: number;
  start: number;
  passwordHash: string;
};

/** Creation time of the i-th of n rows of a table: spread evenly over the five years, in order. */
function createdMs(ctx: Ctx, tag: Tag, i: number, n: number): number {
  const jitter = mix(TAGS[tag] * 7919 + i) / 4294967296;
  return ctx.start + ((i + jitter) / n) * (ctx.now - ctx.start - DAY);
}
const ymd = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const iso = (ms: number) => new Date(ms);

// ─── skew ────────────────────────────────────────────────────────────────────────────────────

/** Cumulative Zipf weights over n ranks (rank 0 busiest). */
function zipf(n: number, s: number): Float64Array {
  const cum = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) cum[i] = total += 1 / Math.pow(i + 1, s);
  for (let i = 0; i < n; i++) cum[i]! /= total;
  return cum;
}
function sample(cum: Float64Array, rng: Rng): number {
  const r = rng.next();
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cum[mid]! < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
/** An index in [0, n), skewed towards 0 (k = 1 uniform; larger k more skew). */
const skewed = (n: number, k: number, rng: Rng) => Math.min(n - 1, Math.floor(n * Math.pow(rng.next(), k)));

// ─── the world: forces, agencies, neighbourhoods, users ──────────────────────────────────────

const PARTNER_TYPES = [
  { type: "LOCAL_AUTHORITY", name: (a: string) => `${a} Council Community Safety` },
  { type: "CHILDRENS_SOCIAL_CARE", name: (a: string) => `${a} Council Children's Social Care` },
  { type: "ADULT_SOCIAL_CARE", name: (a: string) => `${a} Council Adult Social Care` },
  { type: "HOUSING", name: (a: string) => `${a} Homes` },
  { type: "HEALTH", name: (a: string) => `${a} NHS Foundation Trust` },
  { type: "EDUCATION", name: (a: string) => `${a} Schools Partnership` },
  { type: "PROBATION", name: (a: string) => `Probation Service ${a}` },
  { type: "VOLUNTARY_SECTOR", name: (a: string) => `Safe Harbour ${a}` },
] as const;
const PARTNERS_PER_FORCE = PARTNER_TYPES.length;
const OFFICERS_EXTRA = 0; // one officer per neighbourhood
const ANALYSTS_PER_FORCE = 6;
const SUPERVISORS_PER_FORCE = 4;
const PARTNER_USERS_PER_AGENCY = 3;
const MAX_GROUP_SIZE = 600;

type World = {
  forceName: string[];
  /** agency index of force f's police = f * (1 + PARTNERS); partner p of force f = that + 1 + p. */
  agencyCount: number;
  hoodForce: Uint16Array;
  hoodCum: Float64Array;
  /** neighbourhood indices of each force, busiest first */
  forceHoods: number[][];
  forceHoodCum: Float64Array[];
  forceCum: Float64Array;
  users: { email: string; name: string; agency: number; role: string; hoods: number[] }[];
  officersOfHood: number[][];
  analystsOf: number[][];
  supervisorsOf: number[][];
  partnerUsersOf: Map<number, number[]>;
  bench: Record<keyof typeof BENCH_ACCOUNTS, number>;
};
const policeOf = (f: number) => f * (1 + PARTNERS_PER_FORCE);
const partnerOf = (f: number, p: number) => f * (1 + PARTNERS_PER_FORCE) + 1 + p;
const isPolice = (a: number) => a % (1 + PARTNERS_PER_FORCE) === 0;

function buildWorld(ctx: Ctx): World {
  const { forces, neighbourhoods } = ctx.sizes;
  const rng = new Rng(101);
  const forceName = Array.from({ length: forces }, (_, f) => V.FORCE_AREAS[f % V.FORCE_AREAS.length] + (f >= V.FORCE_AREAS.length ? ` ${Math.floor(f / V.FORCE_AREAS.length) + 1}` : ""));
  // Neighbourhood i has activity rank i; ranks are dealt round the forces, so each force has a
  // mix of busy and quiet neighbourhoods and force 0 has the busiest of all.
  const hoodForce = new Uint16Array(neighbourhoods);
  const forceHoods: number[][] = Array.from({ length: forces }, () => []);
  for (let i = 0; i < neighbourhoods; i++) {
    hoodForce[i] = i % forces;
    forceHoods[i % forces]!.push(i);
  }
  const hoodCum = zipf(neighbourhoods, 0.8);
  const weightOf = (i: number) => hoodCum[i]! - (i ? hoodCum[i - 1]! : 0);
  const forceCumRaw = forceHoods.map((hs) => hs.reduce((s, h) => s + weightOf(h), 0));
  const forceCum = new Float64Array(forces);
  let acc = 0;
  forceCumRaw.forEach((w, f) => (forceCum[f] = acc += w));
  const forceHoodCum = forceHoods.map((hs) => {
    const c = new Float64Array(hs.length);
    let t = 0;
    hs.forEach((h, k) => (c[k] = t += weightOf(h)));
    for (let k = 0; k < c.length; k++) c[k]! /= t;
    return c;
  });

  const users: World["users"] = [];
  const officersOfHood: number[][] = Array.from({ length: neighbourhoods }, () => []);
  const analystsOf: number[][] = Array.from({ length: forces }, () => []);
  const supervisorsOf: number[][] = Array.from({ length: forces }, () => []);
  const partnerUsersOf = new Map<number, number[]>();
  const used = new Set<string>();
  const email = (name: string, domain: string) => {
    const base = name.toLowerCase().replace(/[^a-z]+/g, ".").replace(/^\.|\.$/g, "");
    let e = `${base}@${domain}`;
    for (let k = 2; used.has(e); k++) e = `${base}${k}@${domain}`;
    used.add(e);
    return e;
  };
  const add = (u: World["users"][number]) => users.push(u) - 1;
  for (let f = 0; f < forces; f++) {
    const domain = `${forceName[f]!.toLowerCase().replace(/[^a-z]+/g, "")}.police.example`;
    const hs = forceHoods[f]!;
    for (let k = 0; k < hs.length + OFFICERS_EXTRA; k++) {
      const p = V.personName(rng, rng.chance(0.6));
      const patch = [hs[k % hs.length]!, ...(rng.chance(0.5) ? [hs[(k + 1) % hs.length]!] : [])];
      const u = add({ email: email(p.name, domain), name: `PC ${p.name}`, agency: policeOf(f), role: "OFFICER", hoods: patch });
      for (const h of patch) officersOfHood[h]!.push(u);
    }
    for (let k = 0; k < ANALYSTS_PER_FORCE; k++) {
      const p = V.personName(rng, rng.chance(0.5));
      analystsOf[f]!.push(add({ email: email(p.name, domain), name: p.name, agency: policeOf(f), role: "ANALYST", hoods: [] }));
    }
    for (let k = 0; k < SUPERVISORS_PER_FORCE; k++) {
      const p = V.personName(rng, rng.chance(0.5));
      supervisorsOf[f]!.push(add({ email: email(p.name, domain), name: `Insp. ${p.name}`, agency: policeOf(f), role: "SUPERVISOR", hoods: [] }));
    }
    for (let p = 0; p < PARTNERS_PER_FORCE; p++) {
      const list: number[] = [];
      for (let k = 0; k < PARTNER_USERS_PER_AGENCY; k++) {
        const n = V.personName(rng, rng.chance(0.4));
        list.push(add({ email: email(n.name, `${domain.replace(".police.", ".partners.")}`), name: n.name, agency: partnerOf(f, p), role: "PARTNER", hoods: [] }));
      }
      partnerUsersOf.set(partnerOf(f, p), list);
    }
  }
  // The benchmark's accounts: in force 0 (which has the busiest neighbourhood); the officer's
  // patch is force 0's two busiest neighbourhoods; the partner is its children's social care.
  const f0 = forceHoods[0]!;
  const bench = {
    analyst: add({ email: BENCH_ACCOUNTS.analyst, name: "Bench Analyst", agency: policeOf(0), role: "ANALYST", hoods: [] }),
    officer: add({ email: BENCH_ACCOUNTS.officer, name: "PC Bench Officer", agency: policeOf(0), role: "OFFICER", hoods: f0.slice(0, 2) }),
    supervisor: add({ email: BENCH_ACCOUNTS.supervisor, name: "Insp. Bench Supervisor", agency: policeOf(0), role: "SUPERVISOR", hoods: [] }),
    partner: add({ email: BENCH_ACCOUNTS.partner, name: "Bench Partner", agency: partnerOf(0, 1), role: "PARTNER", hoods: [] }),
    admin: add({ email: BENCH_ACCOUNTS.admin, name: "Bench Admin", agency: policeOf(0), role: "ADMIN", hoods: [] }),
  };
  for (const h of users[bench.officer]!.hoods) officersOfHood[h]!.push(bench.officer);
  analystsOf[0]!.push(bench.analyst);
  supervisorsOf[0]!.push(bench.supervisor);
  partnerUsersOf.get(partnerOf(0, 1))!.push(bench.partner);
  return { forceName, agencyCount: forces * (1 + PARTNERS_PER_FORCE), hoodForce, hoodCum, forceHoods, forceHoodCum, forceCum, users, officersOfHood, analystsOf, supervisorsOf, partnerUsersOf, bench };
}

// ─── loading ─────────────────────────────────────────────────────────────────────────────────

type Loader = { client: pg.Client; timings: { table: string; rows: number; ms: number }[]; counts: Record<string, number> };

async function load(l: Loader, table: string, columns: readonly string[], rows: Iterable<readonly Cell[]>) {
  const started = Date.now();
  const n = await copyRows(l.client, table, columns, rows);
  const ms = Date.now() - started;
  l.timings.push({ table, rows: n, ms });
  l.counts[table] = (l.counts[table] ?? 0) + n;
  console.log(`  ${table.padEnd(22)} ${n.toLocaleString("en-GB").padStart(11)} rows  ${(ms / 1000).toFixed(1).padStart(6)} s`);
}

async function generate(l: Loader, ctx: Ctx) {
  const S = ctx.sizes;
  const W = buildWorld(ctx);
  const { forces, neighbourhoods } = S;
  const agencyId = (a: number) => idOf("agency", a, ctx.start);
  const hoodId = (h: number) => idOf("hood", h, ctx.start);
  const userId = (u: number) => idOf("user", u, ctx.start + DAY);
  const ts = iso(ctx.start);

  // Agencies.
  await load(l, "Agency", ["id", "name", "type", "active", "version", "createdAt", "updatedAt", "updatedById"], (function* () {
    for (let f = 0; f < forces; f++) {
      yield [agencyId(policeOf(f)), `${W.forceName[f]} Police`, "POLICE", true, 1, ts, ts, null];
      for (let p = 0; p < PARTNERS_PER_FORCE; p++) yield [agencyId(partnerOf(f, p)), PARTNER_TYPES[p]!.name(W.forceName[f]!), PARTNER_TYPES[p]!.type, true, 1, ts, ts, null];
    }
  })());

  // Neighbourhoods.
  await load(l, "Neighbourhood", ["id", "name", "code", "areaCommand", "active", "version", "createdAt", "updatedAt", "updatedById"], (function* () {
    for (let h = 0; h < neighbourhoods; h++) {
      const f = W.hoodForce[h]!;
      const local = Math.floor(h / forces);
      const part = V.NEIGHBOURHOOD_PARTS[local % V.NEIGHBOURHOOD_PARTS.length]! + (local >= V.NEIGHBOURHOOD_PARTS.length ? ` ${Math.floor(local / V.NEIGHBOURHOOD_PARTS.length) + 1}` : "");
      const code = `${W.forceName[f]!.replace(/[^A-Za-z]/g, "").slice(0, 3).toUpperCase()}${String(f + 1).padStart(2, "0")}-${String(local + 1).padStart(3, "0")}`;
      yield [hoodId(h), `${W.forceName[f]} ${part}`, code, `${W.forceName[f]} ${V.AREA_COMMANDS[local % V.AREA_COMMANDS.length]}`, true, 1, ts, ts, null];
    }
  })());

  // Users (one password hash for all: "bench-password").
  const userTs = iso(ctx.start + DAY);
  await load(l, "User", ["id", "email", "name", "passwordHash", "agencyId", "role", "active", "lastSignInAt", "failedAttempts", "lockedUntil", "sessionVersion", "version", "createdAt", "updatedAt", "updatedById"], (function* () {
    for (let u = 0; u < W.users.length; u++) {
      const x = W.users[u]!;
      yield [userId(u), x.email, x.name, ctx.passwordHash, agencyId(x.agency), x.role, true, null, 0, null, 1, 1, userTs, userTs, null];
    }
  })());
  await load(l, "UserNeighbourhood", ["userId", "neighbourhoodId"], (function* () {
    for (let u = 0; u < W.users.length; u++) for (const h of new Set(W.users[u]!.hoods)) yield [userId(u), hoodId(h)];
  })());

  // Groups: each in one force, with a home neighbourhood drawn by activity (busy neighbourhoods
  // have many groups) and up to three more in the same force; sizes follow a Zipf law.
  const G = S.groups;
  const groupForce = new Uint16Array(G);
  const groupHoods: number[][] = [];
  const groupStatus: string[] = [];
  const groupCreated = new Float64Array(G);
  const groupsOfForce: number[][] = Array.from({ length: forces }, () => []);
  const groupsOfHood: number[][] = Array.from({ length: neighbourhoods }, () => []);
  const grng = new Rng(202);
  for (let g = 0; g < G; g++) {
    const home = sample(W.hoodCum, grng);
    const f = W.hoodForce[home]!;
    const hs = new Set([home]);
    const extra = grng.weighted({ 0: 50, 1: 30, 2: 14, 3: 6 } as Record<string, number>);
    for (let k = 0; k < Number(extra); k++) hs.add(W.forceHoods[f]![sample(W.forceHoodCum[f]!, grng)]!);
    groupForce[g] = f;
    groupHoods.push([...hs]);
    groupStatus.push(grng.weighted({ ACTIVE: 50, EMERGING: 15, DORMANT: 20, ARCHIVED: 15 }));
    groupCreated[g] = createdMs(ctx, "group", g, G);
    groupsOfForce[f]!.push(g);
    for (const h of hs) groupsOfHood[h]!.push(g);
  }
  // Group g's size rank: a random permutation so size does not follow creation order.
  const sizeRank = grng.shuffle(Array.from({ length: G }, (_, i) => i));
  const groupOfRank = new Int32Array(G);
  sizeRank.forEach((r, g) => (groupOfRank[r] = g));
  const groupId = (g: number) => idOf("group", g, groupCreated[g]!);

  // Scorings first (the group copies its newest).
  const scoringRows: Cell[][] = [];
  const groupScore: ({ score: number; band: string; at: number } | null)[] = [];
  const srng = new Rng(303);
  let scoringIndex = 0;
  for (let g = 0; g < G; g++) {
    const f = groupForce[g]!;
    const n = srng.chance(0.05) ? 0 : srng.int(1, 4);
    let latest: { score: number; band: string; at: number } | null = null;
    const severity = sizeRank[g]! < G * 0.05 ? 0.7 : sizeRank[g]! < G * 0.3 ? 0.45 : 0.25;
    let at = groupCreated[g]! + srng.int(1, 30) * DAY;
    for (let k = 0; k < n && at < ctx.now; k++) {
      const rate = (): Extent => (srng.chance(0.05) ? "UNKNOWN" : srng.chance(severity) ? "HIGH" : srng.chance(0.5) ? "MEDIUM" : "LOW");
      const capability = Object.fromEntries(CAPABILITY_FACTORS.map((c) => [c, rate()])) as Record<(typeof CAPABILITY_FACTORS)[number], Extent>;
      const harm = Object.fromEntries(HARM_FACTORS.map((c) => [c, rate()])) as Record<(typeof HARM_FACTORS)[number], Extent>;
      const likelihood = srng.pick(EXTENTS.filter((e) => e !== "UNKNOWN"));
      const confidence = srng.pick(["LOW", "MEDIUM", "HIGH"] as const);
      const result = scoreGroup({ capability, harm, likelihood, confidence });
      const author = userId(srng.pick(W.analystsOf[f]!));
      scoringRows.push([idOf("scoring", scoringIndex++, at), groupId(g), ...CAPABILITY_FACTORS.map((c) => capability[c]), ...HARM_FACTORS.map((h) => harm[h]), likelihood, confidence, result.score, result.band, SCORING_METHOD_VERSION, "Scored from the current intelligence picture.", author, iso(at)]);
      latest = { score: result.score, band: result.band, at };
      at += srng.int(30, 400) * DAY;
    }
    groupScore.push(latest);
  }

  const grng2 = new Rng(404);
  await load(l, "OrganisedCrimeGroup", ["id", "reference", "name", "aliases", "searchText", "status", "crimeTypes", "assessment", "partnerSummary", "lroId", "sroId", "score", "band", "scoredAt", "version", "createdAt", "updatedAt", "createdById", "updatedById"], (function* () {
    const seq = new Array<number>(forces).fill(0);
    for (let g = 0; g < G; g++) {
      const f = groupForce[g]!;
      const p = V.personName(grng2, true);
      const place = `${V.NEIGHBOURHOOD_PARTS[grng2.int(0, V.NEIGHBOURHOOD_PARTS.length - 1)]}`;
      const name = grng2.pick(V.GROUP_NAME_SHAPES)({ surname: p.surname, place, nick: grng2.pick(V.NICKNAMES), street: V.street(grng2) });
      const aliases = grng2.chance(0.5) ? grng2.sample(V.NICKNAMES, grng2.int(1, 2)).map((n) => `${n} line`) : [];
      const reference = `${String((f % 99) + 1).padStart(2, "0")}/${String(++seq[f]! + (f >= 99 ? 50000 : 0)).padStart(5, "0")}`;
      const crimeTypes = grng2.sample(CRIME_TYPES.values, grng2.int(1, 3));
      const analysts = W.analystsOf[f]!;
      const s = groupScore[g];
      const created = groupCreated[g]!;
      const updated = Math.max(created, s?.at ?? created) + grng2.int(0, 20) * DAY;
      yield [
        groupId(g), reference, name, aliases, searchTextOf(name, aliases, reference), groupStatus[g]!, crimeTypes,
        `POLICE-ONLY assessment: ${name} is assessed from intelligence on ${crimeTypes.map((c) => CRIME_TYPES.label[c as keyof typeof CRIME_TYPES.label].toLowerCase()).join(", ")}.`,
        `${name} is believed to be involved in ${crimeTypes.map((c) => CRIME_TYPES.label[c as keyof typeof CRIME_TYPES.label].toLowerCase()).join(" and ")} in ${place}.`,
        userId(grng2.pick(analysts)), grng2.chance(0.7) ? userId(grng2.pick(W.supervisorsOf[f]!)) : null,
        s?.score ?? null, s?.band ?? null, s ? iso(s.at) : null, 1 + (s ? 1 : 0), iso(created), iso(Math.min(updated, ctx.now)), userId(analysts[0]!), userId(analysts[0]!),
      ];
    }
  })());
  await load(l, "GroupScoring", ["id", "groupId", ...CAPABILITY_FACTORS, ...HARM_FACTORS, "likelihood", "confidence", "score", "band", "method", "rationale", "authorId", "createdAt"], scoringRows);
  scoringRows.length = 0;
  await load(l, "GroupNeighbourhood", ["groupId", "neighbourhoodId"], (function* () {
    for (let g = 0; g < G; g++) for (const h of groupHoods[g]!) yield [groupId(g), hoodId(h)];
  })());
  const groupShares: number[][] = [];
  const shrng = new Rng(505);
  for (let g = 0; g < G; g++) {
    groupShares.push(shrng.chance(0.35) ? shrng.sample([0, 1, 2, 3, 4, 5, 6, 7], shrng.int(1, 3)).map((p) => partnerOf(groupForce[g]!, p)) : []);
  }
  await load(l, "GroupShare", ["groupId", "agencyId", "sharedAt", "sharedById"], (function* () {
    for (let g = 0; g < G; g++) for (const a of groupShares[g]!) yield [groupId(g), agencyId(a), iso(groupCreated[g]! + DAY), userId(W.analystsOf[groupForce[g]!]![0]!)];
  })());

  // Nominals: each belongs to a force (drawn by activity).
  const N = S.nominals;
  const nominalForce = new Uint16Array(N);
  const nominalsOfForce: number[][] = Array.from({ length: forces }, () => []);
  const nrng = new Rng(606);
  for (let i = 0; i < N; i++) {
    const f = sample(W.forceCum, nrng);
    nominalForce[i] = f;
    nominalsOfForce[f]!.push(i);
  }
  const nominalId = (i: number) => idOf("nominal", i, createdMs(ctx, "nominal", i, N));
  const offences = ["Possession of Class A with intent to supply", "Possession of Class B", "Common assault", "Theft", "Criminal damage", "Handling stolen goods", "Public order offence", "Wounding with intent", "Robbery", "Money laundering", "Burglary", "Possession of an offensive weapon"];
  await load(l, "Nominal", ["id", "name", "aliases", "searchText", "dateOfBirth", "pncNumber", "croNumber", "phoneNumbers", "vehicles", "addresses", "warningMarkers", "mainOffences", "risk", "notes", "version", "createdAt", "updatedAt", "createdById", "updatedById"], (function* () {
    for (let i = 0; i < N; i++) {
      const male = nrng.chance(0.82);
      const p = V.personName(nrng, male);
      const aliases = nrng.chance(0.45) ? nrng.sample(V.NICKNAMES, nrng.int(1, 2)) : [];
      const created = createdMs(ctx, "nominal", i, N);
      const dob = ctx.now - (nrng.int(15, 58) * 365.25 + nrng.int(0, 364)) * DAY;
      const author = userId(nrng.pick(W.analystsOf[nominalForce[i]!]!));
      yield [
        nominalId(i), p.name, aliases, searchTextOf(p.name, aliases), nrng.chance(0.9) ? ymd(dob) : null,
        nrng.chance(0.7) ? `${String(nrng.int(0, 99)).padStart(2, "0")}/${String(nrng.int(1, 9999999)).padStart(7, "0")}${"ABCDEFGHJKLMNPQRTUVWXYZ"[nrng.int(0, 22)]}` : null,
        nrng.chance(0.4) ? `${nrng.int(10000, 999999)}/${String(nrng.int(0, 99)).padStart(2, "0")}${"ABCDEFGHJKLMNPQRTUVWXYZ"[nrng.int(0, 22)]}` : null,
        nrng.chance(0.6) ? Array.from({ length: nrng.int(1, 2) }, () => V.phone(nrng)) : [],
        nrng.chance(0.3) ? Array.from({ length: nrng.int(1, 2) }, () => V.vehicleReg(nrng)) : [],
        nrng.chance(0.5) ? [`${nrng.int(1, 200)} ${V.street(nrng)}, ${W.forceName[nominalForce[i]!]}`] : [],
        nrng.chance(0.3) ? nrng.sample(WARNING_MARKERS.values, nrng.int(1, 2)) : [],
        nrng.chance(0.7) ? nrng.sample(offences, nrng.int(1, 3)) : [],
        nrng.chance(0.2) ? null : nrng.weighted({ HIGH: 15, MEDIUM: 35, STANDARD: 50 }),
        nrng.chance(0.3) ? `${male ? "He" : "She"} is known to associate with other members; intelligence graded 2/B/P.` : "",
        1, iso(created), iso(created + nrng.int(0, 300) * DAY > ctx.now ? created : created + nrng.int(0, 300) * DAY), author, author,
      ];
    }
  })());

  // Memberships: group sizes by Zipf over the size rank, members from the group's force.
  const groupSizeCum = zipf(G, 0.9);
  const targetMemberships = Math.round(N * 0.75);
  const mrng = new Rng(707);
  const membersOf: number[][] = [];
  for (let g = 0; g < G; g++) {
    const r = sizeRank[g]!;
    const w = groupSizeCum[r]! - (r ? groupSizeCum[r - 1]! : 0);
    const pool = nominalsOfForce[groupForce[g]!]!;
    // The biggest mapped groups have a few hundred members: the Zipf head is capped there.
    const size = Math.min(pool.length, MAX_GROUP_SIZE, Math.max(3, Math.round(w * targetMemberships)));
    const set = new Set<number>();
    for (let tries = 0; set.size < size && tries < size * 4; tries++) set.add(pool[skewed(pool.length, 1, mrng)]!);
    membersOf.push([...set]);
  }
  let membershipIndex = 0;
  await load(l, "GroupMembership", ["id", "groupId", "nominalId", "standing", "role", "fromDate", "toDate", "createdAt", "createdById"], (function* () {
    for (let g = 0; g < G; g++) {
      const members = membersOf[g]!;
      for (let k = 0; k < members.length; k++) {
        const at = groupCreated[g]! + mrng.int(0, 200) * DAY;
        const standing = k < Math.max(1, members.length * 0.05) ? "PRINCIPAL_SUBJECT" : k < members.length * 0.3 ? "SIGNIFICANT_MEMBER" : "PERIPHERAL_SUBJECT";
        yield [idOf("membership", membershipIndex++, Math.min(at, ctx.now)), groupId(g), nominalId(members[k]!), standing, mrng.chance(0.7) ? mrng.pick(NOMINAL_ROLES) : null, mrng.chance(0.5) ? ymd(Math.min(at, ctx.now)) : null, mrng.chance(0.1) ? ymd(ctx.now - mrng.int(1, 300) * DAY) : null, iso(Math.min(at, ctx.now)), userId(W.analystsOf[groupForce[g]!]![0]!)];
      }
    }
  })());

  // People at risk.
  const P = S.people;
  const personForce = new Uint16Array(P);
  const personChild = new Uint8Array(P);
  const personLead = new Int32Array(P).fill(-1);
  const peopleOfForce: number[][] = Array.from({ length: forces }, () => []);
  const prng = new Rng(808);
  const personId = (i: number) => idOf("person", i, createdMs(ctx, "person", i, P));
  const personShares: number[][] = [];
  await load(l, "PersonAtRisk", ["id", "name", "searchText", "dateOfBirth", "ageYears", "ageGroup", "address", "vulnerabilities", "riskLevel", "riskLevelSince", "leadAgencyId", "consentRecorded", "notes", "version", "createdAt", "updatedAt", "createdById", "updatedById"], (function* () {
    for (let i = 0; i < P; i++) {
      const f = sample(W.forceCum, prng);
      personForce[i] = f;
      peopleOfForce[f]!.push(i);
      const child = prng.chance(0.4);
      personChild[i] = child ? 1 : 0;
      const age = child ? prng.int(11, 17) : prng.chance(0.15) ? prng.int(70, 92) : prng.int(18, 60);
      const p = V.personName(prng, prng.chance(child ? 0.5 : 0.4));
      const created = createdMs(ctx, "person", i, P);
      const risk = prng.weighted({ HIGH: 15, MEDIUM: 35, STANDARD: 50 });
      // Some risk levels changed recently ("newly high-risk" on the supervisor's home).
      const since = prng.chance(0.03) ? ctx.now - prng.int(0, 28) * DAY : created + prng.int(0, 60) * DAY;
      const lead = prng.chance(0.7) ? partnerOf(f, child ? (prng.chance(0.8) ? 1 : 5) : prng.pick([2, 3, 4, 6, 7])) : -1;
      personLead[i] = lead;
      personShares.push(prng.chance(0.25) ? prng.sample([0, 1, 2, 3, 4, 5, 6, 7], prng.int(1, 2)).map((q) => partnerOf(f, q)).filter((a) => a !== lead) : []);
      const dob = prng.chance(0.8) ? ctx.now - (age * 365.25 + prng.int(0, 364)) * DAY : null;
      const author = userId(prng.pick(W.analystsOf[f]!));
      const sinceClamped = Math.min(Math.max(since, created), ctx.now);
      yield [
        personId(i), p.name, searchTextOf(p.name), dob ? ymd(dob) : null, age, child ? "CHILD" : "ADULT", prng.chance(0.8) ? `${prng.int(1, 200)} ${V.street(prng)}, ${W.forceName[f]}` : "",
        prng.sample(VULNERABILITIES.values, prng.int(1, 3)), risk, iso(sinceClamped), lead >= 0 ? agencyId(lead) : null, prng.chance(0.5), prng.chance(0.4) ? "POLICE-ONLY: intelligence suggests the person is being groomed by an older associate." : "",
        1, iso(created), iso(Math.max(sinceClamped, created)), author, author,
      ];
    }
  })());
  await load(l, "PersonShare", ["personId", "agencyId", "sharedAt", "sharedById"], (function* () {
    for (let i = 0; i < P; i++) for (const a of personShares[i]!) yield [personId(i), agencyId(a), iso(createdMs(ctx, "person", i, P) + DAY), userId(W.analystsOf[personForce[i]!]![0]!)];
  })());

  // Locations, by neighbourhood activity.
  const L = S.locations;
  const locationHood = new Uint16Array(L);
  const locationsOfHood: number[][] = Array.from({ length: neighbourhoods }, () => []);
  const locationsOfForce: number[][] = Array.from({ length: forces }, () => []);
  const lrng = new Rng(909);
  const locationId = (i: number) => idOf("location", i, createdMs(ctx, "location", i, L));
  await load(l, "Location", ["id", "address", "postcode", "searchText", "neighbourhoodId", "type", "flags", "latitude", "longitude", "notes", "version", "createdAt", "updatedAt", "createdById", "updatedById"], (function* () {
    for (let i = 0; i < L; i++) {
      const h = sample(W.hoodCum, lrng);
      const f = W.hoodForce[h]!;
      locationHood[i] = h;
      locationsOfHood[h]!.push(i);
      locationsOfForce[f]!.push(i);
      const type = lrng.weighted({ RESIDENTIAL: 60, BUSINESS: 6, LICENSED_PREMISES: 4, HOTEL: 3, CAR_WASH: 4, NAIL_BAR: 3, TAKEAWAY: 5, SHOP: 6, WAREHOUSE: 3, FARM_OR_RURAL: 2, PUBLIC_SPACE: 3, OTHER: 1 } as Record<(typeof LOCATION_TYPE.values)[number], number>);
      const number = lrng.int(1, 250);
      const local = Math.floor(h / forces);
      const address = type === "RESIDENTIAL" ? `${lrng.chance(0.2) ? `Flat ${lrng.int(1, 40)}, ` : ""}${number} ${V.street(lrng)}, ${W.forceName[f]}` : `${lrng.pick(V.BUSINESS_NAMES)}, ${number} ${V.street(lrng)}, ${W.forceName[f]}`;
      const pc = lrng.chance(0.9) ? V.postcode(f, local, lrng) : null;
      const created = createdMs(ctx, "location", i, L);
      const author = userId(W.analystsOf[f]![0]!);
      yield [
        locationId(i), address, pc, searchTextOf(address, pc), hoodId(h), type, lrng.chance(0.15) ? lrng.sample(LOCATION_FLAGS.values, lrng.int(1, 2)) : [],
        52.5 + (f % 8) * 0.3 + lrng.next() * 0.2, -2.5 + Math.floor(f / 8) * 0.4 + lrng.next() * 0.2, "", 1, iso(created), iso(created), author, author,
      ];
    }
  })());

  // Links: typed, between records of the same force, with some records far more linked than others.
  const K = S.links;
  const krng = new Rng(1010);
  const pickIn = (pool: number[], k: number) => pool[skewed(pool.length, k, krng)]!;
  const ref = { GROUP: groupId, NOMINAL: nominalId, PERSON: personId, LOCATION: locationId } as const;
  await load(l, "Link", ["id", "fromKind", "fromId", "toKind", "toId", "type", "fromDate", "toDate", "sourceNote", "createdAt", "createdById"], (function* () {
    for (let i = 0; i < K; i++) {
      const f = sample(W.forceCum, krng);
      const noms = nominalsOfForce[f]!, ppl = peopleOfForce[f]!, locs = locationsOfForce[f]!, grps = groupsOfForce[f]!;
      const shape = krng.weighted({ nn: 30, nl: 25, pg: 10, np: 12, pl: 8, gl: 5, nv: 10 });
      let from: [keyof typeof ref, number], to: [keyof typeof ref, number], type: string;
      if (shape === "nn" && noms.length > 1) [from, to, type] = [["NOMINAL", pickIn(noms, 2)], ["NOMINAL", pickIn(noms, 1.5)], krng.chance(0.8) ? "ASSOCIATE_OF" : "FAMILY_OF"];
      else if (shape === "pg" && ppl.length && grps.length) [from, to, type] = [["PERSON", pickIn(ppl, 1)], ["GROUP", pickIn(grps, 2)], "AT_RISK_FROM"];
      else if (shape === "np" && ppl.length) [from, to, type] = [["NOMINAL", pickIn(noms, 2)], ["PERSON", pickIn(ppl, 1.3)], "EXPLOITS"];
      else if (shape === "pl" && ppl.length && locs.length) [from, to, type] = [["PERSON", pickIn(ppl, 1)], ["LOCATION", pickIn(locs, 1)], "LIVES_AT"];
      else if (shape === "gl" && grps.length && locs.length) [from, to, type] = [["GROUP", pickIn(grps, 2)], ["LOCATION", pickIn(locs, 1.5)], krng.chance(0.5) ? "CONTROLS" : "FREQUENTS"];
      else if (locs.length && noms.length) [from, to, type] = [["NOMINAL", pickIn(noms, 1.5)], ["LOCATION", pickIn(locs, 1.5)], shape === "nv" ? krng.pick(["USES_VEHICLE", "FREQUENTS", "WORKS_AT", "OWNS"]) : "LIVES_AT"];
      else continue;
      const at = createdMs(ctx, "link", i, K);
      yield [idOf("link", i, at), from[0], ref[from[0]](from[1]), to[0], ref[to[0]](to[1]), type, krng.chance(0.3) ? ymd(at - krng.int(0, 400) * DAY) : null, null, krng.chance(0.3) ? "From intelligence graded 2/B/P." : "", iso(at), userId(W.analystsOf[f]![0]!)];
    }
  })());

  // Concerns, in creation order; recent ones are still open (the triage queue).
  const C = S.concerns;
  const crng = new Rng(1111);
  const categories = CONCERN_CATEGORIES;
  const indicatorsOf = Object.fromEntries(OC_CATEGORIES.map((c) => [c.key, c.indicators])) as Record<string, string[]>;
  const concernLinks: [number, string, string, number][] = []; // concern index, kind, record id, at
  const concernId = (i: number) => idOf("concern", i, createdMs(ctx, "concern", i, C));
  const partnerAgencyOf = (f: number) => partnerOf(f, crng.int(0, PARTNERS_PER_FORCE - 1));
  await load(l, "Concern", ["id", "category", "indicators", "description", "occurredAt", "address", "locationId", "neighbourhoodId", "peopleMentioned", "vehiclesMentioned", "source", "immediateRisk", "reportedById", "reporterAgencyId", "createdAt", "status", "assessorId", "sourceEvaluation", "intelAssessment", "handlingCode", "gradingReason", "handlingConditions", "sanitisedSummary", "outcome", "outcomeNote", "outcomeAt", "referredAgencyId", "groupId", "version", "updatedAt", "updatedById"], (function* () {
    for (let i = 0; i < C; i++) {
      const created = createdMs(ctx, "concern", i, C);
      const h = sample(W.hoodCum, crng);
      const f = W.hoodForce[h]!;
      const officers = W.officersOfHood[h]!;
      const byPartner = crng.chance(0.08);
      const reporter = byPartner ? crng.pick(W.partnerUsersOf.get(partnerAgencyOf(f))!) : officers.length ? crng.pick(officers) : crng.pick(W.analystsOf[f]!);
      const category = crng.pick(categories);
      const inds = indicatorsOf[category] ?? [];
      const hoodLocs = locationsOfHood[h]!;
      const loc = hoodLocs.length && crng.chance(0.3) ? hoodLocs[skewed(hoodLocs.length, 2, crng)]! : -1;
      const age = (ctx.now - created) / DAY;
      const open = crng.chance(age < 30 ? 0.6 : age < 90 ? 0.2 : 0.004);
      const status = open ? (crng.chance(0.7) ? "NEW" : "IN_ASSESSMENT") : "OUTCOME";
      const graded = status !== "NEW";
      const sourceEvaluation = graded ? crng.weighted({ RELIABLE: 30, UNTESTED: 60, NOT_RELIABLE: 10 }) : null;
      const intelAssessment = graded ? crng.weighted({ A: 10, B: 35, C: 35, D: 15, E: 5 }) : null;
      const handlingCode = graded ? (crng.chance(0.15) ? "C" : "P") : null;
      const outcome = status === "OUTCOME" ? crng.weighted({ LINKED_TO_GROUP: 35, NO_FURTHER_ACTION: 30, REFERRED: 15, ESCALATED_TO_TASKING: 10, NEW_EMERGING_GROUP: 10 }) : null;
      const hoodGroups = groupsOfHood[h]!;
      const group = (outcome === "LINKED_TO_GROUP" || outcome === "NEW_EMERGING_GROUP") ? (hoodGroups.length ? hoodGroups[skewed(hoodGroups.length, 1.5, crng)]! : crng.pick(groupsOfForce[f]!.length ? groupsOfForce[f]! : [0])) : -1;
      const outcomeAt = outcome ? Math.min(ctx.now, created + crng.int(1, 14) * DAY) : null;
      const assessor = graded ? userId(crng.pick(W.analystsOf[f]!)) : null;
      const referred = outcome === "REFERRED" ? partnerAgencyOf(f) : -1;
      const id = concernId(i);
      if (loc >= 0) concernLinks.push([i, "LOCATION", locationId(loc), created]);
      if (group >= 0) concernLinks.push([i, "GROUP", groupId(group), outcomeAt ?? created]);
      if (outcome && crng.chance(0.15)) {
        const noms = nominalsOfForce[f]!;
        if (noms.length) concernLinks.push([i, "NOMINAL", nominalId(noms[skewed(noms.length, 2, crng)]!), outcomeAt ?? created]);
      }
      const place = loc >= 0 ? "the address" : `${crng.int(1, 200)} ${V.street(crng)}`;
      yield [
        id, category, inds.length ? crng.sample(inds, crng.int(1, Math.min(3, inds.length))) : [],
        `${crng.pick(V.DESCRIPTION_OPENERS)} ${place}. ${crng.pick(V.DESCRIPTION_CLOSERS)}`,
        iso(created - crng.int(0, 72) * 3_600_000), loc >= 0 ? "" : place, loc >= 0 ? locationId(loc) : null, hoodId(h),
        crng.chance(0.3) ? `${V.personName(crng, true).name}, known as ${crng.pick(V.NICKNAMES)}` : "", crng.chance(0.2) ? V.vehicleReg(crng) : "",
        crng.weighted({ OWN_OBSERVATION: 40, MEMBER_OF_PUBLIC: 35, PARTNER: 12, CCTV: 8, OTHER: 5 }), crng.chance(0.03), userId(reporter), agencyId(W.users[reporter]!.agency), iso(created), status,
        assessor, sourceEvaluation, intelAssessment, handlingCode,
        sourceEvaluation === "NOT_RELIABLE" || intelAssessment === "E" ? crng.pick(V.GRADING_REASONS) : "", handlingCode === "C" ? crng.pick(V.CONDITIONS) : "",
        outcome ? crng.pick(V.SANITISED) : "", outcome, outcome === "NO_FURTHER_ACTION" ? crng.pick(V.NFA_REASONS) : "", outcomeAt === null ? null : iso(outcomeAt),
        referred >= 0 ? agencyId(referred) : null, group >= 0 ? groupId(group) : null, graded ? 2 : 1, iso(outcomeAt ?? created), assessor ?? userId(reporter),
      ];
    }
  })());
  await load(l, "ConcernLink", ["concernId", "kind", "recordId", "createdAt"], (function* () {
    for (const [i, kind, recordId, at] of concernLinks) yield [concernId(i), kind, recordId, iso(at)];
  })());
  concernLinks.length = 0;

  // Actions on groups' 4P plans (70%) and people's safeguarding plans (30%), owned by one agency.
  const A = S.actions;
  const arng = new Rng(1212);
  const actionStatus = new Uint8Array(A); // index into STATUSES
  const actionAuthor = new Int32Array(A);
  const actionDone = new Float64Array(A);
  const STATUSES = ["OPEN", "IN_PROGRESS", "BLOCKED", "DONE", "CANCELLED"] as const;
  const groupPlanCum = zipf(G, 0.9);
  const actionId = (i: number) => idOf("action", i, createdMs(ctx, "action", i, A));
  await load(l, "Action", ["id", "groupId", "personId", "strand", "title", "description", "owningAgencyId", "assigneeId", "dueDate", "priority", "status", "subjectKind", "subjectId", "outcomeNote", "disruptionOutcome", "sharedWithPartnership", "completedAt", "meetingItemId", "overdueNotifiedAt", "version", "createdAt", "updatedAt", "createdById", "updatedById"], (function* () {
    for (let i = 0; i < A; i++) {
      const created = createdMs(ctx, "action", i, A);
      const onGroup = arng.chance(0.7);
      let f: number, g = -1, p = -1;
      if (onGroup) {
        // Big groups have big plans.
        const r = sample(groupPlanCum, arng);
        g = groupOfRank[r]!;
        f = groupForce[g]!;
      } else {
        p = arng.int(0, P - 1);
        f = personForce[p]!;
      }
      const strand = onGroup ? arng.weighted({ PURSUE: 40, PREVENT: 20, PROTECT: 25, PREPARE: 15 }) : arng.weighted({ PROTECT: 70, PREVENT: 30 });
      const owner = onGroup ? (strand === "PURSUE" || arng.chance(0.4) ? policeOf(f) : partnerOf(f, arng.int(0, PARTNERS_PER_FORCE - 1))) : personLead[p]! >= 0 && arng.chance(0.7) ? personLead[p]! : arng.chance(0.3) ? policeOf(f) : partnerOf(f, arng.int(0, PARTNERS_PER_FORCE - 1));
      const staff = isPolice(owner) ? [...W.officersOfHood[W.forceHoods[f]![0]!]!, ...W.analystsOf[f]!] : W.partnerUsersOf.get(owner)!;
      const assignee = arng.chance(0.5) && staff.length ? staff[arng.int(0, staff.length - 1)]! : -1;
      const due = created + arng.int(7, 90) * DAY;
      const overdueFor = (ctx.now - due) / DAY;
      const status = overdueFor > 30 ? arng.weighted({ DONE: 75, CANCELLED: 15, OPEN: 5, IN_PROGRESS: 4, BLOCKED: 1 }) : overdueFor > 0 ? arng.weighted({ DONE: 45, CANCELLED: 5, OPEN: 25, IN_PROGRESS: 20, BLOCKED: 5 }) : arng.weighted({ DONE: 10, OPEN: 50, IN_PROGRESS: 35, BLOCKED: 5 });
      const si = STATUSES.indexOf(status as (typeof STATUSES)[number]);
      actionStatus[i] = si;
      const author = onGroup ? arng.pick(W.analystsOf[f]!) : arng.pick(W.analystsOf[f]!);
      actionAuthor[i] = author;
      const done = status === "DONE" ? Math.min(ctx.now, created + arng.int(1, 120) * DAY) : 0;
      actionDone[i] = done;
      const title = arng.pick(V.ACTION_TITLES[strand as keyof typeof V.ACTION_TITLES]);
      const updated = status === "OPEN" ? created : Math.min(ctx.now, done || created + arng.int(1, 60) * DAY);
      yield [
        actionId(i), g >= 0 ? groupId(g) : null, p >= 0 ? personId(p) : null, strand, title, `${title}. Agreed at the tasking meeting.`, agencyId(owner), assignee >= 0 ? userId(assignee) : null,
        ymd(due), arng.weighted({ HIGH: 25, MEDIUM: 55, LOW: 20 }), status, g >= 0 ? "GROUP" : "PERSON", g >= 0 ? groupId(g) : personId(p),
        status === "DONE" ? "Completed; outcome discussed at tasking." : "", status === "DONE" && strand === "PURSUE" ? arng.weighted({ MAJOR: 10, MODERATE: 30, MINOR: 40, NONE: 15, NEGATIVE: 5 }) : null,
        arng.chance(0.3), done ? iso(done) : null, null, null, status === "OPEN" ? 1 : 2, iso(created), iso(updated), userId(author), userId(author),
      ];
    }
  })());
  let updateIndex = 0;
  const urng = new Rng(1313);
  await load(l, "ActionUpdate", ["id", "actionId", "authorId", "note", "statusFrom", "statusTo", "createdAt"], (function* () {
    for (let i = 0; i < A; i++) {
      const created = createdMs(ctx, "action", i, A);
      const id = actionId(i);
      yield [idOf("update", updateIndex++, created), id, userId(actionAuthor[i]!), "Action created.", null, "OPEN", iso(created)];
      const status = STATUSES[actionStatus[i]!]!;
      if (status !== "OPEN") {
        const at = actionDone[i] || Math.min(ctx.now, created + urng.int(1, 60) * DAY);
        const note = status === "DONE" ? "Done: outcome recorded." : status === "CANCELLED" ? "Cancelled: superseded by a new plan." : status === "BLOCKED" ? "Waiting for information from another agency." : "Visit booked for next week.";
        yield [idOf("update", updateIndex++, at), id, userId(actionAuthor[i]!), note, "OPEN", status, iso(at)];
      }
    }
  })());

  // Referrals: about half the people at risk have one.
  const R = Math.round(P * 0.5);
  const rrng = new Rng(1414);
  await load(l, "Referral", ["id", "personId", "type", "receivingAgencyId", "referredOn", "consent", "status", "decisionOn", "reasonableGroundsOn", "conclusiveGroundsOn", "notes", "version", "createdAt", "updatedAt", "createdById", "updatedById"], (function* () {
    for (let i = 0; i < R; i++) {
      const p = skewed(P, 1, rrng);
      const f = personForce[p]!;
      const child = personChild[p] === 1;
      const created = Math.max(createdMs(ctx, "person", p, P), createdMs(ctx, "referral", i, R));
      let type = rrng.weighted(child ? { MASH: 60, NRM: 20, HOUSING: 5, HEALTH: 10, OTHER: 5 } : { ADULT_SAFEGUARDING: 40, NRM: 15, DUTY_TO_NOTIFY: 10, HOUSING: 20, HEALTH: 10, OTHER: 5 });
      const consent = child ? rrng.chance(0.5) : rrng.chance(0.7);
      if (type === "NRM" && !child && !consent) type = "DUTY_TO_NOTIFY";
      const receiving = partnerOf(f, type === "MASH" ? 1 : type === "ADULT_SAFEGUARDING" ? 2 : type === "HOUSING" ? 3 : type === "HEALTH" ? 4 : 0);
      const age = (ctx.now - created) / DAY;
      const status = age < 10 ? "SENT" : rrng.weighted({ ACCEPTED: 55, DECLINED: 10, CLOSED: 30, SENT: 5 });
      const decision = status === "SENT" ? null : ymd(Math.min(ctx.now, created + rrng.int(1, 10) * DAY));
      const rg = type === "NRM" && (age > 5 ? rrng.chance(0.9) : rrng.chance(0.3)) ? ymd(Math.min(ctx.now, created + rrng.int(2, 8) * DAY)) : null;
      const author = userId(W.analystsOf[f]![0]!);
      yield [idOf("referral", i, created), personId(p), type, agencyId(receiving), ymd(created), consent, status, decision, rg, rg && rrng.chance(0.5) ? ymd(Math.min(ctx.now, created + rrng.int(30, 200) * DAY)) : null, "", 1, iso(created), iso(created), author, author];
    }
  })());

  // Notifications: a handful per user, some unread.
  const nrng2 = new Rng(1515);
  let notificationIndex = 0;
  await load(l, "Notification", ["id", "userId", "kind", "title", "body", "href", "createdAt", "readAt"], (function* () {
    for (let u = 0; u < W.users.length; u++) {
      const n = nrng2.int(5, 25);
      for (let k = 0; k < n; k++) {
        const at = ctx.now - nrng2.int(0, 120) * DAY - nrng2.int(0, 86_000) * 1000;
        yield [idOf("notification", notificationIndex++, at), userId(u), "concern.outcome", "Your concern has been assessed: Linked to a group", "", "/", iso(at), nrng2.chance(0.7) ? iso(at + 3_600_000) : null];
      }
    }
  })());

  // Audit events, oldest first (the id grows with time, as in the app): each refers to records
  // that existed at its time; a few records (big groups, busy people) are looked at far more.
  const E = S.auditEvents;
  const erng = new Rng(1616);
  const U = W.users.length;
  const requestId = () => `${erng.int(0, 0xffffffff).toString(16).padStart(8, "0")}-bench`;
  await load(l, "AuditEvent", ["id", "at", "actorId", "actorAgencyId", "action", "entityType", "entityId", "summary", "details", "requestId"], (function* () {
    for (let i = 0; i < E; i++) {
      const at = ctx.start + ((i + 0.5) / E) * (ctx.now - ctx.start - DAY);
      const frac = (i + 1) / E;
      const upTo = (n: number) => Math.max(1, Math.floor(n * frac));
      const kind = erng.weighted({ concernLogged: 25, concernOutcome: 15, nominalViewed: 14, personViewed: 10, groupViewed: 8, actionUpdated: 9, search: 7, signIn: 8, groupScored: 1, linkCreated: 3 });
      const actor = erng.int(0, U - 1);
      const actorAgency = W.users[actor]!.agency;
      let action: string, entityType: string, entityId: string | null, summary: string, details: Cell = null;
      switch (kind) {
        case "concernLogged": {
          const c = erng.int(0, upTo(C) - 1);
          [action, entityType, entityId, summary] = ["concern.logged", "Concern", concernId(c), "Logged a county lines / child criminal exploitation concern"];
          details = { json: { category: "COUNTY_LINES", immediateRisk: false } };
          break;
        }
        case "concernOutcome": {
          const c = erng.int(0, upTo(C) - 1);
          [action, entityType, entityId, summary] = ["concern.outcome", "Concern", concernId(c), "Assessed concern: Linked to a group"];
          details = { json: { grade: "UNTESTED/B/P", outcome: "LINKED_TO_GROUP" } };
          break;
        }
        case "nominalViewed": {
          const n = skewed(upTo(N), 2, erng);
          [action, entityType, entityId, summary] = ["record.viewed", "Nominal", nominalId(n), "Viewed nominal"];
          break;
        }
        case "personViewed": {
          const p = skewed(upTo(P), 2, erng);
          [action, entityType, entityId, summary] = ["record.viewed", "PersonAtRisk", personId(p), "Viewed person at risk"];
          break;
        }
        case "groupViewed":
        case "groupScored": {
          const g = groupOfRank[skewed(G, 3, erng)]!;
          if (groupCreated[g]! > at) {
            [action, entityType, entityId, summary] = ["search", "OrganisedCrimeGroup", null, `Searched OrganisedCrimeGroup for "line" (12 results)`];
            break;
          }
          [action, entityType, entityId, summary] = kind === "groupScored" ? ["group.scored", "OrganisedCrimeGroup", groupId(g), "Scored group: 62/100, band 2a"] : ["group.updated", "OrganisedCrimeGroup", groupId(g), "Updated group"];
          break;
        }
        case "actionUpdated": {
          const a = erng.int(0, upTo(A) - 1);
          [action, entityType, entityId, summary] = ["action.updated", "Action", actionId(a), "Action: update added"];
          break;
        }
        case "search":
          [action, entityType, entityId, summary] = ["search", erng.pick(["Nominal", "PersonAtRisk", "OrganisedCrimeGroup", "Location"]), null, `Searched for "${erng.pick(V.NICKNAMES).toLowerCase()}" (${erng.int(0, 200)} results)`];
          break;
        case "linkCreated": {
          const n = skewed(upTo(N), 2, erng);
          [action, entityType, entityId, summary] = ["link.created", "Nominal", nominalId(n), "Linked nominal — associate of — nominal"];
          break;
        }
        default:
          [action, entityType, entityId, summary] = ["auth.signed_in", "User", userId(actor), "Signed in"];
      }
      yield [i + 1, iso(at), userId(actor), agencyId(actorAgency), action, entityType, entityId, summary, details, requestId()];
    }
  })());
  await l.client.query(`select setval(pg_get_serial_sequence('"AuditEvent"', 'id'), (select coalesce(max(id), 1) from "AuditEvent"))`);
}

// ─── the database: recreate, migrate, defer indexes, load, restore, analyse ──────────────────

type IndexDef = { name: string; table: string; def: string };

async function secondaryIndexes(client: pg.Client): Promise<IndexDef[]> {
  const { rows } = await client.query<IndexDef>(`
    select ic.relname as name, tc.relname as "table", pg_get_indexdef(i.indexrelid) as def
    from pg_index i
    join pg_class ic on ic.oid = i.indexrelid
    join pg_class tc on tc.oid = i.indrelid
    join pg_namespace n on n.oid = tc.relnamespace
    where n.nspname = 'public' and tc.relname <> '_prisma_migrations'
      and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
    order by tc.relname, ic.relname`);
  return rows;
}

async function recreateDatabase(server: ScaleServer, name: string, force: boolean) {
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  try {
    const exists = (await admin.query("select 1 from pg_database where datname = $1", [name])).rowCount! > 0;
    if (exists && !force) {
      // Only ever replace a database this generator made: a user table with no bench account is someone's real data.
      const probe = new pg.Client({ connectionString: server.url(name) });
      await probe.connect();
      try {
        const hasUsers = (await probe.query(`select to_regclass('public."User"') as t`)).rows[0].t !== null;
        if (hasUsers) {
          const { rows } = await probe.query(`select count(*)::int as n, count(*) filter (where email = $1)::int as bench from "User"`, [BENCH_ACCOUNTS.analyst]);
          if (rows[0].n > 0 && rows[0].bench === 0) throw new Error(`database ${name} has users and is not a scale dataset: refusing to replace it (pass --force to do so anyway)`);
        }
      } finally {
        await probe.end();
      }
    }
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
}

export async function generateScaleDataset(options: { preset: Preset; server: ScaleServer; database: string; force?: boolean; now?: Date }) {
  const { preset, server, database } = options;
  if (database === "locus") throw new Error("refusing to write the scale dataset into the demo database \"locus\"");
  const started = Date.now();
  const sizes = sizesOf(preset);
  const nowDate = options.now ?? new Date(Math.floor(Date.now() / DAY) * DAY + 12 * 3_600_000);
  const now = nowDate.getTime();
  console.log(`» scale dataset "${preset}" into database ${database}: ${Object.entries(sizes).map(([k, v]) => `${k} ${v.toLocaleString("en-GB")}`).join(", ")}`);
  await recreateDatabase(server, database, options.force ?? false);
  const url = server.url(database);
  await applyMigrations(url, () => {});
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const loader: Loader = { client, timings: [], counts: {} };
  try {
    let superuser = false;
    try {
      await client.query("set session_replication_role = replica");
      superuser = true;
    } catch {
      console.log("  (not a superuser: foreign keys are checked row by row during the load)");
    }
    await client.query("set maintenance_work_mem = '1GB'");
    await client.query("set synchronous_commit = off");
    const indexes = await secondaryIndexes(client);
    for (const ix of indexes) await client.query(`drop index "${ix.name}"`);
    console.log(`  (${indexes.length} secondary indexes dropped for the load)`);
    const passwordHash = await hash(BENCH_PASSWORD, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
    const ctx: Ctx = { preset, sizes, now, start: now - YEARS * 365 * DAY, passwordHash };
    const loadStarted = Date.now();
    await generate(loader, ctx);
    const loadMs = Date.now() - loadStarted;

    const indexStarted = Date.now();
    await client.query("set max_parallel_maintenance_workers = 2");
    for (const ix of indexes) await client.query(ix.def);
    const after = await secondaryIndexes(client);
    const same = JSON.stringify(after.map((i) => i.def).sort()) === JSON.stringify(indexes.map((i) => i.def).sort());
    if (!same) throw new Error("the secondary indexes after the load differ from those before it");
    const indexMs = Date.now() - indexStarted;
    console.log(`  indexes (${indexes.length}) recreated in ${(indexMs / 1000).toFixed(1)} s`);
    if (superuser) await client.query("set session_replication_role = origin");

    const analyzeStarted = Date.now();
    await client.query("vacuum (analyze)");
    const analyzeMs = Date.now() - analyzeStarted;
    console.log(`  vacuum + analyze in ${(analyzeMs / 1000).toFixed(1)} s`);

    const totalMs = Date.now() - started;
    const marker = { preset, sizes, counts: loader.counts, now: nowDate.toISOString(), loadMs, indexMs, analyzeMs, totalMs, timings: loader.timings };
    await client.query(`insert into "AuditEvent" (action, "entityType", summary, details) values ($1, 'System', $2, $3)`, [SCALE_MARKER_ACTION, `Generated the "${preset}" scale dataset`, JSON.stringify(marker)]);
    const size = (await client.query(`select pg_size_pretty(pg_database_size(current_database())) as s`)).rows[0].s as string;
    console.log(`» done in ${(totalMs / 1000).toFixed(1)} s (rows ${(loadMs / 1000).toFixed(1)} s, indexes ${(indexMs / 1000).toFixed(1)} s, analyze ${(analyzeMs / 1000).toFixed(1)} s); database size ${size}`);
    return marker;
  } finally {
    await client.end();
  }
}

// ─── command line ────────────────────────────────────────────────────────────────────────────

function option(argv: string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  const a = argv[i]!;
  return a.includes("=") ? a.slice(a.indexOf("=") + 1) : argv[i + 1];
}

async function main() {
  const argv = process.argv.slice(2);
  const preset = option(argv, "--preset") ?? "small";
  if (!isPreset(preset)) {
    console.error(`unknown preset ${preset}: use small, force or national`);
    process.exit(2);
  }
  const databaseUrl = option(argv, "--database-url");
  const nowText = option(argv, "--now");
  const server = databaseUrl ? externalServer(databaseUrl) : await startScaleServer();
  const database = databaseUrl ? databaseOf(databaseUrl) || databaseNameOf(preset) : databaseNameOf(preset);
  let code = 0;
  try {
    await generateScaleDataset({ preset, server, database, force: argv.includes("--force"), now: nowText ? new Date(nowText) : undefined });
  } catch (error) {
    console.error(`✖ ${(error as Error).stack ?? error}`);
    code = 1;
  } finally {
    await server.stop();
  }
  process.exit(code);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
