// Every form that narrows a long list does so through a NarrowForm (components/forms/narrow-form.tsx):
// a separate GET form whose controls sit in the form's layout. Rendered past the caps, each form is
// checked for what can reach a URL: no control submits the form itself as a GET, the controls that
// belong to the NarrowForm are narrowing controls only, and the URL the NarrowForm builds from the
// form (whatever is typed in it) holds only the narrowing, the chosen ids and the page's own values:
// never a group's assessment, a person's or a location's notes, an action's description, a title…
import { createElement, type ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { AppRouterContext } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { describe, expect, it } from "vitest";
import { ACTION_NARROW, ActionForm } from "@/app/(app)/actions/new/action-form";
import { USER_NARROW, UserForm } from "@/app/(app)/admin/users/user-form";
import { ASSESSMENT_NARROW, AssessmentForm } from "@/app/(app)/concerns/[id]/assess/assessment-form";
import { GROUP_NARROW, GroupForm } from "@/app/(app)/groups/group-form";
import { LOCATION_NARROW, LocationForm } from "@/app/(app)/locations/location-form";
import { MEETING_NARROW, MeetingForm } from "@/app/(app)/meetings/_components/meeting-form";
import { REFERRAL_NARROW, ReferralForm } from "@/app/(app)/people/[id]/referral-form";
import { PERSON_NARROW, PersonForm } from "@/app/(app)/people/person-form";
import { neighbourhoodLabel } from "@/components/forms/narrow-fields";
import { narrowUrl, type NarrowSpec } from "@/components/forms/narrow-form";
import { narrowParams } from "@/components/forms/narrow-params";
import type { FormState } from "@/lib/forms";

const ID = "0190a7a0-0000-7000-8000-00000000000";
const id = (n: number) => `${ID}${n}`;
const save = async (): Promise<FormState> => ({});
const router = { back() {}, forward() {}, refresh() {}, push() {}, replace() {}, prefetch() {} };

/** The markup a client form renders on the server, inside an app router as on a page. */
function render<P extends object>(component: ComponentType<P>, props: P): string {
  return renderToStaticMarkup(createElement(AppRouterContext.Provider, { value: router as never }, createElement(component as ComponentType<object>, props)));
}

type Control = { tag: string; name?: string; type?: string; form?: string; formmethod?: string; formaction?: string };
const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];

/** Every form control in `html` with the attributes that decide which form it submits, and how. */
function controls(html: string): Control[] {
  return [...html.matchAll(/<(input|select|textarea|button)\b[^>]*>/g)].map(([tag, kind]) => ({
    tag: kind!, name: attr(tag, "name"), type: attr(tag, "type"), form: attr(tag, "form"), formmethod: attr(tag, "formmethod"), formaction: attr(tag, "formaction"),
  }));
}

/** The inner markup of the form with this id. */
function formHtml(html: string, formId: string): string | undefined {
  return html.match(new RegExp(`<form[^>]*\\sid="${formId}"[^>]*>([\\s\\S]*?)</form>`))?.[1];
}

/** The names of the controls a user types free text into (text areas, text inputs), as opposed to ids chosen from a list. */
const freeText = (list: Control[]) => [...new Set(list.filter((c) => c.name && (c.tag === "textarea" || (c.tag === "input" && ["text", "email", "password", "search", "datetime-local", "date", undefined].includes(c.type)))).map((c) => c.name!))];

/** The narrowing controls a NarrowForm may hold (narrow-fields.tsx and each form's name searches). */
const NARROWING = ["areaCommand", "agencyType", "agencyQuery", "officerQuery", "assigneeQuery", "subjectQuery", "chairQuery", "attendeeQuery"];

// "Old Yard" was disabled after a record chose it: offered, and labelled as such.
const hoods = { neighbourhoods: [{ id: id(1), name: "Mill Lane", code: "ML", areaCommand: "North" }, { id: id(8), name: "Old Yard", code: "OY", areaCommand: "North", inactive: true }], neighbourhoodsNarrowed: { areaCommands: ["North", "South"], areaCommand: "North" } };
const agencies = {
  agencies: [{ id: id(2), name: "Farshire Homes", type: "HOUSING" as const }],
  agenciesNarrowed: { total: 360, types: ["HOUSING" as const, "PROBATION" as const], type: "HOUSING" as const, query: undefined, typeTruncated: false, queryTruncated: false },
};

type Case = { name: string; spec: NarrowSpec; html: string; action: string; fixed?: Record<string, string>; mustHold: string[] };

