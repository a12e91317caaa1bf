import { http } from "msw";

type FetchApp = { fetch: (request: Request) => Response | Promise<Response> };

/**
 * The whole of mocks/: one route that hands every /api request to the real API.
 * It also keeps the session cookie, as a browser would (Node's fetch has no cookie jar,
 * and a service worker cannot set an HttpOnly cookie) — transport, not backend logic.
 */
export function apiHandlers(getApp: () => FetchApp | Promise<FetchApp>) {
  let cookie = "";
  const handler = http.all("*/api/*", async ({ request }) => {
    const headers = new Headers(request.headers);
    if (cookie) headers.set("cookie", cookie);
    const body = ["GET", "HEAD"].includes(request.method) ? undefined : await request.arrayBuffer();
    const response = await (await getApp()).fetch(
      new Request(request.url, { method: request.method, headers, ...(body ? { body } : {}) }),
    );
    const setCookie = response.headers.get("set-cookie");
    if (setCookie) {
      const pair = setCookie.split(";")[0] ?? "";
      cookie = /max-age=0|expires=thu, 01 jan 1970/i.test(setCookie) || pair.endsWith("=") ? "" : pair;
    }
    return response;
  });
  return { handlers: [handler], forgetSession: () => (cookie = "") };
}
