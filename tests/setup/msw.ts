import { HttpResponse, http } from "msw";
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

type Problem = { status: number; title: string; detail: string; errors?: { path: string; message: string }[] };

/** The API's answer when something breaks on the server. */
export const serverError: Problem = { status: 500, title: "Server error", detail: "Something went wrong on our side." };

/** The API refusing input, with errors at their fields. */
export const invalidInput = (errors: Problem["errors"]): Problem => ({
  status: 422,
  title: "Invalid input",
  detail: "Some fields need attention.",
  errors,
});

/** An MSW handler that answers `method path` (below /api) with a problem, as the API does. */
export const answerWith = (method: "get" | "post", path: string, problem: Problem) =>
  http[method](`*/api${path}`, () =>
    HttpResponse.json(problem, { status: problem.status, headers: { "content-type": "application/problem+json" } }),
  );