const cases: Case[] = [
  {
    name: "group",
    spec: GROUP_NARROW,
    action: "/groups/g/edit",
    html: render(GroupForm, {
      action: save, narrowHref: "/groups/g/edit", existing: { id: "g", version: 3 },
      values: { reference: "05/00283", name: "Crew", assessment: "Police only", partnerSummary: "Safe", neighbourhoodIds: [id(1)], sharedAgencyIds: [id(2)], lroId: id(3) },
      options: { ...hoods, ...agencies, officers: [{ id: id(3), label: "DS Okafor (Farshire Police)" }], officersNarrowed: { total: 3000, agency: "Farshire Police", ownTruncated: false, queryTruncated: false } },
    }),
    mustHold: ["assessment", "partnerSummary", "name", "reference", "aliases"],
  },
  {
    name: "person at risk",
    spec: PERSON_NARROW,
    action: "/people/new",
    html: render(PersonForm, { action: save, narrowHref: "/people/new", options: agencies }),
    mustHold: ["notes", "name", "address"],
  },
  {
    name: "location",
    spec: LOCATION_NARROW,
    action: "/locations/new",
    html: render(LocationForm, { action: save, narrowHref: "/locations/new", options: hoods }),
    mustHold: ["notes", "address"],
  },
  {
    name: "new action",
    spec: ACTION_NARROW,
    action: "/actions/new",
    fixed: { groupId: "g", strand: "PURSUE" },
    html: render(ActionForm, {
      action: save, narrowHref: "/actions/new", plan: { kind: "GROUP", id: "g" }, strand: "PURSUE", defaultStrand: "PURSUE", cancelHref: "/groups/g#plan",
      options: {
        ...agencies, users: [], usersNarrowed: { truncated: true, queryTruncated: false },
        subjects: [{ value: "GROUP:g", label: "The group itself" }, { value: `NOMINAL:${id(4)}`, label: "Member: A" }],
        subjectsNarrowed: { memberCount: 600, linkedCount: 3, membersCut: true, linkedCut: false, queryTruncated: false },
      },
    }),
    mustHold: ["description", "title"],
  },
  {
    name: "meeting (edit)",
    spec: MEETING_NARROW,
    action: "/meetings/m/edit",
    html: render(MeetingForm, {
      action: save, narrowHref: "/meetings/m/edit", cancelHref: "/meetings/m",
      existing: { title: "Tasking", type: "PARTNERSHIP", startsAt: "2030-01-01T10:00", neighbourhoodIds: [id(1)], chairId: id(3), attendeeIds: [], agencyIds: [id(2)], version: 2 },
      options: {
        neighbourhoods: hoods.neighbourhoods, narrowed: hoods.neighbourhoodsNarrowed, chairs: [{ id: id(3), name: "Sgt Ray", agency: "Farshire Police" }],
        chairsNarrowed: { total: 400, agency: "Farshire Police", ownTruncated: false, queryTruncated: false },
        users: [{ id: id(5), name: "PC Lee", agency: "Farshire Police", role: "OFFICER" }], usersNarrowed: {}, ...agencies,
      },
    }),
    mustHold: ["title"],
  },
  {
    name: "referral",
    spec: REFERRAL_NARROW,
    action: "/people/p#referrals",
    html: render(ReferralForm, { action: save, ageGroup: "ADULT", today: "2030-01-01", narrowHref: "/people/p#referrals", options: { ...agencies, agencies: [...agencies.agencies] } }),
    mustHold: ["notes"],
  },
  {
    name: "user",
    spec: USER_NARROW,
    action: "/admin/users/new",
    html: render(UserForm, { action: save, narrowHref: "/admin/users/new", options: { ...hoods, ...agencies } }),
    mustHold: ["password", "name", "email"],
  },
  {
    name: "assessment",
    spec: ASSESSMENT_NARROW,
    action: "/concerns/c/assess",
    html: render(AssessmentForm, {
      action: save, narrowHref: "/concerns/c/assess", currentHref: "/concerns/c", cancelHref: "/concerns", ...agencies,
      existing: { version: 1, sourceEvaluation: "", intelAssessment: "", handlingCode: "", gradingReason: "", handlingConditions: "", sanitisedSummary: "", outcome: "REFERRED", outcomeNote: "", referredAgencyId: "", group: null, links: [] },
    }),
    mustHold: ["sanitisedSummary", "outcomeNote"],
  },
];

