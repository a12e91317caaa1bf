import { setupServer } from "msw/node";
import { apiHandlers } from "./handlers";

type FetchApp = { fetch: (request: Request) => Response | Promise<Response> };

/** For vitest: the real API behind fetch, in the same process. */
export function setupApiServer(getApp: () => FetchApp | Promise<FetchApp>) {
  const { handlers, forgetSession } = apiHandlers(getApp);
  return { server: setupServer(...handlers), forgetSession };
}
