import { describe, expect, it } from "vitest";
import {
  BAND_MINIMUMS,
  BANDS,
  CAPABILITY_FACTORS,
  CONFIDENCES,
  EXTENT_POINTS,
  EXTENTS,
  FACTOR_LABELS,
  FACTOR_WEIGHTS,
  HARM_FACTORS,
  LIKELIHOOD_PERCENT,
  SCORING_METHOD_VERSION,
  WORKING_LABELS,
  bandForScore,
  bandRank,
  compareScorings,
  scoreGroup,
  type Band,
  type CapabilityFactor,
  type Confidence,
  type Extent,
  type HarmFactor,
  type ScoringInput,
  type ScoringResult,
  type WorkingLine,
} from "@/lib/domain/scoring";

// ---- helpers ----------------------------------------------------------------------------------

function uniform(extent: Extent, likelihood: Extent = extent, confidence: Confidence = "HIGH"): ScoringInput {
  return {
    capability: Object.fromEntries(CAPABILITY_FACTORS.map((f) => [f, extent])) as Record<CapabilityFactor, Extent>,
    harm: Object.fromEntries(HARM_FACTORS.map((f) => [f, extent])) as Record<HarmFactor, Extent>,
    likelihood,
    confidence,
  };
}

function withRatings(
  base: ScoringInput,
  changes: { capability?: Partial<Record<CapabilityFactor, Extent>>; harm?: Partial<Record<HarmFactor, Extent>>; likelihood?: Extent; confidence?: Confidence },
): ScoringInput {
  return {
    capability: { ...base.capability, ...changes.capability },
    harm: { ...base.harm, ...changes.harm },
    likelihood: changes.likelihood ?? base.likelihood,
    confidence: changes.confidence ?? base.confidence,
  };
}

