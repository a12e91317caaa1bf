import { Link } from "@tanstack/react-router";
import { usePageTitle } from "../../components/ui/page-title";

export function NotFoundPage() {
  usePageTitle("Page not found");
  return (
    <main id="main" className="page">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. Go to <Link to="/work-items">Planned work</Link>.
      </p>
    </main>
  );
}
