import { z } from "zod";

/** "1,500.50" or "£1500" → 150050 pence; empty → null. */
export function poundsToPence(text: string): number | null {
  const clean = text.replace(/[£,\s]/g, "");
  if (clean === "") return null;
  return Math.round(Number(clean) * 100);
}

export function penceToPounds(pence: number | null): string {
  if (pence === null) return "";
  return (pence / 100).toFixed(pence % 100 === 0 ? 0 : 2);
}

/** A form field holding pounds as typed: empty, or an amount like 1500 or 1,500.50. */
export const poundsText = z
  .string()
  .trim()
  .refine((v) => v === "" || /^£?\d{1,3}(,\d{3})*(\.\d{1,2})?$|^£?\d+(\.\d{1,2})?$/.test(v), {
    message: "Enter an amount in pounds, like 1500 or 1,500.50",
  });

export { formatPence } from "../shared/money-text";
