import type { ErrorComponentProps } from "@tanstack/react-router";
import { usePageTitle } from "../../components/ui/page-title";

export function RootErrorPage({ reset }: ErrorComponentProps) {
  usePageTitle("Something went wrong");
  return (
    <main id="main" className="page">
      <div role="alert">
        <h1>Something went wrong</h1>
        <p>The page could not be shown. Your saved work is safe.</p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>
      </div>
    </main>
  );
}
