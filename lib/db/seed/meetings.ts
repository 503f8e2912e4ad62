// The Northbridge demo's tasking meetings, for Northbridge East (Ashgrove Estate, Millfield and
// Harbour Road): three past meetings, closed with their decisions, the actions tasked from their
// items (some done, some still open so that they come back for review) and published minutes; and
// one planned meeting a few days after SEED_TODAY whose agenda Locus proposed with its own rules
// (lib/dal/meeting-agenda.ts, run here as of SEED_TODAY). Everything is fictional.
//
// Police-only text (the decisions' rationales, the police minutes, the proposals' reasons) carries
// the marker "POLICE-ONLY" so that the partner views can be checked for it; partner notes and the
// partner minutes never do.
//
// Also: gives the people at risk a believable riskLevelSince (the risk of some rose after they were
// first recorded, a few of them recently), and adds the recent escalated concern the planned
// meeting's agenda shows. Deterministic: its own seeded PRNG and SEED_TODAY.
import { parseMeetingStart, peopleInScope, runAgendaRules, type ProposedItem } from "@/lib/dal/meeting-agenda";
import type { Tx } from "@/lib/db/client";
import { CATEGORY_LABEL } from "@/lib/domain/concerns";
import type { AgendaItemKind, MeetingDecision, MeetingType, PlanStrand, ActionStatus, DisruptionOutcome } from "@/lib/generated/prisma/client";
import { actionRow, concernRow } from "../factories-records";
import { AGENCY, type AgencyKey } from "./agencies";
import { SEED_TODAY, type CaseRecordSeedContext } from "./case-record";
import { Rng, uuid7 } from "./rng";

const DAY = 86_400_000;
const NOW = SEED_TODAY.getTime();
const SCOPE = ["NB-ASH", "NB-MIL", "NB-HAR"] as const;

/** The planned meeting, for the walkthrough and the end-to-end tests. */
export const DEMO_PLANNED_MEETING = { title: "Northbridge East partnership tasking — December", startsAt: "2026-12-03T10:00" } as const;

const USER = {
  officer: "officer@locus.test", analyst: "analyst@locus.test", supervisor: "supervisor@locus.test", council: "council@locus.test", housing: "housing@locus.test",
  barker: "tom.barker@northbridge.example", whitaker: "grace.whitaker@northbridge.example", clarke: "fiona.clarke@northbridge.example", doyle: "chris.doyle@northbridge.example",
} as const;
type UserKey = keyof typeof USER;

type ItemSpec = {
  kind: AgendaItemKind;
  /** What it is about (resolved to ids before the spec is written). */
  group?: string; person?: string; concern?: string; action?: string;
  title: string; reason: string; partnerTitle?: string;
  decision: MeetingDecision; rationale: string; partnerNote?: string;
  actions?: { strand: PlanStrand; owner: AgencyKey; assignee?: UserKey; title: string; dueIn: number; status: ActionStatus; share?: boolean; outcome?: string; disruption?: DisruptionOutcome }[];
};
type MeetingSpec = {
  title: string; type: MeetingType; startsAt: string; attendees: UserKey[]; agencies: AgencyKey[];
  minutes: string; partnerMinutes: string; items: ItemSpec[];
};