/** mulberry32: a tiny seeded PRNG so the property tests are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, options: readonly T[]): T {
  const value = options[Math.floor(rand() * options.length)];
  if (value === undefined) throw new Error("empty options");
  return value;
}

function randomInput(rand: () => number): ScoringInput {
  return {
    capability: Object.fromEntries(CAPABILITY_FACTORS.map((f) => [f, pick(rand, EXTENTS)])) as Record<CapabilityFactor, Extent>,
    harm: Object.fromEntries(HARM_FACTORS.map((f) => [f, pick(rand, EXTENTS)])) as Record<HarmFactor, Extent>,
    likelihood: pick(rand, EXTENTS),
    confidence: pick(rand, CONFIDENCES),
  };
}

function nextExtent(e: Extent): Extent | undefined {
  return EXTENTS[EXTENTS.indexOf(e) + 1];
}

function line(result: ScoringResult, label: string): WorkingLine {
  const found = result.working.filter((l) => l.label === label);
  expect(found, `exactly one working line "${label}"`).toHaveLength(1);
  return found[0]!;
}

function scored(input: ScoringInput): ScoringInput & { score: number; band: Band } {
  const r = scoreGroup(input);
  return { ...input, score: r.score, band: r.band };
}

// ---- tests ------------------------------------------------------------------------------------

describe("local OCG scoring: the extremes", () => {
  it("names its method version, so stored scorings can say how they were made", () => {
    expect(SCORING_METHOD_VERSION).toBe("locus-local-1");
  });

  it("scores a group rated High on everything 100/100, band 1a, with full capability and harm points", () => {
    const r = scoreGroup(uniform("HIGH"));
    expect(r).toMatchObject({ score: 100, band: "1a", capabilityPoints: 40, harmPoints: 60, likelihoodMultiplier: 1, confidence: "HIGH" });
  });

  it("puts a group rated all Low in band 3 whatever the likelihood, and in 3c when likelihood is Low", () => {
    expect(scoreGroup(uniform("LOW")).score).toBe(12);
    expect(scoreGroup(uniform("LOW")).band).toBe("3c");
    expect(scoreGroup(uniform("LOW", "MEDIUM")).band).toBe("3c");
    expect(scoreGroup(uniform("LOW", "HIGH"))).toMatchObject({ score: 20, band: "3b" });
  });

  it("puts a group rated all Unknown in band 3c with Low confidence, even if the analyst stated High", () => {
    const r = scoreGroup(uniform("UNKNOWN", "UNKNOWN", "HIGH"));
    expect(r).toMatchObject({ score: 12, band: "3c", confidence: "LOW" });
  });

  it("weights harm more than capability: the same ratings score higher on harm than on capability", () => {
    const harmHigh = scoreGroup(withRatings(uniform("LOW", "HIGH"), { harm: uniform("HIGH").harm }));
    const capabilityHigh = scoreGroup(withRatings(uniform("LOW", "HIGH"), { capability: uniform("HIGH").capability }));
    expect(harmHigh.harmPoints).toBe(60);
    expect(capabilityHigh.capabilityPoints).toBe(40);
    expect(harmHigh.score).toBe(68); // 8 + 60
    expect(capabilityHigh.score).toBe(52); // 40 + 12
    expect(harmHigh.score).toBeGreaterThan(capabilityHigh.score);
    expect(bandRank(harmHigh.band)).toBeLessThan(bandRank(capabilityHigh.band));
  });
});

describe("bands", () => {
  it("ranks bands from 1a (0, most serious) to 3c (8)", () => {
    expect(BANDS.map(bandRank)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(bandRank("1a")).toBe(0);
    expect(bandRank("2b")).toBe(4);
    expect(bandRank("3c")).toBe(8);
    expect(() => bandRank("4a" as Band)).toThrow(RangeError);
  });

  it("places scores by tens: band number from the thresholds, letter from the position within the band", () => {
    const cases: [number, Band][] = [
      [100, "1a"], [90, "1a"], [89, "1b"], [80, "1b"], [79, "1c"], [70, "1c"],
      [69, "2a"], [60, "2a"], [59, "2b"], [50, "2b"], [49, "2c"], [40, "2c"],
      [39, "3a"], [30, "3a"], [29, "3b"], [20, "3b"], [19, "3c"], [0, "3c"],
    ];
    for (const [score, band] of cases) expect(bandForScore(score), `score ${score}`).toBe(band);
    expect(() => bandForScore(101)).toThrow(RangeError);
    expect(() => bandForScore(-1)).toThrow(RangeError);
    expect(() => bandForScore(55.5)).toThrow(RangeError);
  });

  it("has a threshold table that covers 0..100 with no gaps or overlaps, most serious first", () => {
    expect(BAND_MINIMUMS.map((r) => r.band)).toEqual([...BANDS]);
    expect(BAND_MINIMUMS[0]!.max).toBe(100);
    expect(BAND_MINIMUMS[BAND_MINIMUMS.length - 1]!.min).toBe(0);
    for (let i = 1; i < BAND_MINIMUMS.length; i++) expect(BAND_MINIMUMS[i]!.max).toBe(BAND_MINIMUMS[i - 1]!.min - 1);
  });

  it("can reach every one of the nine bands from real ratings", () => {
    const examples: [Band, ScoringInput][] = [
      ["1a", uniform("HIGH")], // 100
      ["1b", withRatings(uniform("HIGH"), { capability: { violence: "LOW", infiltration: "LOW" }, harm: { community: "MEDIUM" } })], // 100-8-8-4 = 80
      ["1c", withRatings(uniform("LOW", "HIGH"), { harm: uniform("HIGH").harm, capability: { violence: "HIGH" } })], // 16 + 60 = 76
      ["2a", uniform("MEDIUM", "HIGH")], // 60
      ["2b", withRatings(uniform("MEDIUM", "HIGH"), { capability: { violence: "LOW", infiltration: "LOW" } })], // 52
      ["2c", uniform("MEDIUM")], // 60 × 0.8 = 48
      ["3a", uniform("MEDIUM", "LOW")], // 60 × 0.6 = 36
      ["3b", uniform("LOW", "HIGH")], // 20
      ["3c", uniform("LOW")], // 12
    ];
    const reached = new Set<Band>();
    for (const [band, input] of examples) {
      const r = scoreGroup(input);
      expect(r.band, `${band}: score ${r.score}`).toBe(band);
      reached.add(r.band);
    }
    expect([...reached].sort()).toEqual([...BANDS].sort());
  });
});

describe("monotonicity: raising any rating never lowers the score", () => {
  const rand = prng(20_241_125);
  const samples = Array.from({ length: 400 }, () => randomInput(rand));

  it("holds for every factor and likelihood on 400 seeded random groups (and a real raise always counts)", () => {
    let checked = 0;
    let strictRaises = 0;
    for (const input of samples) {
      const before = scoreGroup(input);
      const raises: [string, Extent, ScoringInput][] = [];
      for (const f of CAPABILITY_FACTORS) {
        const up = nextExtent(input.capability[f]);
        if (up) raises.push([f, input.capability[f], withRatings(input, { capability: { [f]: up } })]);
      }
      for (const f of HARM_FACTORS) {
        const up = nextExtent(input.harm[f]);
        if (up) raises.push([f, input.harm[f], withRatings(input, { harm: { [f]: up } })]);
      }
      const upL = nextExtent(input.likelihood);
      if (upL) raises.push(["likelihood", input.likelihood, withRatings(input, { likelihood: upL })]);

      for (const [name, from, raised] of raises) {
        const after = scoreGroup(raised);
        expect(after.score, `${name} raised from ${from}`).toBeGreaterThanOrEqual(before.score);
        expect(bandRank(after.band), `${name} raised from ${from}`).toBeLessThanOrEqual(bandRank(before.band));
        // Unknown → Low is not new evidence of threat (Unknown already scores as Low); any other raise
        // must add points before likelihood is applied.
        if (from === "UNKNOWN") {
          expect(after.capabilityPoints + after.harmPoints).toBe(before.capabilityPoints + before.harmPoints);
        } else if (name !== "likelihood") {
          expect(after.capabilityPoints + after.harmPoints).toBeGreaterThan(before.capabilityPoints + before.harmPoints);
        }
        if (after.score > before.score) strictRaises++;
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(2_000);
    expect(strictRaises).toBeGreaterThan(checked / 2);
  });

  it("keeps score and band whatever the stated confidence", () => {
    for (const input of samples.slice(0, 100)) {
      const results = CONFIDENCES.map((c) => scoreGroup({ ...input, confidence: c }));
      for (const r of results) expect({ score: r.score, band: r.band }).toEqual({ score: results[0]!.score, band: results[0]!.band });
    }
  });
});

describe("the working shows how the score was reached", () => {
  const rand = prng(7);
  const samples = [uniform("HIGH"), uniform("LOW"), uniform("UNKNOWN"), ...Array.from({ length: 200 }, () => randomInput(rand))];

  it("gives each factor its weight × rating points, and the lines add up to the subtotals, base and score", () => {
    for (const input of samples) {
      const r = scoreGroup(input);
      let capability = 0;
      for (const f of CAPABILITY_FACTORS) {
        const l = line(r, FACTOR_LABELS[f]);
        expect(l.points).toBe(FACTOR_WEIGHTS[f] * EXTENT_POINTS[input.capability[f]]);
        capability += l.points;
      }
      let harm = 0;
      for (const f of HARM_FACTORS) {
        const l = line(r, FACTOR_LABELS[f]);
        expect(l.points).toBe(FACTOR_WEIGHTS[f] * EXTENT_POINTS[input.harm[f]]);
        harm += l.points;
      }
      expect(line(r, WORKING_LABELS.capabilitySubtotal).points).toBe(capability);
      expect(r.capabilityPoints).toBe(capability);
      expect(line(r, WORKING_LABELS.harmSubtotal).points).toBe(harm);
      expect(r.harmPoints).toBe(harm);

      const base = line(r, WORKING_LABELS.base).points;
      expect(base).toBe(capability + harm);
      const likelihood = line(r, WORKING_LABELS.likelihood);
      expect(r.likelihoodMultiplier).toBe(LIKELIHOOD_PERCENT[input.likelihood] / 100);
      expect(r.score).toBe(Math.round(base * r.likelihoodMultiplier));
      expect(base + likelihood.points).toBe(r.score);
      expect(likelihood.value).toContain(`× ${r.likelihoodMultiplier.toFixed(1)}`);

      const scoreLine = line(r, WORKING_LABELS.score);
      expect(scoreLine.points).toBe(r.score);
      expect(scoreLine.value).toBe(`${r.score}/100, band ${r.band}`);
      expect(line(r, WORKING_LABELS.confidence).points).toBe(0);
      expect(Number.isInteger(r.score) && r.score >= 0 && r.score <= 100).toBe(true);
      expect(r.band).toBe(bandForScore(r.score));
    }
  });

  it("writes the arithmetic out in words for a worked example", () => {
    const r = scoreGroup({
      capability: { violence: "HIGH", weapons: "MEDIUM", infiltration: "LOW", tacticalAwareness: "MEDIUM", criminalExpertise: "UNKNOWN", resilience: "MEDIUM" },
      harm: { physical: "HIGH", psychological: "MEDIUM", financial: "LOW", community: "MEDIUM", victimVulnerability: "HIGH", geographicScope: "LOW" },
      likelihood: "MEDIUM",
      confidence: "HIGH",
    });
    expect(line(r, "Violence")).toEqual({ label: "Violence", value: "High", points: 10, note: "weight 2 × High 5 = 10" });
    expect(line(r, WORKING_LABELS.capabilitySubtotal)).toMatchObject({ value: "22 of 40", points: 22 });
    expect(line(r, WORKING_LABELS.harmSubtotal)).toMatchObject({ value: "36 of 60", points: 36 });
    expect(line(r, WORKING_LABELS.base)).toMatchObject({ points: 58, note: "22 + 36 = 58" });
    expect(line(r, WORKING_LABELS.likelihood)).toMatchObject({ value: "Medium (× 0.8)", points: -12, note: "58 × 0.8 = 46.4, rounded to 46" });
    expect(line(r, WORKING_LABELS.score)).toMatchObject({ points: 46, note: "58 − 12 = 46; band 2 is 40–69, 2c is 40–49" });
    expect(r.summary).toBe(
      "Score 46/100, band 2c: medium harm (physical, victim vulnerability) with medium capability (violence); likelihood medium; confidence medium (1 rating unknown).",
    );
  });

  it("summarises a high-harm group in one sentence, naming the High factors", () => {
    const r = scoreGroup(
      withRatings(uniform("MEDIUM", "HIGH", "MEDIUM"), { harm: { physical: "HIGH", victimVulnerability: "HIGH", psychological: "HIGH", financial: "HIGH" } }),
    );
    // capability 8 × 3 = 24; harm 4 × 10 + 2 × 6 = 52; base 76 × 1.0
    expect(r.score).toBe(76);
    expect(r.summary).toBe(
      "Score 76/100, band 1c: high harm (physical, psychological, financial, victim vulnerability) with medium capability; likelihood high; confidence medium.",
    );
  });
});

describe("Unknown ratings", () => {
  const known = withRatings(uniform("MEDIUM", "HIGH", "HIGH"), { capability: { weapons: "LOW" }, harm: { geographicScope: "LOW" } });
  const gaps = withRatings(known, { capability: { weapons: "UNKNOWN" }, harm: { geographicScope: "UNKNOWN" } });

  it("score exactly as Low would, so a gap in the intelligence never raises the threat", () => {
    const a = scoreGroup(known);
    const b = scoreGroup(gaps);
    expect(b.score).toBe(a.score);
    expect(b.band).toBe(a.band);
    expect(line(b, "Access to weapons").points).toBe(line(a, "Access to weapons").points);
  });

  it("are flagged on their own working lines and nowhere else", () => {
    const r = scoreGroup(gaps);
    const flagged = r.working.filter((l) => l.value === "Unknown").map((l) => l.label);
    expect(flagged).toEqual(["Access to weapons", "Geographic scope"]);
    expect(line(r, "Access to weapons").note).toMatch(/^Unknown: scored as Low \(weight 1 × 1 = 1\) and lowers confidence/);
    expect(line(r, "Geographic scope").note).toMatch(/^Unknown: scored as Low \(weight 2 × 1 = 2\)/);
    expect(line(r, "Violence").note).not.toMatch(/Unknown/);
    expect(line(scoreGroup(known), "Access to weapons").note).toBe("weight 1 × Low 1 = 1");
  });

  it("pull confidence down: one step for 1–3 unknowns, to Low for 4 or more, and say why", () => {
    expect(scoreGroup(known).confidence).toBe("HIGH");
    const two = scoreGroup(gaps);
    expect(two.confidence).toBe("MEDIUM");
    expect(line(two, WORKING_LABELS.confidence).note).toContain(
      "stated High, lowered to Medium because 2 ratings are Unknown (Access to weapons, Geographic scope)",
    );
    expect(two.summary).toContain("confidence medium (2 ratings unknown)");

    const three = scoreGroup(withRatings(gaps, { likelihood: "UNKNOWN" }));
    expect(three.confidence).toBe("MEDIUM");
    expect(line(three, WORKING_LABELS.likelihood).note).toContain("Unknown: scored as Low");
    expect(three.score).toBe(scoreGroup(withRatings(gaps, { likelihood: "LOW" })).score);

    const four = scoreGroup(withRatings(gaps, { likelihood: "UNKNOWN", harm: { financial: "UNKNOWN" } }));
    expect(four.confidence).toBe("LOW");
    expect(line(four, WORKING_LABELS.confidence).note).toContain("treat this band as provisional");

    expect(scoreGroup(withRatings(gaps, { confidence: "MEDIUM" })).confidence).toBe("LOW");
    expect(scoreGroup({ ...known, confidence: "LOW" }).confidence).toBe("LOW");
    expect(line(scoreGroup(known), WORKING_LABELS.confidence).note).not.toContain("provisional");
  });

  it("refuses a rating that is not on the scale instead of scoring it", () => {
    expect(() => scoreGroup(withRatings(known, { capability: { violence: "SEVERE" as Extent } }))).toThrow(/Violence: "SEVERE"/);
    expect(() => scoreGroup({ ...known, confidence: "CERTAIN" as Confidence })).toThrow(RangeError);
  });
});

describe("change since the last scoring", () => {
  const previous = scored(uniform("MEDIUM", "MEDIUM", "MEDIUM")); // 48, 2c

  it("reports the score delta, the band moving up, and exactly the ratings that changed", () => {
    const next = scored(withRatings(uniform("MEDIUM", "MEDIUM", "MEDIUM"), { capability: { violence: "HIGH" }, harm: { victimVulnerability: "HIGH" }, likelihood: "HIGH" }));
    expect(previous).toMatchObject({ score: 48, band: "2c" });
    expect(next).toMatchObject({ score: 68, band: "2a" }); // 60 + 4 + 4 = 68 × 1.0
    const change = compareScorings(previous, next);
    expect(change.scoreDelta).toBe(20);
    expect(change.bandMovement).toBe("up");
    expect(change.changedFactors).toEqual([
      { factor: "violence", label: "Violence", from: "Medium", to: "High" },
      { factor: "victimVulnerability", label: "Victim vulnerability", from: "Medium", to: "High" },
      { factor: "likelihood", label: "Likelihood", from: "Medium", to: "High" },
    ]);
  });

  it("reports a fall in threat as movement down with a negative delta", () => {
    const next = scored(withRatings(uniform("MEDIUM", "MEDIUM", "MEDIUM"), { likelihood: "LOW", capability: { resilience: "UNKNOWN" } }));
    expect(next).toMatchObject({ score: 35, band: "3a" }); // (60 − 2) × 0.6 = 34.8
    const change = compareScorings(previous, next);
    expect(change).toEqual({
      scoreDelta: -13,
      bandMovement: "down",
      changedFactors: [
        { factor: "resilience", label: "Resilience", from: "Medium", to: "Unknown" },
        { factor: "likelihood", label: "Likelihood", from: "Medium", to: "Low" },
      ],
    });
  });

  it("lists a confidence-only change with no score movement", () => {
    const next = scored({ ...uniform("MEDIUM", "MEDIUM", "MEDIUM"), confidence: "HIGH" });
    expect(compareScorings(previous, next)).toEqual({
      scoreDelta: 0,
      bandMovement: "same",
      changedFactors: [{ factor: "confidence", label: "Confidence", from: "Medium", to: "High" }],
    });
  });

  it("reports nothing changed for an identical re-scoring, and same band for a move within a band", () => {
    expect(compareScorings(previous, scored(uniform("MEDIUM", "MEDIUM", "MEDIUM")))).toEqual({ scoreDelta: 0, bandMovement: "same", changedFactors: [] });
    const within = scored(withRatings(uniform("MEDIUM", "MEDIUM", "MEDIUM"), { capability: { weapons: "LOW" } })); // 58 × 0.8 = 46.4
    expect(within).toMatchObject({ score: 46, band: "2c" });
    expect(compareScorings(previous, within)).toMatchObject({ scoreDelta: -2, bandMovement: "same" });
  });

  it("compares the scores as recorded, so an older method's stored score is not silently recomputed", () => {
    const recordedUnderOldMethod = { ...uniform("MEDIUM", "MEDIUM", "MEDIUM"), score: 61, band: "2a" as Band };
    const change = compareScorings(recordedUnderOldMethod, previous);
    expect(change).toEqual({ scoreDelta: -13, bandMovement: "down", changedFactors: [] });
  });
});
