import { describe, expect, it } from "vitest";
import { inOrderOf } from "./in-order";

const collect = async <T>(batches: AsyncIterable<T[]>) => {
  const seen: T[][] = [];
  for await (const batch of batches) seen.push(batch);
  return seen;
};

describe("inOrderOf", () => {
  it("loads a batch at a time and yields rows in the order of the ids, whatever order the database answers", async () => {
    const asked: string[][] = [];
    const load = async (ids: string[]) => {
      asked.push(ids);
      return [...ids].reverse().map((id) => ({ id, name: `row ${id}` }));
    };
    const batches = await collect(inOrderOf(["c", "a", "e", "b", "d"], load, 2));
    expect(asked).toEqual([["c", "a"], ["e", "b"], ["d"]]);
    expect(batches.map((batch) => batch.map((row) => row.id))).toEqual([["c", "a"], ["e", "b"], ["d"]]);
  });

  it("skips a row deleted between reading the ids and loading it", async () => {
    const load = async (ids: string[]) => ids.filter((id) => id !== "b").map((id) => ({ id }));
    const batches = await collect(inOrderOf(["a", "b", "c"], load, 2));
    expect(batches.flat().map((row) => row.id)).toEqual(["a", "c"]);
  });

  it("yields no empty batch when a whole batch was deleted meanwhile", async () => {
    const load = async (ids: string[]) => ids.filter((id) => id !== "c" && id !== "d").map((id) => ({ id }));
    const batches = await collect(inOrderOf(["a", "b", "c", "d", "e"], load, 2));
    expect(batches.map((batch) => batch.map((row) => row.id))).toEqual([["a", "b"], ["e"]]);
  });

  it("asks nothing of the database when there are no ids", async () => {
    let calls = 0;
    const batches = await collect(
      inOrderOf([], async () => {
        calls += 1;
        return [];
      }),
    );
    expect(batches).toEqual([]);
    expect(calls).toBe(0);
  });
});
