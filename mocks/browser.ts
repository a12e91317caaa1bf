import { PGlite } from "@electric-sql/pglite";
import { setupWorker } from "msw/browser";
import { migrate } from "../src/db/migrate";
import { loadMigrations } from "../src/db/migrations-bundled";
import { drizzlePglite } from "../src/db/pglite";
import { seedDemo } from "../src/db/seed/demo";
import { createApp } from "../src/server/app";
import { webCryptoHasher } from "../src/server/passwords-webcrypto";
import { apiHandlers, demoSessionHeader } from "./handlers";

/**
 * Demo mode (npm run build:demo): the real API runs inside the page over an in-memory
 * PGlite with the demo data; the service worker hands it every /api request.
 */
export async function startDemo() {
  const client = new PGlite();
  const db = drizzlePglite(client);
  const passwords = webCryptoHasher();
  const ready = (async () => {
    await migrate(db, loadMigrations());
    await seedDemo(db, (p) => passwords.hash(p), new Date());
    return createApp({ db, passwords, sessionHeader: demoSessionHeader });
  })();
  const { handlers } = apiHandlers(() => ready);
  await setupWorker(...handlers).start({
    onUnhandledRequest: "bypass",
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
