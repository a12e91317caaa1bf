import { act, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { apiJson, renderApp, signInAs } from "../../../tests/setup/render-app";
import { reportingYearOf } from "../../shared/reporting-year";
import type { DashboardCharts } from "../../shared/schemas/metrics";

/**
 * jsdom has no IntersectionObserver (the dashboard then draws every chart at once): this test
 * brings one in, and says by hand which chart has come into view, as scrolling would.
 */
class FakeIntersectionObserver {
  static all: FakeIntersectionObserver[] = [];
  readonly root = null;
  readonly rootMargin = "";
  readonly thresholds = [];
  private readonly watched = new Set<Element>();

  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.all.push(this);
  }
  observe(element: Element) {
    this.watched.add(element);
  }
  unobserve(element: Element) {
    this.watched.delete(element);
  }
  disconnect() {
    this.watched.clear();
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }

  /** The element comes into view. */
  static scrollTo(element: Element) {
    for (const observer of FakeIntersectionObserver.all) {
      if (!observer.watched.has(element)) continue;
      const entry = { target: element, isIntersecting: true, intersectionRatio: 1 } as IntersectionObserverEntry;
      observer.callback([entry], observer as unknown as IntersectionObserver);
    }
  }
}

const thisYear = reportingYearOf(new Date().toISOString().slice(0, 10));
const drawing = (region: HTMLElement) => within(region).queryByRole("img", { name: /Switch to the table/ });

describe("Dashboard charts, drawn as they come into view", () => {
  beforeEach(() => {
    FakeIntersectionObserver.all = [];
    vi.stubGlobal("IntersectionObserver", FakeIntersectionObserver);
  });
  afterEach(() => vi.unstubAllGlobals());

  it("draws a chart once it is in view, keeps the others waiting, and draws them all for printing", async () => {
    await signInAs("manager@example.org");
    const { charts } = await apiJson<DashboardCharts>(`/metrics/charts?year=${thisYear}`);
    const [first, second] = charts;
    if (!first || !second) throw new Error("the dashboard needs two charts for this test");
    renderApp("/dashboard");

    const firstRegion = await screen.findByRole("region", { name: first.title });
    const secondRegion = screen.getByRole("region", { name: second.title });
    // Before: the heading, the buttons and the key are there; the drawing is not.
    expect(within(firstRegion).getByRole("list", { name: "Key" })).toBeInTheDocument();
    expect(within(firstRegion).getByRole("button", { name: "Show table" })).toBeInTheDocument();
    expect(drawing(firstRegion)).not.toBeInTheDocument();
    expect(drawing(secondRegion)).not.toBeInTheDocument();

    act(() => FakeIntersectionObserver.scrollTo(firstRegion));
    expect(
      await within(firstRegion).findByRole("img", { name: new RegExp(first.title) }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(drawing(secondRegion)).not.toBeInTheDocument();

    // Printing draws every chart at once (the printout cannot wait for scrolling).
    act(() => {
      window.dispatchEvent(new Event("beforeprint"));
    });
    for (const { title } of charts) {
      expect(drawing(screen.getByRole("region", { name: title })), title).toBeInTheDocument();
    }
    act(() => {
      window.dispatchEvent(new Event("afterprint"));
    });
    expect(drawing(secondRegion)).toBeInTheDocument();
  });
});
