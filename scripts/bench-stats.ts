/** What every bench script reports with: nearest-rank percentiles and milliseconds. */

/** The p-th percentile (nearest rank) of times sorted ascending; 0 for none. */
export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

export const ms = (value: number) => `${value.toFixed(1)} ms`;
