import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { and, asc, eq, isNotNull, isNull, ne, sql } from "drizzle-orm";
import type { Context } from "hono";
import { z } from "zod";
import type { Db } from "../../db/database";
import { mfaChallenges, passwordLinks, recoveryCodes, users } from "../../db/schema";
import { id } from "../../shared/schemas/common";
import {
  adminUser,
  createUserInput,
  type SessionUser,
  setPasswordLink,
  signInRecord,
  updateUserInput,
  userSummary,
} from "../../shared/schemas/users";
import { accountChange, sessionsEnded, updateRecord, whoIs, writeAudit } from "../audit";
import type { AppEnv, RequiredDeps } from "../deps";
import { ApiError, invalid, notFound } from "../problem";
import { deleteSessionsOf, hashToken, newToken } from "../sessions";
import { lastSignIns } from "../sign-in-events";
import { json, permit, problemResponses } from "./openapi-helpers";

/** How long a set-password link stays valid. */
const setPasswordLinkHours = 72;

const userParams = z.object({ id });

const listUsers = createRoute({
  ...permit("users.list"),
  method: "get",
  path: "/api/users",
  tags: ["users"],
  summary: "All staff accounts: id, name and role for everyone (pickers); admin also gets the account's details",
  description:
    "Every role may call it. For admin each item adds email, disabled, lastSignInAt, mfa, version and signIn (local, sso, both or none).",
  responses: {
    200: json(z.object({ items: z.array(z.union([adminUser, userSummary])) }), "Accounts by name"),
    ...problemResponses(401),
  },
});

const getUser = createRoute({
  ...permit("users.read"),
  method: "get",
  path: "/api/users/{id}",
  tags: ["users"],
  summary: "One account, as admin sees it (admin)",
  request: { params: userParams },
  responses: { 200: json(adminUser, "The account"), ...problemResponses(401, 403, 404) },
});

const listSignIns = createRoute({
  ...permit("signIns.read"),
  method: "get",
  path: "/api/sign-ins",
  tags: ["users"],
  summary: "The latest sign-in events, newest first: everyone's or one account's (admin)",
  description: "Sign-ins, failures with a reason code, throttled attempts, sign-outs and time-outs; the last 50.",
  request: { query: z.object({ userId: id.optional() }) },
  responses: {
    200: json(z.object({ items: z.array(signInRecord) }), "Sign-in events"),
    ...problemResponses(400, 401, 403),
  },
});

const createUser = createRoute({
  ...permit("users.create"),
  method: "post",
  path: "/api/users",
  tags: ["users"],
  summary: "Create an account (admin); answers a single-use link, valid 72 hours, for the person to set a password",
  request: { body: { required: true, content: { "application/json": { schema: createUserInput } } } },
  responses: {
    201: json(z.object({ user: adminUser }).merge(setPasswordLink), "Created"),
    ...problemResponses(401, 403, 409, 422),
  },
});

const updateUser = createRoute({
  ...permit("users.update"),
  method: "patch",
  path: "/api/users/{id}",
  tags: ["users"],
  summary: "Change an account's name or role, or disable it (admin); disabling ends its sessions at once",
  description:
    "A stale version is 409. Admin cannot disable or demote themselves, nor the last active admin (409, with the reason).",
  request: {
    params: userParams,
    body: { required: true, content: { "application/json": { schema: updateUserInput } } },
  },
  responses: { 200: json(adminUser, "The account"), ...problemResponses(401, 403, 404, 409, 422) },
});

const resetPassword = createRoute({
  ...permit("users.update"),
  method: "post",
  path: "/api/users/{id}/reset-password",
  tags: ["users"],
  summary: "A new single-use set-password link for an account (admin); its sessions end",
  request: { params: userParams },
  responses: { 200: json(setPasswordLink, "The link to pass on"), ...problemResponses(401, 403, 404) },
});

const endSessions = createRoute({
  ...permit("users.update"),
  method: "delete",
  path: "/api/users/{id}/sessions",
  tags: ["users"],
  summary: "Sign an account out everywhere (admin)",
  request: { params: userParams },
  responses: { 204: { description: "Signed out everywhere" }, ...problemResponses(401, 403, 404) },
});

