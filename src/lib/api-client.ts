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

type ExpiryListener = (expiresAt: Date) => void;
const expiryListeners = new Set<ExpiryListener>();

/** Every signed-in answer says when the session ends if left alone; the idle warning listens. */
export function onSessionExpiry(listener: ExpiryListener): () => void {
  expiryListeners.add(listener);
  return () => expiryListeners.delete(listener);
}

export function noteSessionExpiry(header: string | null) {
  const at = header ? new Date(header) : null;
  if (!at || Number.isNaN(at.getTime())) return;
  for (const listener of expiryListeners) listener(at);
}
