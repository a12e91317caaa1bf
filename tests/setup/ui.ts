import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterAll, afterEach, beforeAll } from "vitest";
import { forgetSession, server, startTestApi, stopTestApi } from "./msw";

// jsdom has no layout: the router's scroll restoration calls scrollTo.
window.scrollTo = () => {};

beforeAll(startTestApi, 60_000);
afterEach(() => {
  cleanup();
  server.resetHandlers();
  forgetSession();
});
afterAll(stopTestApi);