export async function seedMeetings(tx: Tx, ctx: CaseRecordSeedContext): Promise<void> {
  const rng = new Rng(0x6ee71);
  const ids = new Rng(0x6ee72);
  const user = (k: UserKey) => {
    const id = ctx.users.get(USER[k]);
    if (!id) throw new Error(`seedMeetings: user ${USER[k]} missing`);
    return id;
  };
  const agency = (k: AgencyKey) => {
    const id = ctx.agencies.get(AGENCY[k]);
    if (!id) throw new Error(`seedMeetings: agency ${AGENCY[k]} missing`);
    return id;
  };
  const scope = SCOPE.map((c) => ctx.neighbourhoods.get(c)).filter((id): id is string => !!id);
  if (scope.length !== SCOPE.length) throw new Error("seedMeetings: neighbourhoods missing");

  await seedRiskHistory(tx, rng);
  await seedEscalatedConcern(tx, ctx, ids, user);

  // ── What the past meetings talk about (read back from the case record) ──
  const groupByRef = new Map((await tx.organisedCrimeGroup.findMany({ where: { reference: { in: ["05/00219", "05/00395", "05/00402", "05/00362"] } }, select: { id: true, reference: true, name: true, band: true, score: true } })).map((g) => [g.reference, g]));
  const group = (ref: string) => {
    const g = groupByRef.get(ref);
    if (!g) throw new Error(`seedMeetings: group ${ref} missing`);
    return g;
  };
  const inScope = await peopleInScope(tx, scope);
  const high = await tx.personAtRisk.findMany({ where: { id: { in: inScope }, riskLevel: "HIGH" }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, leadAgencyId: true } });
  const cscPeople = high.filter((p) => p.leadAgencyId === agency("csc"));
  const personA = cscPeople[0] ?? high[0];
  const personB = cscPeople[1] ?? high[1] ?? personA;
  const concernsOf = (from: Date, to: Date) =>
    tx.concern.findFirst({ where: { neighbourhoodId: { in: scope }, outcome: "ESCALATED_TO_TASKING", outcomeAt: { gte: from, lt: to } }, orderBy: [{ outcomeAt: "desc" }, { id: "asc" }], select: { id: true, category: true } });
  const overdueEarly = await tx.action.findFirst({ where: { personId: { in: inScope }, status: { in: ["OPEN", "IN_PROGRESS", "BLOCKED"] }, dueDate: { lt: new Date("2026-09-24T00:00:00Z") }, meetingItemId: null }, orderBy: [{ dueDate: "asc" }, { id: "asc" }], select: { id: true, title: true } });

  const ashgrove = group("05/00219");
  const sparkle = group("05/00395");
  const millfield = group("05/00402");
  const harbour = group("05/00362");
  const m1 = parseMeetingStart("2026-08-27T10:00");
  const m2 = parseMeetingStart("2026-09-24T14:00");
  const m3 = parseMeetingStart("2026-10-29T10:00");
  const concernM1 = await concernsOf(new Date(m1.getTime() - 28 * DAY), m1);
  const concernM3 = await concernsOf(m2, m3);
  // The score and band a group had on the day of a meeting (its newest scoring before then).
  const scorings = await tx.groupScoring.findMany({ where: { groupId: { in: [...groupByRef.values()].map((g) => g.id) } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { groupId: true, score: true, band: true, createdAt: true } });
  const scoredAt = (g: { id: string; band: string | null; score: number | null }, at: Date) => scorings.filter((s) => s.groupId === g.id && s.createdAt < at).at(-1) ?? { score: g.score, band: g.band };
  const label = (g: { id: string; reference: string; name: string; band: string | null; score: number | null }, at: Date) => {
    const s = scoredAt(g, at);
    return `${g.reference} ${g.name} — band ${s.band}, score ${s.score}`;
  };
  const concernTitle = (c: { category: string }) => `${CATEGORY_LABEL[c.category] ?? c.category} concern escalated to tasking — Millfield`;

  const meetings: MeetingSpec[] = [
    {
      title: "Northbridge East tactical tasking — August", type: "POLICE_TACTICAL", startsAt: "2026-08-27T10:00",
      attendees: ["supervisor", "analyst", "officer", "barker", "whitaker"], agencies: ["police"],
      minutes: "POLICE-ONLY: Tactical tasking for Northbridge East. Intelligence picture briefed by the analyst; source reporting on the Ashgrove family's supply into Rowan House discussed. Warrant adopted. Sparkle car wash kept under review pending the GLAA's view.",
      partnerMinutes: "Tactical tasking for Northbridge East. Priority groups reviewed; partners will be asked to support the safeguarding work agreed for children on the estate.",
      items: [
        {
          kind: "PRIORITY_GROUP", group: ashgrove.id, title: label(ashgrove, m1), reason: "In a priority band: reviewed at every meeting in its area.",
          decision: "ADOPT", rationale: "POLICE-ONLY: source reporting indicates the family moved supply into two flats at Rowan House; a warrant is proportionate.", partnerNote: "Agreed as a partnership priority.",
          actions: [{ strand: "PURSUE", owner: "police", assignee: "barker", title: "Drugs warrant at the Hawthorn Close address", dueIn: -75, status: "DONE", outcome: "Warrant executed; supply quantity of class A seized and two arrests.", disruption: "MAJOR" }],
        },
        {
          kind: "PRIORITY_GROUP", group: sparkle.id, title: label(sparkle, m1), reason: "In a priority band: reviewed at every meeting in its area.",
          decision: "MONITOR", rationale: "POLICE-ONLY: covert deployment planned by the GLAA; no overt activity until it reports.",
        },
        ...(concernM1 ? [{
          kind: "ESCALATED_CONCERN" as const, concern: concernM1.id, title: concernTitle(concernM1), reason: "Escalated to tasking by the analyst.",
          decision: "NO_FURTHER_ACTION" as const, rationale: "POLICE-ONLY: corroborated by existing intelligence already in the Ashgrove plan; nothing new to task.",
        }] : []),
        ...(personA ? [{
          kind: "PERSON_HIGH_RISK" as const, person: personA.id, title: `${personA.name} — high risk, no open Protect action`, reason: "High risk with no open Protect action.",
          decision: "ADOPT" as const, rationale: "POLICE-ONLY: seen with the group's runners twice this month according to patrol logs.", partnerNote: "Safety plan to be agreed with children's social care.",
          actions: [{ strand: "PROTECT" as const, owner: "csc" as const, assignee: "council" as const, title: "Safety plan and return home interview", dueIn: -70, status: "DONE" as const, share: true, outcome: "Safety plan agreed with the family; return home interviews after each missing episode." }],
        }] : []),
      ],
    },
    {
      title: "Northbridge East partnership tasking — September", type: "PARTNERSHIP", startsAt: "2026-09-24T14:00",
      attendees: ["supervisor", "analyst", "officer", "council", "housing", "doyle"], agencies: ["police", "csc", "homes", "communitySafety"],
      minutes: "POLICE-ONLY: Partnership tasking. Before partners joined, the analyst briefed on the informant's account of the cash businesses. With partners: licensing visits adopted; housing to lead on Rowan House.",
      partnerMinutes: "Partnership tasking for Northbridge East. Licensing and compliance visits to cash businesses in Millfield adopted (community safety). Northbridge Homes to lead on tenancy support at Rowan House. Children's social care to keep safety plans under review.",
      items: [
        {
          kind: "PRIORITY_GROUP", group: ashgrove.id, title: label(ashgrove, m2), reason: "In a priority band: reviewed at every meeting in its area.",
          decision: "ADOPT", rationale: "POLICE-ONLY: the principal subject is reported to be recruiting year 9 pupils.", partnerNote: "Prevention work with schools and housing adopted.",
          actions: [{ strand: "PREVENT", owner: "csc", assignee: "council", title: "Exploitation awareness sessions for year 9 pupils on the estate", dueIn: 60, status: "IN_PROGRESS", share: true }],
        },
        {
          kind: "PRIORITY_GROUP", group: millfield.id, title: label(millfield, m2), reason: "In a priority band: reviewed at every meeting in its area.",
          decision: "ADOPT", rationale: "POLICE-ONLY: financial intelligence links three of the businesses to the same controller.", partnerNote: "Licensing and compliance visits adopted.",
          actions: [{ strand: "PURSUE", owner: "communitySafety", assignee: "doyle", title: "Licensing visits to the cash businesses on Weaver Street", dueIn: -40, status: "DONE", share: true, outcome: "Two premises licences reviewed; one business closed.", disruption: "MODERATE" }],
        },
        ...(overdueEarly ? [{
          kind: "OVERDUE_ACTION" as const, action: overdueEarly.id, title: `Overdue action: ${overdueEarly.title}`, reason: "Past its due date.",
          decision: "MONITOR" as const, rationale: "POLICE-ONLY: delay explained by the subject's remand; keep open.", partnerNote: "The owning agency will update the plan by the next meeting.",
        }] : []),
        {
          kind: "FREE", title: "Covert tactics briefing for the Ashgrove operation", reason: "POLICE-ONLY: chair's item, police attendees only.",
          decision: "NO_FURTHER_ACTION", rationale: "POLICE-ONLY: briefing given before partners joined; recorded separately.",
        },
      ],
    },
    {
      title: "Northbridge East tactical tasking — October", type: "POLICE_TACTICAL", startsAt: "2026-10-29T10:00",
      attendees: ["supervisor", "analyst", "officer", "barker", "clarke"], agencies: ["police"],
      minutes: "POLICE-ONLY: Tactical tasking. Test purchase operation at Rowan House adopted on the strength of the CHIS reporting. Millfield network rescored and its rise discussed. Problem profile to be shared with partners in sanitised form.",
      partnerMinutes: "Tactical tasking for Northbridge East. Work on the Ashgrove Estate continues, with Northbridge Homes securing the Rowan House flats. A problem profile of the estate will be shared with partners.",
      items: [
        ...(concernM3 ? [{
          kind: "ESCALATED_CONCERN" as const, concern: concernM3.id, title: concernTitle(concernM3), reason: "Escalated to tasking by the analyst.",
          decision: "ESCALATE" as const, rationale: "POLICE-ONLY: matches the modus operandi of the Velvet Rooms network; passed to the force's exploitation team.",
        }] : []),
        {
          kind: "PRIORITY_GROUP", group: ashgrove.id, title: label(ashgrove, m3), reason: "In a priority band: reviewed at every meeting in its area.",
          decision: "ADOPT", rationale: "POLICE-ONLY: CHIS reporting places the deal line at flat 14 Rowan House.", partnerNote: "Northbridge Homes to secure the Rowan House flats.",
          actions: [
            { strand: "PURSUE", owner: "police", assignee: "barker", title: "Test purchase operation at Rowan House", dueIn: -8, status: "IN_PROGRESS" },
            { strand: "PROTECT", owner: "homes", assignee: "housing", title: "Target hardening and door entry at the Rowan House flats", dueIn: 50, status: "OPEN", share: true },
          ],
        },
        {
          kind: "GROUP_SCORE_ROSE", group: millfield.id, title: `${millfield.reference} ${millfield.name} — score up, band ${scoredAt(millfield, m3).band}`, reason: `Rescored: the score rose to ${scoredAt(millfield, m3).score}; band ${scoredAt(millfield, m3).band} is a priority band.`,
          decision: "ADOPT", rationale: "POLICE-ONLY: rise driven by the infiltration rating after the bank's disclosure.", partnerNote: "Awareness work with local businesses adopted.",
          actions: [{ strand: "PREVENT", owner: "communitySafety", assignee: "doyle", title: "Awareness sessions for staff of cash businesses in Millfield", dueIn: 70, status: "OPEN", share: true }],
        },
        {
          kind: "PRIORITY_GROUP", group: harbour.id, title: label(harbour, m3), reason: "In a priority band: reviewed at every meeting in its area.",
          decision: "MONITOR", rationale: "POLICE-ONLY: emerging; await the analyst's profile.",
        },
        ...(personB ? [{
          kind: "PERSON_HIGH_RISK" as const, person: personB.id, title: `${personB.name} — high risk, no open Protect action`, reason: "High risk with no open Protect action.",
          decision: "REFER" as const, rationale: "POLICE-ONLY: named by two nominals in interview as a runner.", partnerNote: "Referred to children's social care for a strategy discussion.",
          actions: [{ strand: "PROTECT" as const, owner: "csc" as const, assignee: "council" as const, title: "Strategy discussion and safety plan", dueIn: -14, status: "DONE" as const, share: true, outcome: "Strategy discussion held; child protection enquiry opened." }],
        }] : []),
        {
          kind: "FREE", title: "Sharing the Ashgrove problem profile with partners", reason: "POLICE-ONLY: analyst to sanitise the profile first.", partnerTitle: "A problem profile of the Ashgrove Estate for partners",
          decision: "ADOPT", rationale: "POLICE-ONLY: sanitised version only; no source details.", partnerNote: "A partner version of the profile will be circulated.",
        },
      ],
    },
  ];

  const chair = user("supervisor");
  for (const spec of meetings) {
    const startsAt = parseMeetingStart(spec.startsAt);
    const createdAt = new Date(startsAt.getTime() - 14 * DAY);
    const closedAt = new Date(startsAt.getTime() + 2 * 3_600_000);
    const publishedAt = new Date(startsAt.getTime() + 2 * DAY);
    const meetingId = uuid7(createdAt, ids);
    await tx.meeting.create({
      data: {
        id: meetingId, title: spec.title, type: spec.type, startsAt, status: "CLOSED", chairId: chair, minutes: spec.minutes, partnerMinutes: spec.partnerMinutes,
        closedAt, minutesPublishedAt: publishedAt, version: 4 + spec.items.length, createdAt, updatedAt: publishedAt, createdById: chair, updatedById: chair,
      },
    });
    await attend(tx, meetingId, scope, spec.attendees.map(user), spec.agencies.map(agency));
    const items = spec.items.map((item, i) => ({
      id: uuid7(createdAt, ids), meetingId, position: i + 1, kind: item.kind, title: item.title, reason: item.reason, partnerTitle: item.partnerTitle ?? "",
      groupId: item.group ?? null, personId: item.person ?? null, concernId: item.concern ?? null, actionId: item.action ?? null, referralId: null,
      decision: item.decision, rationale: item.rationale, partnerNote: item.partnerNote ?? "", decidedAt: new Date(startsAt.getTime() + (i + 1) * 10 * 60_000), decidedById: chair,
      version: 2, createdAt, updatedAt: new Date(startsAt.getTime() + (i + 1) * 10 * 60_000),
    }));
    await tx.meetingItem.createMany({ data: items });
    const actions = spec.items.flatMap((item, i) => (item.actions ?? []).map((a) => {
      const created = new Date(startsAt.getTime() + (i + 1) * 10 * 60_000 + rng.int(1, 5) * 60_000);
      const due = new Date(startsAt.getTime() + a.dueIn * DAY);
      const updated = a.status === "OPEN" ? created : new Date(Math.min(NOW - 3_600_000, created.getTime() + rng.int(3, 20) * DAY));
      const planned = item.group ? { groupId: item.group } : { personId: item.person! };
      const row = actionRow({
        id: uuid7(created, ids), ...planned, owningAgencyId: agency(a.owner), assigneeId: a.assignee ? user(a.assignee) : null, strand: a.strand, title: a.title,
        description: a.owner === "police" ? `POLICE-ONLY tasking detail: ${a.title.toLowerCase()}, as agreed at the meeting.` : `Agreed at the tasking meeting: ${a.title.toLowerCase()}.`,
        dueDate: due, priority: a.strand === "PURSUE" ? "HIGH" : "MEDIUM", status: a.status, outcomeNote: a.outcome ?? "", disruptionOutcome: a.disruption ?? null,
        sharedWithPartnership: a.share ?? false, createdAt: created, updatedAt: updated, createdById: chair, updatedById: a.assignee ? user(a.assignee) : chair,
        version: a.status === "OPEN" ? 1 : 2,
      });
      return { ...row, meetingItemId: items[i]!.id };
    }));
    if (actions.length) {
      await tx.action.createMany({ data: actions });
      await tx.actionUpdate.createMany({
        data: actions.flatMap((a) => [
          { id: uuid7(a.createdAt, ids), actionId: a.id!, authorId: chair, note: "Action created.", statusTo: "OPEN" as const, createdAt: a.createdAt },
          ...(a.status !== "OPEN" ? [{ id: uuid7(a.updatedAt, ids), actionId: a.id!, authorId: a.updatedById ?? chair, note: a.outcomeNote, statusFrom: "OPEN" as const, statusTo: a.status, createdAt: a.updatedAt }] : []),
        ]),
      });
    }
  }

  // ── The planned meeting: its agenda proposed by Locus's own rules, as of the seed day ──
  const startsAt = parseMeetingStart(DEMO_PLANNED_MEETING.startsAt);
  const createdAt = new Date(NOW - DAY);
  const plannedId = uuid7(createdAt, ids);
  await tx.meeting.create({
    data: {
      id: plannedId, title: DEMO_PLANNED_MEETING.title, type: "PARTNERSHIP", startsAt, status: "PLANNED", chairId: chair, createdAt, updatedAt: createdAt, createdById: chair, updatedById: chair,
    },
  });
  await attend(tx, plannedId, scope, (["supervisor", "analyst", "officer", "barker", "council", "housing", "doyle"] as const).map(user), (["police", "csc", "homes", "communitySafety"] as const).map(agency));
  const proposals: ProposedItem[] = await runAgendaRules(tx, { neighbourhoodIds: scope, startsAt, excludeMeetingId: plannedId }, SEED_TODAY);
  if (proposals.length) {
    await tx.meetingItem.createMany({
      data: proposals.map((p, i) => ({
        id: uuid7(createdAt, ids), meetingId: plannedId, position: i + 1, kind: p.kind, title: p.title, reason: p.reason,
        groupId: p.groupId ?? null, personId: p.personId ?? null, concernId: p.concernId ?? null, actionId: p.actionId ?? null, referralId: p.referralId ?? null, createdAt, updatedAt: createdAt,
      })),
    });
  }
}

