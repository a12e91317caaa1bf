/**
 * Where a dashboard chart is drawn, and when. The drawing (recharts, ~100 KiB) is fetched once
 * the first chart comes near the screen, and each chart is drawn when it does: the figures at
 * the top are on screen long before, and a chart nobody scrolls to costs nothing. The space
 * each chart will take is kept for it meanwhile, so nothing below moves when it arrives.
 */
import { type ReactNode, type RefObject, useEffect, useState, useSyncExternalStore } from "react";
import { flushSync } from "react-dom";
import type { ChartTable } from "../../../shared/schemas/metrics";
import { type ChartRow, chartSpecOf, plotHeightOf, seriesOf } from "../charts";

type PlotModule = typeof import("./chart-figure");
let plotModule: PlotModule | undefined;
let plotLoading: Promise<PlotModule> | undefined;

/** Fetches the drawing code (and recharts) once; kept, so a later chart draws at once (even in the same task). */
const loadPlot = () => {
  plotLoading ??= import("./chart-figure").then(
    (module) => {
      plotModule = module;
      return module;
    },
    (error: unknown) => {
      plotLoading = undefined; // the next chart to be drawn tries again
      throw error;
    },
  );
  return plotLoading;
};

/*
 * Charts are drawn one per task, in the order they came into view. Each is a few hundred SVG
 * elements and recharts' work on them: drawn together they held the main thread in one task of
 * over a second. flushSync makes each draw finish in its own task instead of being batched
 * with the next.
 */
const waiting: (() => void)[] = [];
let draining = false;

function drawInTurn(draw: () => void) {
  waiting.push(draw);
  if (draining) return;
  draining = true;
  setTimeout(drawNext, 0);
}

function drawNext() {
  const draw = waiting.shift();
  if (!draw) {
    draining = false;
    return;
  }
  draw();
  setTimeout(drawNext, 0);
}

/** How far outside the screen a chart starts being drawn: a little ahead of scrolling to it. */
const aheadOfView = "200px 0px";

/*
 * Printing, as one flag for every chart: set synchronously (flushSync) in beforeprint, because the
 * browser lays the printout out as soon as the event returns; "print" media (as tests emulate it)
 * sets it too.
 */
let printing = false;
const printListeners = new Set<() => void>();
const setPrinting = (value: boolean) => {
  if (printing === value) return;
  printing = value;
  flushSync(() => {
    for (const listener of printListeners) listener();
  });
};
const startPrinting = () => setPrinting(true);
const printMedia = (event: MediaQueryListEvent) => setPrinting(event.matches);
const stopPrinting = () => setPrinting(window.matchMedia?.("print").matches ?? false);

function subscribeToPrinting(listener: () => void) {
  if (printListeners.size === 0) {
    window.addEventListener("beforeprint", startPrinting);
    window.addEventListener("afterprint", stopPrinting);
    window.matchMedia?.("print").addEventListener("change", printMedia);
  }
  printListeners.add(listener);
  return () => {
    printListeners.delete(listener);
    if (printListeners.size > 0) return;
    window.removeEventListener("beforeprint", startPrinting);
    window.removeEventListener("afterprint", stopPrinting);
    window.matchMedia?.("print").removeEventListener("change", printMedia);
  };
}

const usePrinting = () =>
  useSyncExternalStore(
    subscribeToPrinting,
    () => printing,
    () => false,
  );

/**
 * Whether an element's chart is to be drawn: once the element comes near the screen, then in
 * its turn; at once where there is no IntersectionObserver (jsdom, old browsers); and every
 * chart while printing, so a printout has them all. Once drawn, a chart stays drawn.
 */
export function useDrawWhenSeen(ref: RefObject<HTMLElement | null>): boolean {
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === "undefined");
  const print = usePrinting();
  useEffect(() => {
    if (print) setSeen(true);
  }, [print]);
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return;
    let done = false;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        const draw = () =>
          drawInTurn(() => {
            if (!done) flushSync(() => setSeen(true));
          });
        // Drawn even when the code did not arrive: the chart then says so (ChartView).
        void loadPlot().then(draw, draw);
      },
      { rootMargin: aheadOfView },
    );
    observer.observe(element);
    return () => {
      done = true;
      observer.disconnect();
    };
  }, [seen, ref]);
  return seen || print;
}

type Props = {
  chart: ChartTable;
  threshold: number;
  /** Whether to draw it now (useDrawWhenSeen). */
  draw: boolean;
  /** Clicking a bar (a row's segment for a column); charts without a list behind them leave it out. */
  onSelect?: ((row: ChartRow, column: string) => void) | undefined;
  /** The chart's table: printed in place of a chart whose drawing code had not arrived when printing began. */
  table: ReactNode;
};

/** A chart card's figure: the drawing (or the space kept for it) and its key. */
export function ChartView({ chart, threshold, draw, onSelect, table }: Props) {
  const [plot, setPlot] = useState(plotModule);
  const [failed, setFailed] = useState(false);
  const print = usePrinting();
  useEffect(() => {
    if (draw && !plot) void loadPlot().then(setPlot, () => setFailed(true));
  }, [draw, plot]);
  const Plot = draw ? (plot ?? plotModule)?.ChartPlot : undefined;
  return (
    <div className="chart-figure">
      <div className="chart-figure__plot" style={{ minHeight: plotHeightOf(chart) }}>
        {Plot ? (
          <Plot chart={chart} threshold={threshold} onSelect={onSelect} />
        ) : print ? (
          table
        ) : failed ? (
          <p className="chart-card__loading">The chart could not be loaded: Show table has its numbers.</p>
        ) : draw ? (
          <p className="chart-card__loading">Loading the chart…</p>
        ) : null}
      </div>
      <ChartLegend chart={chart} />
    </div>
  );
}

/** The key to a chart's colours and lines, in plain HTML: there before the drawing is. */
function ChartLegend({ chart }: { chart: ChartTable }) {
  const line = chartSpecOf(chart).type === "line";
  return (
    <ul className="chart-legend" aria-label="Key">
      {seriesOf(chart).map((s) => (
        <li key={s.key}>
          <svg className="chart-legend__swatch" width="24" height="14" aria-hidden="true" focusable="false">
            {line ? (
              <line
                x1="1"
                y1="7"
                x2="23"
                y2="7"
                stroke={s.colour}
                strokeWidth="3"
                strokeDasharray={s.dashed ? "6 3" : undefined}
              />
            ) : (
              <rect x="5" y="1" width="12" height="12" fill={s.colour} />
            )}
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}
