import { http } from "msw";
import { signedInHintCookie } from "../src/shared/session-hint";

type FetchApp = { fetch: (request: Request) => Response | Promise<Response> };

/** Browser demo only: the header that carries the session where cookies cannot (see createApp). */
export const demoSessionHeader = "x-demo-session";

/**
 * The whole of mocks/: one route that hands every /api request to the real API.
 * It keeps the cookies as a browser would (Node's fetch has no cookie jar; a page
 * cannot pass Cookie/Set-Cookie to an in-page API) — transport, not backend logic.
 */
export function apiHandlers(getApp: () => FetchApp | Promise<FetchApp>) {
  const jar = new Map<string, string>();
  let demoToken = "";

  const showHint = (visible: boolean) => {
    if (typeof document === "undefined") return;
    // biome-ignore lint/suspicious/noDocumentCookie: the transport plays the browser's cookie jar; this is the readable hint only.
    document.cookie = visible ? `${signedInHintCookie}=1; path=/` : `${signedInHintCookie}=; path=/; max-age=0`;
  };

  const handler = http.all("*/api/*", async ({ request }) => {
    const headers = new Headers(request.headers);
    if (jar.size) headers.set("cookie", [...jar].map(([name, value]) => `${name}=${value}`).join("; "));
    if (demoToken) headers.set(demoSessionHeader, demoToken);
    const body = ["GET", "HEAD"].includes(request.method) ? undefined : await request.arrayBuffer();
    const response = await (await getApp()).fetch(
      new Request(request.url, { method: request.method, headers, ...(body ? { body } : {}) }),
    );

    for (const line of response.headers.getSetCookie?.() ?? []) {
      const [pair = "", ...attributes] = line.split(";").map((part) => part.trim());
      const [name = "", value = ""] = pair.split("=");
      const gone = value === "" || attributes.some((a) => /^max-age=0$/i.test(a));
      if (gone) jar.delete(name);
      else jar.set(name, value);
      if (name === signedInHintCookie) showHint(!gone);
    }
    const token = response.headers.get(demoSessionHeader);
    if (token !== null) {
      demoToken = token;
      showHint(token !== "");
    }
    return response;
  });

  return {
    handlers: [handler],
    forgetSession: () => {
      jar.clear();
      demoToken = "";
      showHint(false);
    },
  };
}
