// Locus local threat scoring for organised crime groups ("locus-local-1").
//
// The national OCG mapping (OCGM) algorithm is not public, so Locus does NOT reproduce it. This is
// a *local*, documented, deterministic method that borrows the national band vocabulary (1a..3c)
// and the harm-first emphasis of MoRiLE, and shows every number it uses (docs/scoring.md).
//
// The method, in full:
//   1. Each of the 12 factors is rated Unknown | Low | Medium | High. A rating is worth
//      Low 1, Medium 3, High 5 points per unit of weight. Unknown is scored as Low (1) — it is
//      never allowed to raise the score — and is flagged in the working and lowers confidence.
//   2. Factor points = weight × rating points. Capability weights total 8 (max 40 points), harm
//      weights total 12 (max 60 points): harm counts for 60% of the base, capability 40%.
//   3. Base = capability points + harm points (20..100).
//   4. Score = round(base × likelihood multiplier); Low 0.6, Medium 0.8, High 1.0, Unknown
//      scored as Low (0.6) and flagged. The score is an integer 12..100.
//   5. Band number by tens of score: 70+ is band 1, 40–69 band 2, below 40 band 3. The letter is
//      the position within the band, ten points per letter (1a 90–100, 1b 80–89, 1c 70–79,
//      2a 60–69, 2b 50–59, 2c 40–49, 3a 30–39, 3b 20–29, 3c 0–19).
//   6. Confidence never changes the score or the band. The analyst's stated confidence is
//      lowered one step when 1–3 ratings (of the 12 factors plus likelihood) are Unknown, and to
//      Low when 4 or more are; Low confidence adds a "provisional" caution to the working.
//
// Monotonic by construction: every rating's points and every multiplier are non-decreasing along
// Unknown < Low < Medium < High, so raising any factor never lowers the score or the band.

export const SCORING_METHOD_VERSION = "locus-local-1";

export const EXTENTS = ["UNKNOWN", "LOW", "MEDIUM", "HIGH"] as const;
export type Extent = (typeof EXTENTS)[number];

export const CONFIDENCES = ["LOW", "MEDIUM", "HIGH"] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const CAPABILITY_FACTORS = [
  "violence",
  "weapons",
  "infiltration",
  "tacticalAwareness",
  "criminalExpertise",
  "resilience",
] as const;
export const HARM_FACTORS = [
  "physical",
  "psychological",
  "financial",
  "community",
  "victimVulnerability",
  "geographicScope",
] as const;
export type CapabilityFactor = (typeof CAPABILITY_FACTORS)[number];
export type HarmFactor = (typeof HARM_FACTORS)[number];
export type Factor = CapabilityFactor | HarmFactor;

export const FACTOR_LABELS: Record<Factor, string> = {
  violence: "Violence",
  weapons: "Access to weapons",
  infiltration: "Infiltration / corruption",
  tacticalAwareness: "Tactical awareness",
  criminalExpertise: "Criminal expertise",
  resilience: "Resilience",
  physical: "Physical harm",
  psychological: "Psychological harm",
  financial: "Financial harm",
  community: "Community / environmental harm",
  victimVulnerability: "Victim vulnerability",
  geographicScope: "Geographic scope",
};

/** Short lower-case names used inside the one-sentence summary. */
const SUMMARY_NAMES: Record<Factor, string> = {
  violence: "violence",
  weapons: "weapons",
  infiltration: "infiltration",
  tacticalAwareness: "tactical awareness",
  criminalExpertise: "criminal expertise",
  resilience: "resilience",
  physical: "physical",
  psychological: "psychological",
  financial: "financial",
  community: "community/environmental",
  victimVulnerability: "victim vulnerability",
  geographicScope: "geographic scope",
};

