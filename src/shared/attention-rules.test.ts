import { describe, expect, it } from "vitest";
import {
  addDays,
  attentionDates,
  attentionKeys,
  attentionKeysFor,
  attentionTitles,
  isBursaryUnanswered,
  isBursaryUnpaid,
  isNotToldBack,
  isOverdueAction,
  isTargetAtRisk,
  isUndecidedSoon,
  isUnpaid,
  landingPageFor,
  soonSince,
} from "./attention-rules";
import { ukDate } from "./calendar-date";

const today = "2026-12-01";

describe("attention rules", () => {
  it("turns the day counts into cut-off dates across month and year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2027-03-01", -1)).toBe("2027-02-28");
    expect(attentionDates(today)).toEqual({
      today,
      undecidedUntil: "2027-01-26",
      targetUntil: "2027-01-26",
      tookPartBefore: "2026-11-01",
      receivedBefore: "2026-10-02",
      offeredOnOrBefore: "2026-11-17",
    });
    expect(soonSince("2027-01-26", 8)).toBe("2026-12-01");
  });

  it("undecided soon: no decision, starting today up to 8 weeks ahead, not cancelled", () => {
    const item = { startDate: "2027-01-26", status: "planned", decided: false };
    expect(isUndecidedSoon(item, today)).toBe(true);
    expect(isUndecidedSoon({ ...item, startDate: today }, today)).toBe(true);
    expect(isUndecidedSoon({ ...item, startDate: "2027-01-27" }, today)).toBe(false);
    expect(isUndecidedSoon({ ...item, startDate: "2026-11-30" }, today)).toBe(false);
    expect(isUndecidedSoon({ ...item, decided: true }, today)).toBe(false);
    expect(isUndecidedSoon({ ...item, status: "cancelled" }, today)).toBe(false);
  });

  it("target at risk: only events below target within the window", () => {
    const event = { startDate: "2026-12-20", status: "planned", isEvent: true, targetMet: false };
    expect(isTargetAtRisk(event, today)).toBe(true);
    expect(isTargetAtRisk({ ...event, targetMet: true }, today)).toBe(false);
    expect(isTargetAtRisk({ ...event, isEvent: false }, today)).toBe(false);
    expect(isTargetAtRisk({ ...event, startDate: "2027-02-01" }, today)).toBe(false);
  });

  it("unpaid: took part more than 30 days ago, something owed, neither paid nor declined", () => {
    const involvement = {
      status: "took_part",
      startDate: "2026-10-01",
      endDate: "2026-10-31",
      feePence: 5000,
      expensesPence: null,
      paymentStatus: "due",
    };
    expect(isUnpaid(involvement, today)).toBe(true);
    // The end date counts: 1 Nov is exactly 30 days ago, not more.
    expect(isUnpaid({ ...involvement, endDate: "2026-11-01" }, today)).toBe(false);
    expect(isUnpaid({ ...involvement, endDate: null, startDate: "2026-10-01" }, today)).toBe(true);
    // No dates of its own: its work item's end, else its start.
    const undated = { ...involvement, startDate: null, endDate: null };
    expect(isUnpaid(undated, today)).toBe(false);
    expect(isUnpaid({ ...undated, workItem: { startDate: "2026-10-01", endDate: "2026-10-02" } }, today)).toBe(true);
    expect(isUnpaid({ ...undated, workItem: { startDate: "2026-10-01", endDate: "2026-11-20" } }, today)).toBe(false);
    expect(isUnpaid({ ...undated, workItem: { startDate: "2026-10-01", endDate: null } }, today)).toBe(true);
    expect(isUnpaid({ ...involvement, feePence: 0, expensesPence: 1200 }, today)).toBe(true);
    expect(isUnpaid({ ...involvement, feePence: 0 }, today)).toBe(false);
    expect(isUnpaid({ ...involvement, paymentStatus: "paid" }, today)).toBe(false);
    expect(isUnpaid({ ...involvement, paymentStatus: "declined" }, today)).toBe(false);
    expect(isUnpaid({ ...involvement, status: "confirmed" }, today)).toBe(false);
  });

  it("feedback: actions past due while open; not told back after more than 60 days", () => {
    expect(isOverdueAction({ actionStatus: "open", actionDueOn: "2026-11-30" }, today)).toBe(true);
    expect(isOverdueAction({ actionStatus: "in_progress", actionDueOn: "2026-11-30" }, today)).toBe(true);
    expect(isOverdueAction({ actionStatus: "open", actionDueOn: today }, today)).toBe(false);
    expect(isOverdueAction({ actionStatus: "done", actionDueOn: "2026-01-01" }, today)).toBe(false);
    expect(isNotToldBack({ receivedOn: "2026-10-01", toldBackOn: null }, today)).toBe(true);
    expect(isNotToldBack({ receivedOn: "2026-10-02", toldBackOn: null }, today)).toBe(false);
    expect(isNotToldBack({ receivedOn: "2026-01-01", toldBackOn: "2026-02-01" }, today)).toBe(false);
  });

  it("bursaries: offered 14 days or more with no answer; attended, claimed and unpaid", () => {
    expect(isBursaryUnanswered({ status: "offered", offeredOn: "2026-11-17" }, today)).toBe(true);
    expect(isBursaryUnanswered({ status: "offered", offeredOn: "2026-11-18" }, today)).toBe(false);
    expect(isBursaryUnanswered({ status: "accepted", offeredOn: "2026-01-01" }, today)).toBe(false);
    expect(isBursaryUnpaid({ status: "attended", claimedOn: "2026-11-01", paidOn: null })).toBe(true);
    expect(isBursaryUnpaid({ status: "attended", claimedOn: null, paidOn: null })).toBe(false);
    expect(isBursaryUnpaid({ status: "attended", claimedOn: "2026-11-01", paidOn: "2026-11-20" })).toBe(false);
  });

  it("gives admin every group, leads no bursary or admin groups", () => {
    expect(attentionKeysFor("admin")).toEqual(attentionKeys);
    expect(attentionKeysFor("lead")).toEqual([
      "undecided-soon",
      "unpaid",
      "overdue-actions",
      "not-told-back",
      "target-at-risk",
    ]);
    for (const role of ["events", "manager"] as const) {
      expect(attentionKeysFor(role)).toContain("bursary-unpaid");
      expect(attentionKeysFor(role)).not.toContain("retention-due");
      expect(attentionKeysFor(role)).not.toContain("consent-withdrawn");
    }
    expect(attentionTitles.unpaid).toBe("Took part more than 30 days ago and not paid");
  });

  it("lands leads and the events team on Needs attention, the others on the dashboard", () => {
    expect(landingPageFor("lead")).toBe("/attention");
    expect(landingPageFor("events")).toBe("/attention");
    expect(landingPageFor("manager")).toBe("/dashboard");
    expect(landingPageFor("admin")).toBe("/dashboard");
  });

  it("writes UK dates", () => {
    expect(ukDate("2027-01-12")).toBe("12 Jan 2027");
  });
});
