import { Link } from "@tanstack/react-router";
import { usePageTitle } from "../../components/ui/page-title";

/** Inside the signed-in layout: an unknown address keeps the header and navigation. */
export function NotFoundPage() {
  usePageTitle("Page not found");
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. Go to <Link to="/work-items">Planned work</Link>.
      </p>
    </>
  );
}

/** Outside any layout (the router's last resort). */
export function StandaloneNotFoundPage() {
  return (
    <main id="main" className="page">
      <NotFoundPage />
    </main>
  );
}