const resetTwoStep = createRoute({
  ...permit("users.update"),
  method: "delete",
  path: "/api/users/{id}/two-step",
  tags: ["users"],
  summary: "Turn off an account's two-step verification (admin): for someone who lost their app and recovery codes",
  description:
    "The account's secret and recovery codes are deleted and its sessions end; it signs in with its password and sets two-step verification up again (at once, where the role must use it). Recorded in the audit log. 409 when two-step verification is not on.",
  request: { params: userParams },
  responses: { 204: { description: "Turned off" }, ...problemResponses(401, 403, 404, 409) },
});

const adminColumns = {
  id: users.id,
  name: users.name,
  role: users.role,
  email: users.email,
  disabled: users.disabled,
  lastSignInAt: users.lastSignInAt,
  version: users.version,
  hasPassword: sql<boolean>`${users.passwordHash} is not null`,
  usedSso: sql<boolean>`${users.ssoSubject} is not null`,
  mfa: sql<boolean>`${users.mfaSecret} is not null`,
};
type AdminRow = {
  id: string;
  name: string;
  role: SessionUser["role"];
  email: string;
  disabled: boolean;
  lastSignInAt: Date | string | null;
  version: number;
  hasPassword: boolean;
  usedSso: boolean;
  mfa: boolean;
};

function toAdminUser(row: AdminRow) {
  const { hasPassword, usedSso, lastSignInAt, ...rest } = row;
  return {
    ...rest,
    lastSignInAt: lastSignInAt ? new Date(lastSignInAt).toISOString() : null,
    // Single sign-on counts once they have used it: any active account whose email the provider vouches for may.
    signIn: hasPassword
      ? usedSso
        ? ("both" as const)
        : ("local" as const)
      : usedSso
        ? ("sso" as const)
        : ("none" as const),
  };
}

async function accountOf(db: Db, userId: string) {
  const [row] = await db.select(adminColumns).from(users).where(eq(users.id, userId));
  if (!row) throw notFound("That account");
  return row;
}

/** A fresh single-use link for an account: earlier unused links stop working. */
async function issueLink(db: Db, c: Context, publicUrl: string | undefined, userId: string, now: Date) {
  const token = newToken();
  await db.delete(passwordLinks).where(and(eq(passwordLinks.userId, userId), isNull(passwordLinks.usedAt)));
  await db.insert(passwordLinks).values({
    tokenHash: await hashToken(token),
    userId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + setPasswordLinkHours * 3_600_000),
  });
  const origin = publicUrl ?? new URL(c.req.url).origin;
  return `${origin.replace(/\/$/, "")}/set-password?token=${encodeURIComponent(token)}`;
}

const conflict = (detail: string) => new ApiError(409, "Conflict", detail);