export const EXTENT_LABELS: Record<Extent, string> = { UNKNOWN: "Unknown", LOW: "Low", MEDIUM: "Medium", HIGH: "High" };
export const CONFIDENCE_LABELS: Record<Confidence, string> = { LOW: "Low", MEDIUM: "Medium", HIGH: "High" };

export const BANDS = ["1a", "1b", "1c", "2a", "2b", "2c", "3a", "3b", "3c"] as const;
export type Band = (typeof BANDS)[number];

// ---- Local default parameters (not a national standard) -------------------------------------

/** Points per unit of weight for each rating. Unknown is scored as Low and flagged. */
export const EXTENT_POINTS: Record<Extent, number> = { UNKNOWN: 1, LOW: 1, MEDIUM: 3, HIGH: 5 };

/**
 * Factor weights. Capability: violence and infiltration/corruption (the two that most raise the
 * threat to life and to the integrity of the response) weigh 2, the rest 1 — total 8, max 40
 * points. Harm: all six MoRiLE harm dimensions weigh 2 — total 12, max 60 points.
 */
export const FACTOR_WEIGHTS: Record<Factor, number> = {
  violence: 2,
  weapons: 1,
  infiltration: 2,
  tacticalAwareness: 1,
  criminalExpertise: 1,
  resilience: 1,
  physical: 2,
  psychological: 2,
  financial: 2,
  community: 2,
  victimVulnerability: 2,
  geographicScope: 2,
};

/** Likelihood multipliers, in whole percent so the arithmetic stays exact. */
export const LIKELIHOOD_PERCENT: Record<Extent, number> = { UNKNOWN: 60, LOW: 60, MEDIUM: 80, HIGH: 100 };

export const MAX_CAPABILITY_POINTS = CAPABILITY_FACTORS.reduce((sum, f) => sum + FACTOR_WEIGHTS[f] * EXTENT_POINTS.HIGH, 0);
export const MAX_HARM_POINTS = HARM_FACTORS.reduce((sum, f) => sum + FACTOR_WEIGHTS[f] * EXTENT_POINTS.HIGH, 0);
export const MAX_BASE_POINTS = MAX_CAPABILITY_POINTS + MAX_HARM_POINTS;

/** Lowest score of each band, most serious first; a score takes the first band whose minimum it reaches. */
export const BAND_MINIMUMS: readonly { band: Band; min: number; max: number }[] = [
  { band: "1a", min: 90, max: 100 },
  { band: "1b", min: 80, max: 89 },
  { band: "1c", min: 70, max: 79 },
  { band: "2a", min: 60, max: 69 },
  { band: "2b", min: 50, max: 59 },
  { band: "2c", min: 40, max: 49 },
  { band: "3a", min: 30, max: 39 },
  { band: "3b", min: 20, max: 29 },
  { band: "3c", min: 0, max: 19 },
];

/** Unknown ratings (of 12 factors + likelihood) at which confidence drops one step / to Low. */
export const UNKNOWNS_LOWER_ONE_STEP = 1;
export const UNKNOWNS_FORCE_LOW = 4;

// ---- Types ------------------------------------------------------------------------------------

export type ScoringInput = {
  capability: Record<CapabilityFactor, Extent>;
  harm: Record<HarmFactor, Extent>;
  likelihood: Extent;
  confidence: Confidence;
};

export type WorkingLine = { label: string; value: string; points: number; note?: string };

export type ScoringResult = {
  score: number /* integer 0..100 */;
  band: Band;
  capabilityPoints: number;
  harmPoints: number;
  likelihoodMultiplier: number;
  confidence: Confidence;
  working: WorkingLine[];
  summary: string;
};

export type ScoringChange = {
  scoreDelta: number;
  bandMovement: "up" | "down" | "same" /* up = more serious, e.g. 2b -> 1c */;
  changedFactors: {
    factor: CapabilityFactor | HarmFactor | "likelihood" | "confidence";
    label: string;
    from: string;
    to: string;
  }[];
};

