import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "../../db/schema";
import { loginInput, sessionUser } from "../../shared/schemas/user";
import type { AppEnv, RequiredDeps } from "../deps";
import { ApiError } from "../problem";
import { clearSession, readSessionToken, writeSession } from "../session-cookies";
import { createSession, deleteSession } from "../sessions";
import { json, problemResponses } from "./openapi-helpers";

const userEnvelope = z.object({ user: sessionUser });

const login = createRoute({
  method: "post",
  path: "/api/auth/login",
  tags: ["auth"],
  summary: "Sign in with email and password; sets an HttpOnly session cookie",
  security: [],
  request: { body: { required: true, content: { "application/json": { schema: loginInput } } } },
  responses: { 200: json(userEnvelope, "Signed in"), ...problemResponses(401, 422) },
});

const logout = createRoute({
  method: "post",
  path: "/api/auth/logout",
  tags: ["auth"],
  summary: "Sign out; the session ends on the server",
  responses: { 204: { description: "Signed out" }, ...problemResponses(401) },
});

const me = createRoute({
  method: "get",
  path: "/api/auth/me",
  tags: ["auth"],
  summary: "The signed-in user",
  responses: { 200: json(userEnvelope, "The signed-in user"), ...problemResponses(401) },
});

export function authRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  let dummyHash: Promise<string> | undefined;
  const badCredentials = () => new ApiError(401, "Sign-in failed", "The email address or password is not right.");

  app.openapi(login, async (c) => {
    const { email, password } = c.req.valid("json");
    const [user] = await deps.db.select().from(users).where(eq(users.email, email.toLowerCase()));
    if (!user) {
      // Spend the same time as a real check, so timing does not reveal which emails exist.
      dummyHash ??= deps.passwords.hash("not-a-real-password");
      await deps.passwords.verify(password, await dummyHash);
      throw badCredentials();
    }
    if (!(await deps.passwords.verify(password, user.passwordHash))) throw badCredentials();
    const token = await createSession(deps.db, user.id, deps.clock(), deps.sessionTtlMs);
    writeSession(c, deps, token);
    return c.json({ user: { id: user.id, email: user.email, name: user.name, role: user.role } }, 200);
  });

  app.openapi(logout, async (c) => {
    const token = readSessionToken(c, deps);
    if (token) await deleteSession(deps.db, token);
    clearSession(c, deps);
    return c.body(null, 204);
  });

  app.openapi(me, (c) => c.json({ user: c.get("user") }, 200));
}
