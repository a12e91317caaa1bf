/** Helpers shared by the demo seed's parts. */

/** A small deterministic generator, so every demo database holds the same items. */
export function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

export const isoDate = (date: Date) => date.toISOString().slice(0, 10);
export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
/** Midnight UTC of an ISO date. */
export const day = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * What every part of the seed shares: one seeded generator (each draw consumes it, so the parts
 * must draw in the same order every time), the reference `now`, and the first day of the
 * earlier of the two reporting years seeded (`from`).
 */
export type Seeding = {
  now: Date;
  /** `now` as an ISO date. */
  today: string;
  from: Date;
  rand: () => number;
  pick: <T>(list: readonly T[]) => T;
  /** A whole number from min to max, both included. */
  between: (min: number, max: number) => number;
  /** Shuffles the list in place and returns it. */
  shuffle: <T>(list: T[]) => T[];
  /** The date, or `now` if it is later. */
  upTo: (date: Date) => Date;
};

export function seeding(seed: number, now: Date, from: Date): Seeding {
  const rand = random(seed);
  return {
    now,
    today: isoDate(now),
    from,
    rand,
    pick: <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T,
    between: (min, max) => min + Math.floor(rand() * (max - min + 1)),
    shuffle: <T>(list: T[]) => {
      for (let i = list.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [list[i], list[j]] = [list[j] as T, list[i] as T];
      }
      return list;
    },
    upTo: (date) => (date < now ? date : now),
  };
}
