import type { ZodError } from "zod";
import type { FieldError, Problem } from "../shared/schemas/common";

/** Thrown anywhere in a request; turned into application/problem+json by the app. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors?: FieldError[],
    /** code: a word a client can act on ("timed_out"); headers: e.g. Retry-After on a 429. */
    readonly more: { code?: string; headers?: Record<string, string> } = {},
  ) {
    super(detail);
  }
}

export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { "content-type": "application/problem+json", ...headers },
  });
}

export function fieldErrors(error: ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join(".") || "(body)",
    message: issue.message,
  }));
}

export const invalid = (errors: FieldError[], detail = "Some fields need attention.") =>
  new ApiError(422, "Invalid input", detail, errors);
export const badQuery = (errors: FieldError[]) =>
  new ApiError(400, "Bad query parameters", "Some query parameters are not valid.", errors);
export const notFound = (what: string) => new ApiError(404, "Not found", `${what} was not found.`);
export const forbidden = (detail: string) => new ApiError(403, "Forbidden", detail);