// Labels of the non-factor working lines, exported so the UI and tests can find them.
export const WORKING_LABELS = {
  capabilitySubtotal: "Capability subtotal",
  harmSubtotal: "Harm subtotal",
  base: "Base (capability + harm)",
  likelihood: "Likelihood",
  score: "Score and band",
  confidence: "Confidence",
} as const;

// ---- Helpers ----------------------------------------------------------------------------------

function checkExtent(value: unknown, what: string): Extent {
  if (typeof value === "string" && (EXTENTS as readonly string[]).includes(value)) return value as Extent;
  throw new RangeError(`${what}: "${String(value)}" is not one of ${EXTENTS.join(", ")}`);
}

function checkConfidence(value: unknown): Confidence {
  if (typeof value === "string" && (CONFIDENCES as readonly string[]).includes(value)) return value as Confidence;
  throw new RangeError(`Confidence: "${String(value)}" is not one of ${CONFIDENCES.join(", ")}`);
}

/** 0 for 1a (most serious) .. 8 for 3c. */
export function bandRank(band: Band): number {
  const rank = (BANDS as readonly string[]).indexOf(band);
  if (rank < 0) throw new RangeError(`"${String(band)}" is not a band`);
  return rank;
}

/** The band for an integer score 0..100 (see BAND_MINIMUMS). */
export function bandForScore(score: number): Band {
  if (!Number.isInteger(score) || score < 0 || score > 100) throw new RangeError(`Score ${score} is not an integer 0..100`);
  for (const row of BAND_MINIMUMS) if (score >= row.min) return row.band;
  throw new RangeError(`No band for score ${score}`);
}

function bandRow(band: Band): { band: Band; min: number; max: number } {
  const row = BAND_MINIMUMS.find((r) => r.band === band);
  if (!row) throw new RangeError(`"${band}" is not a band`);
  return row;
}

/** The factors (and likelihood) rated Unknown, in display order. */
export function unknownRatings(input: ScoringInput): (Factor | "likelihood")[] {
  const out: (Factor | "likelihood")[] = [];
  for (const f of CAPABILITY_FACTORS) if (input.capability[f] === "UNKNOWN") out.push(f);
  for (const f of HARM_FACTORS) if (input.harm[f] === "UNKNOWN") out.push(f);
  if (input.likelihood === "UNKNOWN") out.push("likelihood");
  return out;
}

/** Stated confidence lowered for Unknown ratings: 1–3 unknown → one step down; 4+ → Low. */
export function effectiveConfidence(stated: Confidence, unknownCount: number): Confidence {
  if (unknownCount >= UNKNOWNS_FORCE_LOW) return "LOW";
  if (unknownCount >= UNKNOWNS_LOWER_ONE_STEP) return stated === "HIGH" ? "MEDIUM" : "LOW";
  return stated;
}

/** "low" | "medium" | "high" for a points subtotal, as a share of its maximum (≥70% high, ≥40% medium). */
function levelWord(points: number, max: number): "low" | "medium" | "high" {
  const pct = (points * 100) / max;
  if (pct >= 70) return "high";
  if (pct >= 40) return "medium";
  return "low";
}

function formatMultiplier(percent: number): string {
  return (percent / 100).toFixed(1);
}

function labelOf(rating: Factor | "likelihood"): string {
  return rating === "likelihood" ? "Likelihood" : FACTOR_LABELS[rating];
}

// ---- Scoring ----------------------------------------------------------------------------------

