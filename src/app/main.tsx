import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { meQuery } from "../features/auth/api/session";
import { nextTask } from "../lib/next-task";
import { App, makeAppState } from "./app";
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
  // After the modules' evaluation: making the router (its route tree) is a task of its own.
  await nextTask();
  const state = makeAppState();
  // Who is signed in is asked now, alongside the page's code (makeRouter), not a task later when the
  // router's load asks for it (it then finds the answer on its way).
  void state.queryClient.prefetchQuery(meQuery());
  await nextTask();
  // The first page is resolved (who is signed in, its code, its loader) before React draws, so
  // React's first render is the page itself, in time slices (a transition), not an empty shell
  // followed by the page in one synchronous render when the router's state changes. A load that
  // fails is the router's to show once mounted (it loads again then).
  // At most a few seconds, though: with the API slow or unreachable (its reads retry), React draws
  // anyway and the router shows its own pending and error states, rather than a blank page.
  await Promise.race([state.router.load().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 3000))]);
  await nextTask();
  const reactRoot = createRoot(root);
  // A transition: React draws the first screen in slices of a few milliseconds, so starting the app
  // is not one long task holding the main thread (there is nothing on screen to keep meanwhile).
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <App state={state} />
      </StrictMode>,
    );
  });
}

void start();
