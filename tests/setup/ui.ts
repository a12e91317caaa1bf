import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterAll, afterEach, beforeAll } from "vitest";
import { forgetSession, server, startTestApi, stopTestApi } from "./msw";

// Two cores run the API, PGlite and jsdom together: give findBy/waitFor room under load.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no layout: the router's scroll restoration calls scrollTo.
window.scrollTo = () => {};

beforeAll(startTestApi, 60_000);
afterEach(() => {
  cleanup();
  server.resetHandlers();
  server.events.removeAllListeners();
  forgetSession();
});
afterAll(stopTestApi);
