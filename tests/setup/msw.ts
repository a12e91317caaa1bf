import { setupApiServer } from "../../mocks/node";
import { createApp } from "../../src/server/app";
import { loadTemplate } from "./template";
import { createTestDb, type TestDb, testPasswords } from "./test-db";

/**
 * Component tests talk to the real API over a fresh seeded database, through MSW.
 * One database per test file; failure cases (500, network error) are MSW overrides.
 */
let testDb: TestDb | undefined;
let app: ReturnType<typeof createApp> | undefined;
/** Requests the API is still answering: the database closes only after the last one. */
const inFlight = new Set<Promise<Response>>();

export const { server, forgetSession } = setupApiServer(() => {
  const current = app;
  if (!current) throw new Error("the test API is not ready");
  return {
    fetch: (request: Request) => {
      const answer = Promise.resolve(current.fetch(request));
      inFlight.add(answer);
      void answer.finally(() => inFlight.delete(answer)).catch(() => {});
      return answer;
    },
  };
});

export async function startTestApi() {
  testDb = await createTestDb(loadTemplate);
  app = createApp({ db: testDb.db, passwords: testPasswords });
  server.listen({ onUnhandledRequest: "error" });
}

export async function stopTestApi() {
  server.close();
  // A page unmounted by cleanup may still have a fetch under way: let it finish first.
  await Promise.allSettled([...inFlight]);
  await testDb?.close();
}

export const testDatabase = () => {
  if (!testDb) throw new Error("the test API is not ready");
  return testDb.db;
};
