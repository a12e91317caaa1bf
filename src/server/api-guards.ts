import type { MiddlewareHandler } from "hono";
import { isStorableText, unstorableFields } from "../shared/storable-text";
import type { RequiredDeps } from "./deps";
import { ApiError, badQuery, invalid } from "./problem";
import { isOwnOrigin } from "./request-origin";
import { clearSession } from "./session-cookies";

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * What every /api answer carries, errors included: `Cache-Control: no-store` (nothing personal is
 * kept by a browser or a proxy), and on a 401 the cookies that make the page forget its session.
 */
export function apiAnswers(deps: RequiredDeps): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set("cache-control", "no-store");
    if (c.res.status === 401) clearSession(c, deps);
  };
}

/**
 * Cross-site request forgery: a write whose Origin is not this app, or that the browser says comes
 * from another site, is refused before anything else. Tools without Origin (curl, scripts) pass:
 * they carry no one's cookies by accident.
 */
export function refuseCrossSite(deps: RequiredDeps): MiddlewareHandler {
  return async (c, next) => {
    if (unsafeMethods.has(c.req.method)) {
      const origin = c.req.header("origin");
      const crossSite = c.req.header("sec-fetch-site") === "cross-site";
      if (crossSite || (origin !== undefined && !isOwnOrigin(origin, c, deps)))
        throw new ApiError(
          403,
          "Cross-site request refused",
          "This change did not come from the app's own pages, so it was not made.",
          undefined,
          { code: "cross_site" },
        );
    }
    return next();
  };
}

/**
 * Text the database cannot store (NUL, other control characters, lone surrogates) is refused at its
 * field, in every JSON body and query, before any route sees it: 422 (400 in a query), never a 500.
 */
export function refuseUnstorableText(): MiddlewareHandler {
  return async (c, next) => {
    const inQuery = Object.entries(c.req.queries()).flatMap(([name, values]) =>
      unstorableFields([name, ...values]).map((error) => ({ ...error, path: isStorableText(name) ? name : "(query)" })),
    );
    if (inQuery.length) throw badQuery(inQuery);
    if (unsafeMethods.has(c.req.method) && /json/i.test(c.req.header("content-type") ?? "")) {
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        return next(); // Malformed JSON: the route's validation says so.
      }
      const errors = unstorableFields(body);
      if (errors.length) throw invalid(errors);
    }
    return next();
  };
}