/** A meeting's neighbourhoods, attendees and agencies. */
async function attend(tx: Tx, meetingId: string, neighbourhoodIds: string[], userIds: string[], agencyIds: string[]) {
  await tx.meetingNeighbourhood.createMany({ data: neighbourhoodIds.map((neighbourhoodId) => ({ meetingId, neighbourhoodId })) });
  await tx.meetingAttendee.createMany({ data: userIds.map((userId) => ({ meetingId, userId })) });
  await tx.meetingAgency.createMany({ data: agencyIds.map((agencyId) => ({ meetingId, agencyId })) });
}

/**
 * When each person's risk level was last set: for most, when they were recorded; for some whose
 * record changed later, the risk rose to high then (a few of them in the last fortnight).
 */
async function seedRiskHistory(tx: Tx, rng: Rng) {
  const people = await tx.personAtRisk.findMany({ where: { riskLevel: "HIGH" }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, createdAt: true, updatedAt: true } });
  for (const p of people) {
    const span = p.updatedAt.getTime() - p.createdAt.getTime();
    if (span < 2 * DAY || !rng.chance(0.5)) continue;
    // Raised at a later review, between being recorded and the record's last change.
    const since = new Date(p.createdAt.getTime() + Math.floor(span * (0.5 + rng.next() * 0.5)));
    await tx.personAtRisk.update({ where: { id: p.id }, data: { riskLevelSince: since, updatedAt: p.updatedAt } });
  }
}

