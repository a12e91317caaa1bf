const money = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP" });

/** 150050 → "£1,500.50"; the one way money is written, in the UI and in API messages. */
export const formatPence = (pence: number | null) => (pence === null ? "—" : money.format(pence / 100));
