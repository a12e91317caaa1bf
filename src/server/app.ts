import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { routePath } from "hono/route";
import { secureHeaders } from "hono/secure-headers";
import { z } from "zod";
import { maxImportBytes } from "../shared/schemas/imports";
import { defaultRoundingBase, defaultSuppressionThreshold } from "../shared/suppression";
import { apiAnswers, refuseCrossSite, refuseUnstorableText } from "./api-guards";
import { recordRefusals } from "./audit";
import { authorise, isPublic, operationFinder, operationsOf } from "./authorisation";
import type { AppDeps, AppEnv, RequiredDeps } from "./deps";
import { consoleLogger, describeError } from "./log";
import { logRequests } from "./log-requests";
import { limitHashing } from "./password-hashing-limit";
import { ApiError, fieldErrors, problemResponse } from "./problem";
import { readinessRoute } from "./readiness";
import { clientAddressOf, sessionCookieName } from "./request-origin";
import { agendaRoutes } from "./routes/agenda";
import { attentionRoutes } from "./routes/attention";
import { auditRoutes } from "./routes/audit";
import { authRoutes } from "./routes/auth";
import { bursaryRoutes } from "./routes/bursaries";
import { directoryRoutes } from "./routes/directory";
import { equalityRoutes } from "./routes/equality";
import { exportRoutes } from "./routes/exports";
import { feedbackRoutes } from "./routes/feedback";
import { importRoutes } from "./routes/imports";
import { involvementPlanRoutes } from "./routes/involvement-plans";
import { involvementRoutes } from "./routes/involvements";
import { libraryEnquiryRoutes } from "./routes/library-enquiries";
import { metricsRoutes } from "./routes/metrics";
import { json, permit } from "./routes/openapi-helpers";
import { peopleRoutes } from "./routes/people";
import { privacyRoutes } from "./routes/privacy";
import { rateCardRoutes } from "./routes/rate-cards";
import { singleSignOnRoutes } from "./routes/single-sign-on";
import { trainingRoutes } from "./routes/training";
import { twoStepRoutes } from "./routes/two-step";
import { userRoutes } from "./routes/users";
import { workItemRoutes } from "./routes/work-items";
import { tooLargeFile } from "./services/import-files";
import { readSessionToken } from "./session-cookies";
import { findSession, sessionLimits } from "./sessions";
import { recordSignIn } from "./sign-in-events";
import { mustUseTwoStep } from "./two-step";

/** What someone who must enrol in two-step verification may do before they have. */
const enrolmentPaths = new Set(["/api/auth/me", "/api/auth/logout", "/api/auth/mfa/setup", "/api/auth/mfa/enable"]);
const maxBodyBytes = 1024 * 1024;
/** A spreadsheet upload: the file's limit, with room for the form around it. */
const maxImportBodyBytes = maxImportBytes + 1024 * 1024;
const isImportUpload = (method: string, path: string) => method === "POST" && path === "/api/imports";

/**
 * The whole HTTP API. It never listens by itself and takes everything with side effects
 * as arguments, so the Node server, the tests and the browser demo run the same code.
 */
/** What the OpenAPI document says of itself; the routes supply the rest. */
export const apiDocumentHead = {
  openapi: "3.1.0",
  info: {
    title: "Involvement Tracker API",
    version: "0.1.0",
    description: "Errors are RFC 9457 application/problem+json; field errors carry a path.",
  },
  security: [{ session: [] }],
};

