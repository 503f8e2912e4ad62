// Tasking meetings: plan one for some neighbourhoods, let Locus propose the agenda, decide each
// item and task actions from it, close it and publish the minutes. Police read every meeting;
// supervisors (meetings:manage) change them; a partner reads only the meetings they or their
// agency attend, cut to partner-safe wording and to the items their agency is party to.
//
// CONTRACT (filled in by the implementation; pages, API routes and the PDF code rely on these
// signatures and return shapes — change them only together with their callers).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { AgendaItemKind, MeetingStatus, MeetingType, RiskLevel } from "@/lib/generated/prisma/enums";
import type { MeetingDocument, MeetingView } from "@/lib/domain/meetings";
import type {
  AgendaChangeInput, CreateMeetingInput, DecisionInput, FreeItemInput, ItemActionInput, MeetingStatusInput, PublishMinutesInput, UpdateMeetingInput,
} from "@/lib/validation/meetings";
import type { ListParams, Page } from "./list-params";

export const MEETING_SORTS = ["startsAt", "title", "status"] as const;
export type MeetingSort = (typeof MEETING_SORTS)[number];
export type MeetingFilters = { status?: MeetingStatus; type?: MeetingType; when?: "upcoming" | "past"; neighbourhoodId?: string };
export type MeetingRow = {
  id: string; title: string; type: MeetingType; startsAt: Date; status: MeetingStatus; chair: string; neighbourhoods: string[]; itemCount: number; minutesPublishedAt: Date | null;
};

/** One proposal of the agenda rules (not yet saved). */
export type ProposedItem = {
  kind: AgendaItemKind; title: string; reason: string;
  groupId?: string; personId?: string; concernId?: string; actionId?: string; referralId?: string;
};

export type SupervisorHome = {
  upcoming: MeetingRow[];
  /** Items decided "adopt" (or "refer"/"escalate") that still have no action created from them. */
  awaitingActions: { meetingId: string; meetingTitle: string; startsAt: Date; itemId: string; itemTitle: string; decision: string; decidedAt: Date | null }[];
  /** Open actions past their due date, counted per owning agency, most first. */
  overdueByAgency: { agencyId: string; agency: string; count: number }[];
  /** People whose risk became HIGH in the last NEWLY_HIGH_RISK_DAYS days. */
  newlyHighRisk: { id: string; name: string; riskLevel: RiskLevel; riskLevelSince: Date; leadAgency: string | null }[];
};

export type MeetingFormOptions = {
  neighbourhoods: { id: string; name: string; areaCommand: string }[];
  chairs: { id: string; name: string }[];
  users: { id: string; name: string; agency: string; role: string }[];
  agencies: { id: string; name: string; type: string }[];
};

const todo = (): never => {
  throw new Error("not implemented yet");
};

/** Meetings the actor may see, paged/sorted/filtered in the database. Partners: only those they or their agency attend. 403 for admins. */
export async function listMeetings(_actor: Actor, _params: ListParams<MeetingSort>, _filters: MeetingFilters): Promise<Page<MeetingRow>> { return todo(); }
/** One meeting, cut to the actor's audience; NotFoundError when they may not see it. */
export async function getMeeting(_actor: Actor, _id: string, _now?: Date): Promise<MeetingView> { return todo(); }
/** Plans a meeting and saves Locus's proposed agenda with it, in one transaction with its audit event. */
export async function createMeeting(_actor: Actor, _input: CreateMeetingInput, _now?: Date): Promise<{ id: string }> { return todo(); }
export async function updateMeeting(_actor: Actor, _id: string, _input: UpdateMeetingInput): Promise<void> { return todo(); }
/** The agenda rules, run for a scope without saving anything (used by createMeeting, refreshAgenda, tests and the benchmark). */
export async function proposeAgenda(_actor: Actor, _scope: { neighbourhoodIds: string[]; startsAt: Date; excludeMeetingId?: string }, _now?: Date): Promise<ProposedItem[]> { return todo(); }
/** Adds the proposals not already on the agenda; returns how many were added. */
export async function refreshAgenda(_actor: Actor, _meetingId: string, _input: { version: number }, _now?: Date): Promise<{ added: number }> { return todo(); }
export async function addFreeItem(_actor: Actor, _meetingId: string, _input: FreeItemInput): Promise<{ id: string }> { return todo(); }
export async function removeItem(_actor: Actor, _meetingId: string, _itemId: string, _input: AgendaChangeInput): Promise<void> { return todo(); }
export async function moveItem(_actor: Actor, _meetingId: string, _itemId: string, _input: AgendaChangeInput): Promise<void> { return todo(); }
export async function decideItem(_actor: Actor, _meetingId: string, _itemId: string, _input: DecisionInput): Promise<void> { return todo(); }
/** Creates an action in the item's plan (group 4P plan or person safeguarding plan), linked to the item. */
export async function createActionFromItem(_actor: Actor, _meetingId: string, _itemId: string, _input: ItemActionInput): Promise<{ id: string }> { return todo(); }
export async function setMeetingStatus(_actor: Actor, _id: string, _input: MeetingStatusInput): Promise<void> { return todo(); }
/** Closed meetings only: stores the minutes and tells the attendees (notifications). */
export async function publishMinutes(_actor: Actor, _id: string, _input: PublishMinutesInput): Promise<void> { return todo(); }
/** The pack (any time) or the minutes (police: once closed; partners: once published) for the PDF, cut to the audience; audits the download. */
export async function meetingDocument(_actor: Actor, _id: string, _kind: "pack" | "minutes", _now?: Date): Promise<MeetingDocument> { return todo(); }
export async function meetingFormOptions(_actor: Actor): Promise<MeetingFormOptions> { return todo(); }
export async function supervisorHome(_actor: Actor, _now?: Date): Promise<SupervisorHome> { return todo(); }