export function scoreGroup(input: ScoringInput): ScoringResult {
  const working: WorkingLine[] = [];

  const factorLine = (factor: Factor, rawExtent: unknown): number => {
    const extent = checkExtent(rawExtent, FACTOR_LABELS[factor]);
    const weight = FACTOR_WEIGHTS[factor];
    const per = EXTENT_POINTS[extent];
    const points = weight * per;
    working.push({
      label: FACTOR_LABELS[factor],
      value: EXTENT_LABELS[extent],
      points,
      note:
        extent === "UNKNOWN"
          ? `Unknown: scored as Low (weight ${weight} × ${per} = ${points}) and lowers confidence; record a rating to firm up the score`
          : `weight ${weight} × ${EXTENT_LABELS[extent]} ${per} = ${points}`,
    });
    return points;
  };

  let capabilityPoints = 0;
  for (const f of CAPABILITY_FACTORS) capabilityPoints += factorLine(f, input.capability[f]);
  working.push({
    label: WORKING_LABELS.capabilitySubtotal,
    value: `${capabilityPoints} of ${MAX_CAPABILITY_POINTS}`,
    points: capabilityPoints,
    note: `sum of the ${CAPABILITY_FACTORS.length} capability factors`,
  });

  let harmPoints = 0;
  for (const f of HARM_FACTORS) harmPoints += factorLine(f, input.harm[f]);
  working.push({
    label: WORKING_LABELS.harmSubtotal,
    value: `${harmPoints} of ${MAX_HARM_POINTS}`,
    points: harmPoints,
    note: `sum of the ${HARM_FACTORS.length} harm factors`,
  });

  const base = capabilityPoints + harmPoints;
  working.push({
    label: WORKING_LABELS.base,
    value: `${base} of ${MAX_BASE_POINTS}`,
    points: base,
    note: `${capabilityPoints} + ${harmPoints} = ${base}`,
  });

  const likelihood = checkExtent(input.likelihood, "Likelihood");
  const percent = LIKELIHOOD_PERCENT[likelihood];
  const likelihoodMultiplier = percent / 100;
  const exact = (base * percent) / 100;
  const score = Math.round(exact);
  working.push({
    label: WORKING_LABELS.likelihood,
    value: `${EXTENT_LABELS[likelihood]} (× ${formatMultiplier(percent)})`,
    points: score - base,
    note:
      `${base} × ${formatMultiplier(percent)} = ${Number.isInteger(exact) ? exact : `${exact}, rounded to ${score}`}` +
      (likelihood === "UNKNOWN" ? "; Unknown: scored as Low and lowers confidence" : ""),
  });

  const band = bandForScore(score);
  const row = bandRow(band);
  const bandNumber = band.charAt(0);
  const bandRows = BAND_MINIMUMS.filter((r) => r.band.startsWith(bandNumber));
  const bandMin = Math.min(...bandRows.map((r) => r.min));
  const bandMax = Math.max(...bandRows.map((r) => r.max));
  working.push({
    label: WORKING_LABELS.score,
    value: `${score}/100, band ${band}`,
    points: score,
    note: `${base} ${score - base >= 0 ? "+" : "−"} ${Math.abs(score - base)} = ${score}; band ${bandNumber} is ${bandMin}–${bandMax}, ${band} is ${row.min}–${row.max}`,
  });

  const stated = checkConfidence(input.confidence);
  const unknowns = unknownRatings(input);
  const confidence = effectiveConfidence(stated, unknowns.length);
  const confidenceNotes: string[] = [];
  if (confidence !== stated) {
    const names = unknowns.map(labelOf).join(", ");
    confidenceNotes.push(
      `stated ${CONFIDENCE_LABELS[stated]}, lowered to ${CONFIDENCE_LABELS[confidence]} because ${unknowns.length} ${unknowns.length === 1 ? "rating is" : "ratings are"} Unknown (${names})`,
    );
  } else if (unknowns.length > 0) {
    confidenceNotes.push(`${unknowns.length} ${unknowns.length === 1 ? "rating is" : "ratings are"} Unknown (${unknowns.map(labelOf).join(", ")})`);
  }
  confidenceNotes.push("confidence does not change the score or the band");
  if (confidence === "LOW") confidenceNotes.push("treat this band as provisional until the gaps in the intelligence are filled");
  working.push({
    label: WORKING_LABELS.confidence,
    value: CONFIDENCE_LABELS[confidence],
    points: 0,
    note: confidenceNotes.join("; "),
  });

  const summary = buildSummary({ input, score, band, capabilityPoints, harmPoints, likelihood, confidence, unknownCount: unknowns.length });

  return { score, band, capabilityPoints, harmPoints, likelihoodMultiplier, confidence, working, summary };
}

