// Record-level sharing rules, in one place, as Prisma `where` fragments. The data layer adds them
// to every query, so a record an actor may not see is never read at all (and answers 404).
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/generated/prisma/client";

export type Audience = "police" | "partner";

/** Which view of the shared record the actor gets, or null when they get none. */
export function audienceOf(actor: Actor): Audience | null {
  if (can(actor, "records:read")) return "police";
  if (can(actor, "shared:read")) return "partner";
  return null;
}

/**
 * Partners see a group when it is shared with their agency, when their agency owns an action on
 * its plan (owning an action shares the partner-safe view), or when its LRO is one of theirs.
 */
export function groupsVisibleTo(actor: Actor): Prisma.OrganisedCrimeGroupWhereInput | null {
  const audience = audienceOf(actor);
  if (audience === "police") return {};
  if (audience === "partner")
    return { OR: [{ shares: { some: { agencyId: actor.agencyId } } }, { actions: { some: { owningAgencyId: actor.agencyId } } }, { lro: { agencyId: actor.agencyId } }] };
  return null;
}

/** Partners see a person at risk when their agency leads, or the person is shared with it. */
export function peopleVisibleTo(actor: Actor): Prisma.PersonAtRiskWhereInput | null {
  const audience = audienceOf(actor);
  if (audience === "police") return {};
  if (audience === "partner") return { OR: [{ leadAgencyId: actor.agencyId }, { shares: { some: { agencyId: actor.agencyId } } }] };
  return null;
}

/** Nominals, locations and links are police intelligence: partners never see them. */
export function policeOnly(actor: Actor): boolean {
  return audienceOf(actor) === "police";
}

/**
 * Concerns: police read them all; anyone reads the ones they reported; a partner agency reads
 * the sanitised summary of those referred to it.
 */
export function concernsVisibleTo(actor: Actor): Prisma.ConcernWhereInput {
  if (audienceOf(actor) === "police") return {};
  return { OR: [{ reportedById: actor.id }, { outcome: "REFERRED", referredAgencyId: actor.agencyId }] };
}

/**
 * Actions: police see all; everyone sees the actions their agency owns or that are assigned to
 * them; partners also see other agencies' actions on a group they can see, or on the safeguarding
 * plan of a person they can see, when those are marked shared with the partnership (the data layer
 * then leaves out the notes).
 */
export function actionsVisibleTo(actor: Actor): Prisma.ActionWhereInput {
  const audience = audienceOf(actor);
  if (audience === "police") return {};
  // Administrators run the system; they see no plan's actions, whatever agency they sit in.
  if (audience === null) return { id: { in: [] } };
  const groups = groupsVisibleTo(actor);
  const people = peopleVisibleTo(actor);
  return {
    OR: [
      { owningAgencyId: actor.agencyId },
      { assigneeId: actor.id },
      ...(groups ? [{ sharedWithPartnership: true, group: groups }] : []),
      // A person's safeguarding plan (no group): shared actions reach the agencies that see the person.
      ...(people ? [{ sharedWithPartnership: true, groupId: null, person: people }] : []),
    ],
  };
}

/**
 * Tasking meetings: police read every meeting; a partner reads a meeting they attend, or one their
 * agency attends (the data layer then cuts it to the items their agency is party to).
 */
export function meetingsVisibleTo(actor: Actor): Prisma.MeetingWhereInput | null {
  const audience = audienceOf(actor);
  if (audience === "police") return {};
  if (audience === "partner") return { OR: [{ attendees: { some: { userId: actor.id } } }, { agencies: { some: { agencyId: actor.agencyId } } }] };
  return null;
}