export function userRoutes(app: OpenAPIHono<AppEnv>, deps: RequiredDeps) {
  app.openapi(listUsers, async (c) => {
    if (c.get("user").role !== "admin") {
      const items = await deps.db
        .select({ id: users.id, name: users.name, role: users.role })
        .from(users)
        .orderBy(asc(users.name));
      return c.json({ items }, 200);
    }
    const rows = await deps.db.select(adminColumns).from(users).orderBy(asc(users.name));
    return c.json({ items: rows.map(toAdminUser) }, 200);
  });

  app.openapi(getUser, async (c) => {
    return c.json(toAdminUser(await accountOf(deps.db, c.req.valid("param").id)), 200);
  });

  app.openapi(listSignIns, async (c) => {
    const { userId } = c.req.valid("query");
    const rows = await lastSignIns(deps.db, 50, userId);
    const items = rows.map((row) => ({
      ...row,
      at: new Date(row.at).toISOString(),
    }));
    return c.json({ items }, 200);
  });

  app.openapi(createUser, async (c) => {
    const input = c.req.valid("json");
    const email = input.email.toLowerCase();
    const [taken] = await deps.db.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (taken) throw new ApiError(409, "Email in use", "There is already an account with this email address.");
    const now = deps.clock();
    const { user, setPasswordUrl } = await deps.db.transaction(async (tx) => {
      const [created] = await tx
        .insert(users)
        .values({ email, name: input.name, role: input.role, passwordHash: null, createdAt: now })
        .returning({ id: users.id });
      if (!created) throw new Error("insert returned no row");
      await writeAudit(tx, now, whoIs(c, deps), { action: "create", resource: "users", recordId: created.id });
      return {
        user: await accountOf(tx, created.id),
        setPasswordUrl: await issueLink(tx, c, deps.publicUrl, created.id, now),
      };
    });
    return c.json({ user: toAdminUser(user), setPasswordUrl }, 201);
  });

  app.openapi(updateUser, async (c) => {
    const me = c.get("user");
    const { id: userId } = c.req.valid("param");
    const { version, ...change } = c.req.valid("json");
    if (Object.keys(change).length === 0)
      throw invalid([{ path: "(body)", message: "Change the name, role or status." }]);
    const updated = await deps.db.transaction(async (tx) => {
      const before = await accountOf(tx, userId);
      const demoting = change.role !== undefined && change.role !== "admin" && before.role === "admin";
      const disabling = change.disabled === true && !before.disabled;
      if (userId === me.id && (demoting || disabling))
        throw conflict("You cannot disable your own account or take away your own admin role: ask another admin.");
      if (demoting || (disabling && before.role === "admin")) {
        // Serialise admin changes, so two admins cannot take each other's role at the same moment.
        await tx.execute(sql`select id from users where role = 'admin' for update`);
        const [others] = await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(users)
          .where(and(eq(users.role, "admin"), eq(users.disabled, false), ne(users.id, userId)));
        if (Number(others?.n ?? 0) === 0)
          throw conflict("This is the last active admin: make someone else admin first.");
      }
      const rows = await tx
        .update(users)
        .set({ ...change, version: sql`${users.version} + 1` })
        .where(and(eq(users.id, userId), eq(users.version, version)))
        .returning({ id: users.id });
      if (rows.length === 0)
        throw new ApiError(
          409,
          "Conflict",
          "Someone else changed this account since you opened it. Reload to see their change.",
          undefined,
          { code: "stale_version" },
        );
      if (disabling) await deleteSessionsOf(tx, userId);
      const after = await accountOf(tx, userId);
      await writeAudit(
        tx,
        deps.clock(),
        whoIs(c, deps),
        updateRecord({ resource: "users", recordId: userId }, before, after),
      );
      return after;
    });
    return c.json(toAdminUser(updated), 200);
  });

  app.openapi(resetPassword, async (c) => {
    const { id: userId } = c.req.valid("param");
    await accountOf(deps.db, userId);
    const setPasswordUrl = await deps.db.transaction(async (tx) => {
      await deleteSessionsOf(tx, userId);
      await writeAudit(tx, deps.clock(), whoIs(c, deps), accountChange(userId, "password"));
      return issueLink(tx, c, deps.publicUrl, userId, deps.clock());
    });
    return c.json({ setPasswordUrl }, 200);
  });

  app.openapi(resetTwoStep, async (c) => {
    const { id: userId } = c.req.valid("param");
    await accountOf(deps.db, userId);
    const turnedOff = await deps.db.transaction(async (tx) => {
      const off = await tx
        .update(users)
        .set({ mfaSecret: null, mfaPendingSecret: null, mfaLastStep: null })
        .where(and(eq(users.id, userId), isNotNull(users.mfaSecret)))
        .returning({ id: users.id });
      if (off.length === 0) return false;
      await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
      await tx.delete(mfaChallenges).where(eq(mfaChallenges.userId, userId));
      await deleteSessionsOf(tx, userId);
      await writeAudit(tx, deps.clock(), whoIs(c, deps), accountChange(userId, "twoStep"));
      return true;
    });
    if (!turnedOff)
      throw new ApiError(409, "Not on", "Two-step verification is not on for this account.", undefined, {
        code: "two_step_off",
      });
    return c.body(null, 204);
  });

  app.openapi(endSessions, async (c) => {
    const { id: userId } = c.req.valid("param");
    await accountOf(deps.db, userId);
    await deps.db.transaction(async (tx) => {
      await deleteSessionsOf(tx, userId);
      await writeAudit(tx, deps.clock(), whoIs(c, deps), sessionsEnded(userId, "all"));
    });
    return c.body(null, 204);
  });
}
