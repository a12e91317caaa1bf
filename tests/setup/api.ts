import { afterAll, beforeAll } from "vitest";
import { demoPassword } from "../../src/db/seed/demo-data";
import { createApp } from "../../src/server/app";
import type { AppDeps } from "../../src/server/deps";
import { loadTemplate } from "./template";
import { createTestDb, type TestDb, testPasswords } from "./test-db";

export type Api = {
  app: ReturnType<typeof createApp>;
  db: TestDb["db"];
  /** Signs in as a demo account and returns a client that sends its cookie. */
  as: (email: string) => Promise<Client>;
  anonymous: Client;
};

export type Client = {
  request: (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<Response>;
  get: (path: string) => Promise<Response>;
  cookie?: string;
};

function client(app: Api["app"], cookie?: string): Client {
  const request = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.request(path, {
      method,
      headers: {
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...(cookie ? { cookie } : {}),
        ...headers,
      },
      ...(body !== undefined ? { body: typeof body === "string" ? body : JSON.stringify(body) } : {}),
    });
  return { request, get: (path) => request("GET", path), ...(cookie ? { cookie } : {}) };
}

/** A real app over a fresh seeded database for one test file. */
export function setupApi(options: Omit<AppDeps, "db" | "passwords"> = {}): Api {
  const api = {} as Api;
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createTestDb(loadTemplate);
    api.db = testDb.db;
    api.app = createApp({ db: testDb.db, passwords: testPasswords, ...options });
    api.anonymous = client(api.app);
    api.as = async (email) => {
      const response = await api.anonymous.request("POST", "/api/auth/login", { email, password: demoPassword });
      if (response.status !== 200) throw new Error(`sign-in as ${email} failed: ${response.status}`);
      const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] as string;
      return client(api.app, cookie);
    };
  }, 60_000);
  afterAll(async () => testDb?.close());
  return api;
}