export function createApp(options: AppDeps) {
  const deps: RequiredDeps = {
    clock: () => new Date(),
    sessionIdleMs: 30 * 60 * 1000,
    sessionMaxMs: 12 * 60 * 60 * 1000,
    clientAddress: () => "unknown",
    mfaRequired: "none",
    migrations: [],
    suppressionThreshold: defaultSuppressionThreshold,
    roundingBase: defaultRoundingBase,
    log: consoleLogger,
    ...options,
  };
  // Behind a trusted proxy the client is the one it names, wherever the socket address comes from.
  const socketAddress = deps.clientAddress;
  deps.clientAddress = (c) => clientAddressOf(c, deps, socketAddress(c));
  // Two hashes at a time at most: a burst of sign-ins must not starve everyone else.
  deps.passwords = limitHashing(deps.passwords, 2);

  const app: OpenAPIHono<AppEnv> = new OpenAPIHono<AppEnv>({
    // Validation failures become problem+json with a path for every field.
    defaultHook: (result) => {
      if (result.success) return;
      const inQuery = result.target === "query" || result.target === "param";
      throw new ApiError(
        inQuery ? 400 : 422,
        inQuery ? "Bad query parameters" : "Invalid input",
        inQuery ? "Some query parameters are not valid." : "Some fields need attention.",
        fieldErrors(result.error),
      );
    },
  });

  const findOperation = operationFinder(app);
  app.use("*", logRequests(deps.log));
  // On every answer, the app's pages and the API alike (ADR 012).
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        formAction: ["'self'"],
      },
      // A year, subdomains too: once a browser has seen https here, it never tries plain http.
      strictTransportSecurity: "max-age=31536000; includeSubDomains",
    }),
  );
  app.use("/api/*", apiAnswers(deps));
  app.use("/api/*", recordRefusals(deps, findOperation));
  app.use("/api/*", refuseCrossSite(deps));
  const smallBodies = bodyLimit({
    maxSize: maxBodyBytes,
    onError: () => {
      throw new ApiError(413, "Payload too large", "The request body is over 1 MB.");
    },
  });
  // A spreadsheet may be up to 20 MB; over that it is refused as a file too large to import (422).
  const importBodies = bodyLimit({
    maxSize: maxImportBodyBytes,
    onError: () => {
      throw tooLargeFile();
    },
  });
  app.use("/api/*", (c, next) => (isImportUpload(c.req.method, c.req.path) ? importBodies : smallBodies)(c, next));

  app.use("/api/*", async (c, next) => {
    const operation = findOperation(c);
    // Nothing answers here, signed in or not: 404, never the app's page.
    if (!operation) throw new ApiError(404, "Not found", `There is nothing at ${c.req.method} ${c.req.path}.`);
    if (isPublic(operation)) return next();
    const token = readSessionToken(c, deps);
    const now = deps.clock();
    const found = token ? await findSession(deps.db, token, now, sessionLimits(deps)) : ({ state: "none" } as const);
    if (found.state !== "live") {
      // The cookies that make the page forget its session go with every 401 (apiAnswers).
      const timedOut = found.state === "ended";
      const after =
        found.state === "ended" && found.reason === "max"
          ? `${Math.round(deps.sessionMaxMs / 3_600_000)} hours`
          : `${Math.round(deps.sessionIdleMs / 60_000)} minutes without activity`;
      if (timedOut)
        await recordSignIn(deps.db, now, {
          userId: found.userId,
          address: deps.clientAddress(c),
          outcome: "timed_out",
        });
      throw timedOut
        ? new ApiError(
            401,
            "Signed out",
            `You were signed out after ${after}. Sign in again to carry on where you were.`,
            undefined,
            { code: "timed_out" },
          )
        : new ApiError(401, "Not signed in", "Sign in to use this part of the API.");
    }
    // When this session ends if left alone: the page warns two minutes before.
    c.header("x-session-expires", found.expiresAt.toISOString());
    c.set("user", found.user);
    c.set("sessionId", found.sessionId);
    c.set("twoStep", found.twoStep);
    c.set("via", found.via);
    // With single sign-on, the identity provider does the second step (ADR 011).
    if (
      !found.twoStep &&
      found.via === "password" &&
      mustUseTwoStep(deps.mfaRequired, found.user.role) &&
      !enrolmentPaths.has(c.req.path)
    ) {
      throw new ApiError(
        403,
        "Two-step verification needed",
        "Set up two-step verification on Your account before doing anything else.",
        undefined,
        { code: "mfa_enrolment_required" },
      );
    }
    // The authorisation table: 403 before validation and the handler (ADR 012).
    authorise(operation, found.user.role);
    return next();
  });
  app.use("/api/*", refuseUnstorableText());

  app.openapi(
    createRoute({
      ...permit("health.read"),
      method: "get",
      path: "/api/health",
      tags: ["health"],
      summary: "Liveness (no sign-in needed)",
      security: [],
      responses: { 200: json(z.object({ status: z.literal("ok") }), "The API is up") },
    }),
    (c) => c.json({ status: "ok" as const }, 200),
  );
  readinessRoute(app, deps);

  authRoutes(app, deps);
  twoStepRoutes(app, deps);
  singleSignOnRoutes(app, deps);
  directoryRoutes(app, deps);
  userRoutes(app, deps);
  workItemRoutes(app, deps);
  involvementPlanRoutes(app, deps);
  peopleRoutes(app, deps);
  involvementRoutes(app, deps);
  feedbackRoutes(app, deps);
  libraryEnquiryRoutes(app, deps);
  trainingRoutes(app, deps);
  rateCardRoutes(app, deps);
  agendaRoutes(app, deps);
  equalityRoutes(app, deps);
  auditRoutes(app, deps);
  privacyRoutes(app, deps);
  bursaryRoutes(app, deps);
  metricsRoutes(app, deps);
  attentionRoutes(app, deps);
  exportRoutes(app, deps);
  importRoutes(app, deps);

  app.openAPIRegistry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: sessionCookieName(deps),
  });
  app.doc31("/api/openapi.json", apiDocumentHead);

  // Every route names its permission, or the app does not start (and every test says why).
  operationsOf(app);

  app.notFound((c) =>
    problemResponse({ status: 404, title: "Not found", detail: `There is nothing at ${c.req.method} ${c.req.path}.` }),
  );

  app.onError((error, c) => {
    if (error instanceof ApiError) {
      return problemResponse(
        {
          status: error.status,
          title: error.title,
          detail: error.detail,
          ...(error.errors ? { errors: error.errors } : {}),
          ...(error.more.code ? { code: error.more.code } : {}),
        },
        error.more.headers,
      );
    }
    if (error instanceof HTTPException && error.status < 500) {
      // Malformed JSON, wrong content type and the like: the client's mistake, said plainly.
      const malformed = /json/i.test(error.message);
      return problemResponse({
        status: error.status === 400 && malformed ? 400 : error.status,
        title: malformed ? "Malformed JSON" : (clientErrorTitles[error.status] ?? "Bad request"),
        detail: malformed ? "The request body is not valid JSON." : error.message || "The request was not understood.",
        ...(malformed ? { errors: [{ path: "(body)", message: "The request body is not valid JSON." }] } : {}),
      });
    }
    // Never the message, body, SQL or parameters: they may hold personal data (describeError).
    deps.log.error(
      { requestId: c.get("requestId"), method: c.req.method, route: routePath(c), error: describeError(error) },
      "Unhandled error",
    );
    return problemResponse({ status: 500, title: "Server error", detail: "Something went wrong on our side." });
  });

  return app;
}

export type App = ReturnType<typeof createApp>;

/** The title a problem's status has when the framework refused the request (the app runs in a browser too: no node:http). */
const clientErrorTitles: Record<number, string> = {
  400: "Bad request",
  405: "Method not allowed",
  406: "Not acceptable",
  408: "Request timeout",
  411: "Length required",
  413: "Content too large",
  415: "Unsupported media type",
  431: "Request header fields too large",
};
