/** How a rate card's amount is counted: an involvement's quantity is in this unit. */
export const rateUnits = ["hour", "session", "day"] as const;
export type RateUnit = (typeof rateUnits)[number];
export const rateUnitLabels: Record<RateUnit, string> = {
  hour: "Per hour",
  session: "Per session",
  day: "Per day",
};