function buildSummary(s: {
  input: ScoringInput;
  score: number;
  band: Band;
  capabilityPoints: number;
  harmPoints: number;
  likelihood: Extent;
  confidence: Confidence;
  unknownCount: number;
}): string {
  const highs = (factors: readonly Factor[], ratings: Record<string, Extent>) => factors.filter((f) => ratings[f] === "HIGH").map((f) => SUMMARY_NAMES[f]);
  const withList = (word: string, names: string[]) => (names.length > 0 ? `${word} (${names.join(", ")})` : word);

  const harm = withList(`${levelWord(s.harmPoints, MAX_HARM_POINTS)} harm`, highs(HARM_FACTORS, s.input.harm));
  const capability = withList(`${levelWord(s.capabilityPoints, MAX_CAPABILITY_POINTS)} capability`, highs(CAPABILITY_FACTORS, s.input.capability));
  const unknownNote = s.unknownCount > 0 ? ` (${s.unknownCount} ${s.unknownCount === 1 ? "rating" : "ratings"} unknown)` : "";
  return (
    `Score ${s.score}/100, band ${s.band}: ${harm} with ${capability}; ` +
    `likelihood ${EXTENT_LABELS[s.likelihood].toLowerCase()}; confidence ${CONFIDENCE_LABELS[s.confidence].toLowerCase()}${unknownNote}.`
  );
}

// ---- Change since the last scoring -------------------------------------------------------------

/**
 * What changed between two recorded scorings. The delta and band movement use the scores and
 * bands as recorded (so a scoring made under an earlier method version is compared as it was
 * shown), and the changed factors list every rating that differs, with display labels.
 */
export function compareScorings(
  previous: ScoringInput & { score: number; band: Band },
  next: ScoringInput & { score: number; band: Band },
): ScoringChange {
  const changedFactors: ScoringChange["changedFactors"] = [];
  for (const f of CAPABILITY_FACTORS) {
    const from = checkExtent(previous.capability[f], FACTOR_LABELS[f]);
    const to = checkExtent(next.capability[f], FACTOR_LABELS[f]);
    if (from !== to) changedFactors.push({ factor: f, label: FACTOR_LABELS[f], from: EXTENT_LABELS[from], to: EXTENT_LABELS[to] });
  }
  for (const f of HARM_FACTORS) {
    const from = checkExtent(previous.harm[f], FACTOR_LABELS[f]);
    const to = checkExtent(next.harm[f], FACTOR_LABELS[f]);
    if (from !== to) changedFactors.push({ factor: f, label: FACTOR_LABELS[f], from: EXTENT_LABELS[from], to: EXTENT_LABELS[to] });
  }
  const fromL = checkExtent(previous.likelihood, "Likelihood");
  const toL = checkExtent(next.likelihood, "Likelihood");
  if (fromL !== toL) changedFactors.push({ factor: "likelihood", label: "Likelihood", from: EXTENT_LABELS[fromL], to: EXTENT_LABELS[toL] });
  const fromC = checkConfidence(previous.confidence);
  const toC = checkConfidence(next.confidence);
  if (fromC !== toC) changedFactors.push({ factor: "confidence", label: "Confidence", from: CONFIDENCE_LABELS[fromC], to: CONFIDENCE_LABELS[toC] });

  const before = bandRank(previous.band);
  const after = bandRank(next.band);
  return {
    scoreDelta: next.score - previous.score,
    bandMovement: after < before ? "up" : after > before ? "down" : "same",
    changedFactors,
  };
}
