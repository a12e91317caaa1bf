import { Link } from "@tanstack/react-router";

/** What a person's pages show for an id that is not (or no longer) in the directory. */
export function PersonNotFound() {
  return (
    <>
      <h1>Person not found</h1>
      <p>
        Go back to <Link to="/people">People</Link>.
      </p>
    </>
  );
}
