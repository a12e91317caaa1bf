import { describe, expect, it } from "vitest";
import { csvResponse } from "./csv-response";

type Row = { name: string };

function recorder() {
  const calls: [number, boolean][] = [];
  return { calls, done: async (rows: number, finished: boolean) => void calls.push([rows, finished]) };
}

const text = async (reader: ReadableStreamDefaultReader<Uint8Array>) => {
  const chunks: string[] = [];
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks.join("");
    chunks.push(decoder.decode(value, { stream: true }));
  }
};

describe("csvResponse", () => {
  it("streams the header then every batch, and records the whole file once, before it ends", async () => {
    async function* batches() {
      yield [{ name: "Ann" }, { name: "Bo, Jr" }];
      yield [];
      yield [{ name: "Cy" }];
    }
    const { calls, done } = recorder();
    const response = csvResponse<Row>("people.csv", ["Name"], batches(), (row) => [row.name], done);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="people.csv"');
    const body = await text((response.body as ReadableStream<Uint8Array>).getReader());
    expect(body).toBe('\uFEFFName\r\nAnn\r\n"Bo, Jr"\r\nCy\r\n');
    expect(calls).toEqual([[3, true]]);
  });

  it("records a download stopped while a batch was being read once, as stopped, not also as finished", async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The database answers (with no more rows) only after the person has stopped the download.
    async function* batches(): AsyncGenerator<Row[]> {
      yield [{ name: "Ann" }];
      await gate;
    }
    const { calls, done } = recorder();
    const response = csvResponse<Row>("people.csv", ["Name"], batches(), (row) => [row.name], done);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    expect((await reader.read()).done).toBe(false); // the header
    expect((await reader.read()).done).toBe(false); // Ann
    const reading = reader.read();
    await new Promise((resolve) => setTimeout(resolve, 20)); // the read now waits on the database
    const stopping = reader.cancel();
    release();
    await Promise.allSettled([reading, stopping]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toEqual([[1, false]]);
  });
});
