import { ApiProblem, isProblem } from "../../lib/api-client";

/**
 * A person who took part in something cannot be deleted (their contributions would go with them):
 * the API refuses with code `use_erasure`. Said in the UI's words, pointing to Erase for those who
 * may erase and to an admin for the rest; any other failure is passed on as it was.
 */
export function explainDeleteRefusal(error: unknown, name: string, mayErase: boolean): unknown {
  if (!isProblem(error, 409) || error.code !== "use_erasure") return error;
  const instead = mayErase
    ? "Use Erase instead: it removes who they are and keeps what they contributed."
    : "An admin can erase them instead: that removes who they are and keeps what they contributed.";
  return new ApiProblem(
    409,
    error.title,
    `${name} has taken part in work, so they cannot be deleted. ${instead}`,
    [],
    error.code,
  );
}