describe.each(cases)("the $name form, past the caps", ({ spec, html, action, fixed, mustHold }) => {
  const all = controls(html);
  const main = formHtml(html, spec.source);
  const narrow = formHtml(html, spec.id);

  it("renders the form and, beside it, a hidden GET form sent to the same page", () => {
    expect(main).toBeDefined();
    const tag = html.match(new RegExp(`<form[^>]*\\sid="${spec.id}"[^>]*>`))?.[0] ?? "";
    expect([attr(tag, "method"), attr(tag, "action"), attr(tag, "hidden")]).toEqual(["get", action, ""]);
    // The NarrowForm itself holds only `narrow=1` and the page's own fixed values.
    expect(controls(narrow!).map((c) => c.name)).toEqual(["narrow", ...Object.keys(fixed ?? {})]);
  });

  it("has no control that submits the form itself as a GET (the whole-form narrowing is gone)", () => {
    expect(all.filter((c) => c.formmethod || c.formaction)).toEqual([]);
    expect(main).not.toMatch(/name="narrow"/);
  });

  it("gives the NarrowForm only narrowing controls, and a button to send it", () => {
    const bound = all.filter((c) => c.form === spec.id);
    expect(bound.filter((c) => c.tag === "button")).not.toHaveLength(0);
    const names = bound.filter((c) => c.tag !== "button").map((c) => c.name);
    expect(names).not.toHaveLength(0);
    for (const name of names) expect(NARROWING).toContain(name);
  });

  it("carries only chosen values, never free text, and the URL built from the form holds no typed text", () => {
    const fields = controls(main!).filter((c) => c.name && c.form === undefined && c.tag !== "button");
    const typed = freeText(fields);
    for (const name of mustHold) expect(typed).toContain(name);
    for (const name of spec.carry) expect(typed).not.toContain(name);
    // Long text typed into every free-text field, an id in every other: the URL holds only the narrowing, the chosen ids and the page's own values.
    const source = fields.map((c): [string, string] => [c.name!, typed.includes(c.name!) ? `SECRET ${c.name} ${"x".repeat(5_000)}` : id(9)]);
    const own: [string, string][] = [["narrow", "1"], ...Object.entries(fixed ?? {}), ...all.filter((c) => c.form === spec.id && c.name).map((c): [string, string] => [c.name!, "North"])];
    const url = narrowUrl(action, own, source, spec.carry);
    expect(url).not.toContain("SECRET");
    expect(url.length).toBeLessThan(2_000);
    const sent = [...new Set(new URL(url, "http://locus.test").searchParams.keys())];
    for (const name of sent) expect(["narrow", ...Object.keys(fixed ?? {}), ...NARROWING, ...spec.carry]).toContain(name);
    // …and the chosen ids do travel, so they stay offered.
    expect(sent).toEqual(expect.arrayContaining(spec.carry.filter((name) => fields.some((c) => c.name === name))));
  });
});

describe("a neighbourhood disabled since it was chosen", () => {
  const listing = cases.filter((c) => c.html.includes("Mill Lane"));
  it.each(listing.map((c) => [c.name, c.html] as const))("is labelled as no longer active in the %s form, and only it", (_name, html) => {
    expect(html).toMatch(/Old Yard[^<]*\(no longer active\)/);
    expect(html).not.toMatch(/Mill Lane[^<]*\(no longer active\)/);
  });
  it("keeps each form's label format, with the suffix only for a disabled one", () => {
    const elm = { name: "Elm Park", code: "EP", areaCommand: "North" };
    expect(neighbourhoodLabel(elm, {})).toBe("Elm Park");
    expect(neighbourhoodLabel(elm, { code: true })).toBe("Elm Park (EP)");
    expect(neighbourhoodLabel(elm, { areaCommand: true })).toBe("Elm Park (North)");
    expect(neighbourhoodLabel(elm, { code: true, areaCommand: true })).toBe("Elm Park (EP, North)");
    expect(neighbourhoodLabel({ ...elm, inactive: true }, { code: true })).toBe("Elm Park (EP) (no longer active)");
  });
  it("is listed by the group, location, meeting and user forms", () => {
    expect(listing.map((c) => c.name)).toEqual(expect.arrayContaining(["group", "location", "meeting (edit)", "user"]));
  });
});

describe("narrowUrl", () => {
  it("sends the NarrowForm's values and, of the form, only those carried; drops empty ones and the #fragment", () => {
    const own: [string, string][] = [["narrow", "1"], ["agencyType", "HOUSING"], ["agencyQuery", ""]];
    const source: [string, string][] = [["assessment", "Police only"], ["neighbourhoodIds", id(1)], ["neighbourhoodIds", id(2)], ["lroId", ""], ["sharedAgencyIds", id(3)]];
    expect(narrowUrl("/people/p#referrals", own, source, ["neighbourhoodIds", "lroId", "sharedAgencyIds"])).toBe(
      `/people/p?narrow=1&agencyType=HOUSING&neighbourhoodIds=${id(1)}&neighbourhoodIds=${id(2)}&sharedAgencyIds=${id(3)}`,
    );
    expect(narrowUrl("/groups/new", own, source, [])).toBe("/groups/new?narrow=1&agencyType=HOUSING");
    expect(narrowUrl("/groups/new", own, undefined, ["assessment"])).toBe("/groups/new?narrow=1&agencyType=HOUSING");
  });
});

describe("narrowParams, what a page reads back from a NarrowForm's URL", () => {
  it("reads the narrowing and the carried ids, bounded; free text in a URL has no reader", () => {
    const q = narrowParams({ narrow: "1", areaCommand: "N".repeat(500), agencyType: "HOUSING", agencyQuery: "", officerQuery: " ray ", lroId: id(1), neighbourhoodIds: [id(1), id(2)], assessment: "Police only" });
    expect(q.lists).toEqual({ areaCommand: "N".repeat(100), agencyType: "HOUSING", agencyQuery: undefined });
    expect(q.search("officerQuery")).toBe(" ray ");
    expect(q.id("lroId")).toBe(id(1));
    expect(q.ids("neighbourhoodIds")).toEqual([id(1), id(2)]);
    expect(q.ids("neighbourhoodIds", 1)).toEqual([id(1)]);
    expect(q.ids("sharedAgencyIds")).toEqual([]);
    expect(Object.keys(q).sort()).toEqual(["id", "ids", "lists", "search"]);
  });
});
