import type { MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import type { Logger } from "./log";

/** A proxy's request id is kept when it looks like one; otherwise a new one. */
const requestIdPattern = /^[\w.:-]{1,64}$/;

/**
 * One line per request: id, method, the route's pattern (never the raw path, which carries ids and
 * query values), status, duration and who asked. The id is answered as X-Request-Id.
 */
export function logRequests(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    const given = c.req.header("x-request-id");
    const requestId = given && requestIdPattern.test(given) ? given : crypto.randomUUID();
    c.set("requestId", requestId);
    await next();
    c.res.headers.set("x-request-id", requestId);
    const user = c.get("user") as { id: string } | undefined;
    log.info(
      {
        requestId,
        method: c.req.method,
        route: routePath(c) || "(none)", // the handler that answered: dispatch leaves the index there
        status: c.res.status,
        ms: Math.round(performance.now() - started),
        userId: user?.id ?? null,
      },
      "request",
    );
  };
}
