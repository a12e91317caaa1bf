import type { FieldError } from "../shared/schemas/common";

/** A non-2xx answer from the API, carrying its RFC 9457 problem details. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors: FieldError[] = [],
    /** A word the client can act on: "timed_out" (the session ended while idle), "throttled". */
    readonly code?: string,
  ) {
    super(detail || title);
    this.name = "ApiProblem";
  }
}

export const isProblem = (error: unknown, status?: number): error is ApiProblem =>
  error instanceof ApiProblem && (status === undefined || error.status === status);

type Options = { method?: string; body?: unknown; signal?: AbortSignal };

/** Absolute URL: Node's fetch (in tests) has no page to resolve `/api/...` against. */
const resolve = (path: string) =>
  typeof window === "undefined" ? path : new URL(path, window.location.href).toString();

export async function api<T>(path: string, { method = "GET", body, signal }: Options = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(resolve(path), {
      method,
      credentials: "same-origin",
      headers: body === undefined ? { accept: "application/json" } : { "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiProblem(0, "Network error", "Could not reach the server. Check your connection and try again.");
  }
  noteSessionExpiry(response.headers.get("x-session-expires"));
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let payload: unknown;
  try {
    payload = text ? JSON.parse(text) : undefined;
  } catch {
    payload = undefined;
  }
  if (!response.ok) {
    const problem = (payload ?? {}) as Partial<ApiProblem>;
    throw new ApiProblem(
      response.status,
      problem.title ?? response.statusText ?? "Error",
      problem.detail ?? "Something went wrong. Please try again.",
      Array.isArray(problem.errors) ? problem.errors : [],
      typeof problem.code === "string" ? problem.code : undefined,
    );
  }
  return payload as T;
}

type ExpiryListener = (expiresAt: Date) => void;
const expiryListeners = new Set<ExpiryListener>();

/** Every signed-in answer says when the session ends if left alone; the idle warning listens. */
export function onSessionExpiry(listener: ExpiryListener): () => void {
  expiryListeners.add(listener);
  return () => expiryListeners.delete(listener);
}

function noteSessionExpiry(header: string | null) {
  const at = header ? new Date(header) : null;
  if (!at || Number.isNaN(at.getTime())) return;
  for (const listener of expiryListeners) listener(at);
}

/** Query-string from an object, leaving out empty values. */
export function toQuery(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
