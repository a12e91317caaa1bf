import createClient from "openapi-fetch";
import { ApiProblem, noteSessionExpiry } from "../api-client";
import type { paths } from "./schema.gen";

/** Where the API lives; the generated paths are named below it ("/people/{id}"). */
const apiBase = "/api";

/** Absolute: Node's Request (in tests) has no page to resolve a path against. */
const baseUrl = () => (typeof window === "undefined" ? apiBase : new URL(apiBase, window.location.href).href);

/** Query strings as the API reads them: empty values are left out, arrays repeat the key. */
function queryString(params: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const one of Array.isArray(value) ? value : [value]) {
      if (one !== undefined && one !== null && one !== "") search.append(key, String(one));
    }
  }
  return search.toString();
}

/**
 * Every call goes out through here: a network failure or a non-2xx answer becomes an ApiProblem
 * (with the RFC 9457 details and field errors), so callers see data or a thrown problem,
 * and every answer tells the idle warning when the session ends.
 */
async function send(request: Request): Promise<Response> {
  let response: Response;
  try {
    // Passed on as a URL and plain options: under jsdom (the UI tests) headers handed over in a
    // Request or a Headers object were lost on the way, and the API refused the body (415).
    const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
    response = await globalThis.fetch(request.url, {
      method: request.method,
      headers: Object.fromEntries(request.headers),
      credentials: request.credentials,
      signal: request.signal,
      ...(body?.byteLength ? { body } : {}),
    });
  } catch (error) {
    if (request.signal.aborted) throw error;
    throw new ApiProblem(0, "Network error", "Could not reach the server. Check your connection and try again.");
  }
  noteSessionExpiry(response.headers.get("x-session-expires"));
  if (response.ok) return response;
  let problem: Partial<ApiProblem> = {};
  try {
    problem = (await response.json()) ?? {};
  } catch {
    // Not JSON (a proxy's page): the status says enough.
  }
  throw new ApiProblem(
    response.status,
    problem.title ?? response.statusText ?? "Error",
    problem.detail ?? "Something went wrong. Please try again.",
    Array.isArray(problem.errors) ? problem.errors : [],
    typeof problem.code === "string" ? problem.code : undefined,
  );
}

/** The typed API client: paths, parameters, bodies and answers come from the OpenAPI document. */
export const apiClient = createClient<paths>({
  baseUrl: baseUrl(),
  credentials: "same-origin",
  fetch: send,
  querySerializer: (query) => queryString(query as Record<string, unknown>),
});

/** The body of a successful answer (failures were thrown by send). */
export async function data<T>(pending: Promise<{ data?: T }>): Promise<T> {
  return (await pending).data as T;
}

/** The paths one may GET (and so link to). */
type GetPath = {
  [P in keyof paths]: paths[P] extends { get: object } ? P : never;
}[keyof paths];

/** The CSV files the API serves, by name ("work-items" for /export/work-items.csv). */
export type ExportName = GetPath extends infer P ? (P extends `/export/${infer N}.csv` ? N : never) : never;

/** A link to an API resource (a CSV download, the start of single sign-on), for an href. */
export function apiHref(path: GetPath, query: Record<string, unknown> = {}): string {
  const search = queryString(query);
  return `${apiBase}${path}${search ? `?${search}` : ""}`;
}

type WriteMethod = "post" | "put" | "patch";

/** What a write takes, as the API document says: a form's values must fit it to compile. */
export type RequestBody<P extends keyof paths, M extends WriteMethod> = paths[P][M] extends {
  requestBody?: { content: { "application/json": infer B } };
}
  ? B
  : never;
