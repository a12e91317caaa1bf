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

export const { server, forgetSession } = setupApiServer(() => {
  if (!app) throw new Error("the test API is not ready");
  return app;
});

export async function startTestApi() {
  testDb = await createTestDb(loadTemplate);
  app = createApp({ db: testDb.db, passwords: testPasswords });
  server.listen({ onUnhandledRequest: "error" });
}

export async function stopTestApi() {
  server.close();
  await testDb?.close();
}

export const testDatabase = () => {
  if (!testDb) throw new Error("the test API is not ready");
  return testDb.db;
};
