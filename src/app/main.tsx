import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import "./styles.css";

async function start() {
  // The no-server demo build hands /api to the real API inside the browser.
  // The flag is fixed at build time, so the normal build contains none of it.
  if (import.meta.env.VITE_DEMO === "true") {
    // biome-ignore lint/style/noRestrictedImports: the demo build's only way in to mocks/, behind a build-time flag.
    const { startDemo } = await import("../../mocks/browser");
    await startDemo();
  }
  const root = document.getElementById("root");
  if (!root) throw new Error("index.html has no #root");
  const reactRoot = createRoot(root);
  // A transition: React draws the first screen in slices of a few milliseconds, so starting the app
  // is not one long task holding the main thread (there is nothing on screen to keep meanwhile).
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}

void start();
