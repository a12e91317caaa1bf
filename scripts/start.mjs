/**
 * npm start: builds only when the sources changed since the last build (scripts/build-stamp.mjs),
 * then runs the compiled server in this same process, so a service manager's signals reach it
 * directly.
 */
import { pathToFileURL } from "node:url";
import { ensureBuilt } from "./build-stamp.mjs";

ensureBuilt();
await import(pathToFileURL("dist/server/main.js").href);