/** A concern escalated to tasking a few days before the seed day, in Harbour Road (on the planned meeting's agenda). */
async function seedEscalatedConcern(tx: Tx, ctx: CaseRecordSeedContext, ids: Rng, user: (k: UserKey) => string) {
  const neighbourhoodId = ctx.neighbourhoods.get("NB-HAR")!;
  const createdAt = new Date(NOW - 6 * DAY - 5 * 3_600_000);
  const outcomeAt = new Date(NOW - 4 * DAY);
  await tx.concern.create({
    data: concernRow({
      id: uuid7(createdAt, ids), reportedById: user("whitaker"), reporterAgencyId: ctx.agencies.get(AGENCY.police)!, category: "CUCKOOING",
      indicators: ["More visitors and short-stay vehicles", "Resident rarely seen"],
      description: "POLICE-ONLY raw report: neighbour says the tenant at 3 Anchor Terrace has not been seen for a week and young men come and go all night; one calls himself 'T'.",
      address: "Anchor Terrace, Harbour Road", neighbourhoodId, source: "MEMBER_OF_PUBLIC", createdAt, assessorId: user("analyst"),
      sourceEvaluation: "UNTESTED", intelAssessment: "C", handlingCode: "P",
      sanitisedSummary: "Possible cuckooing of a vulnerable tenant's home in Harbour Road: frequent visitors at night and the tenant rarely seen.",
      outcome: "ESCALATED_TO_TASKING", outcomeNote: "POLICE-ONLY: fits the Harbour Road Crew's pattern; to the next tasking meeting.", outcomeAt,
    }),
  });
}
