// Overdue and due soon are worked out from the calendar day in England and Wales (Europe/London),
// not the server's clock zone or UTC: an action due today is not overdue, one due yesterday is,
// from the first minute after midnight in London (which is 23:00 UTC in summer).
import { describe, expect, it } from "vitest";
import { isDueSoon, isOverdue, todayInLondon } from "@/lib/domain/actions";
import type { ActionStatus } from "@/lib/generated/prisma/enums";

/** A due date as the database holds a @db.Date: UTC midnight of the day. */
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const at = (iso: string) => new Date(iso);
const open = (due: string, status: ActionStatus = "OPEN") => ({ status, dueDate: day(due) });

describe("today in London", () => {
  it("is the London calendar day, as UTC midnight", () => {
    expect(todayInLondon(at("2026-11-20T12:00:00Z"))).toEqual(day("2026-11-20"));
    // Summer (BST, UTC+1): 23:30 UTC is already tomorrow in London.
    expect(todayInLondon(at("2026-07-14T22:59:59Z"))).toEqual(day("2026-07-14"));
    expect(todayInLondon(at("2026-07-14T23:00:00Z"))).toEqual(day("2026-07-15"));
    // Winter (GMT): London and UTC agree.
    expect(todayInLondon(at("2026-01-14T23:59:59Z"))).toEqual(day("2026-01-14"));
    expect(todayInLondon(at("2026-01-15T00:00:00Z"))).toEqual(day("2026-01-15"));
  });

  it("follows the clock changes", () => {
    // Clocks go forward at 01:00 UTC on 29 March 2026, back at 01:00 UTC on 25 October 2026.
    expect(todayInLondon(at("2026-03-28T23:30:00Z"))).toEqual(day("2026-03-28"));
    expect(todayInLondon(at("2026-03-29T23:30:00Z"))).toEqual(day("2026-03-30"));
    expect(todayInLondon(at("2026-10-24T23:30:00Z"))).toEqual(day("2026-10-25"));
    expect(todayInLondon(at("2026-10-25T23:30:00Z"))).toEqual(day("2026-10-25"));
  });
});

describe("overdue", () => {
  const noon = at("2026-11-20T12:00:00Z");

  it("due today is not overdue; due yesterday is", () => {
    expect(isOverdue(open("2026-11-20"), noon)).toBe(false);
    expect(isOverdue(open("2026-11-21"), noon)).toBe(false);
    expect(isOverdue(open("2026-11-19"), noon)).toBe(true);
    expect(isOverdue(open("2025-01-01"), noon)).toBe(true);
  });

  it("turns at midnight in London, not at midnight UTC (summer time)", () => {
    const due = open("2026-07-14");
    expect(isOverdue(due, at("2026-07-14T22:59:59Z"))).toBe(false); // 23:59:59 BST on the 14th
    expect(isOverdue(due, at("2026-07-14T23:00:00Z"))).toBe(true); // 00:00 BST on the 15th
    expect(isOverdue(due, at("2026-07-14T23:30:00Z"))).toBe(true); // still the 14th in UTC
  });

  it("turns at midnight in London in winter too (GMT)", () => {
    const due = open("2026-01-14");
    expect(isOverdue(due, at("2026-01-14T23:59:59Z"))).toBe(false);
    expect(isOverdue(due, at("2026-01-15T00:00:00Z"))).toBe(true);
  });

  it("on the night the clocks go back, the day after is the day after", () => {
    const due = open("2026-10-24");
    expect(isOverdue(due, at("2026-10-24T22:59:59Z"))).toBe(false); // 23:59:59 BST on the 24th
    expect(isOverdue(due, at("2026-10-24T23:00:00Z"))).toBe(true); // 00:00 BST on the 25th
  });

  it("counts only actions still to do: open, in progress or blocked", () => {
    for (const status of ["OPEN", "IN_PROGRESS", "BLOCKED"] as const) expect(isOverdue(open("2026-11-01", status), noon), status).toBe(true);
    for (const status of ["DONE", "CANCELLED"] as const) {
      expect(isOverdue(open("2026-11-01", status), noon), status).toBe(false);
      expect(isOverdue(open("2020-01-01", status), noon), status).toBe(false);
    }
  });
});

describe("due soon", () => {
  const noon = at("2026-11-20T12:00:00Z");

  it("is today and the next seven days, for actions still to do", () => {
    expect(isDueSoon(open("2026-11-20"), noon)).toBe(true);
    expect(isDueSoon(open("2026-11-27"), noon)).toBe(true);
    expect(isDueSoon(open("2026-11-28"), noon)).toBe(false);
    // Overdue is not "due soon".
    expect(isDueSoon(open("2026-11-19"), noon)).toBe(false);
    expect(isDueSoon(open("2026-11-21", "BLOCKED"), noon)).toBe(true);
    expect(isDueSoon(open("2026-11-21", "DONE"), noon)).toBe(false);
    expect(isDueSoon(open("2026-11-21", "CANCELLED"), noon)).toBe(false);
  });

  it("counts from the London day around midnight", () => {
    const lateSummerEvening = at("2026-07-14T23:30:00Z"); // 00:30 BST on the 15th
    expect(isDueSoon(open("2026-07-22"), lateSummerEvening)).toBe(true);
    expect(isDueSoon(open("2026-07-23"), lateSummerEvening)).toBe(false);
    expect(isDueSoon(open("2026-07-14"), lateSummerEvening)).toBe(false);
    expect(isDueSoon(open("2026-07-15"), lateSummerEvening)).toBe(true);
  });
});
