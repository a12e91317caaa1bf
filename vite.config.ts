import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { chunkGroups } from "./scripts/vite-chunks";
import { precompress } from "./scripts/vite-precompress";

export default defineConfig(({ mode }) => ({
  // The demo build is served by any static server, which compresses (or not) as it likes.
  plugins: mode === "demo" ? [react()] : [react(), precompress()],
  // The demo build is served from any static folder; relative asset paths let it live anywhere.
  base: mode === "demo" ? "./" : "/",
  define: mode === "demo" ? { "import.meta.env.VITE_DEMO": JSON.stringify("true") } : {},
  build: {
    // dist/client is the app the server sends; dist/server (vite.server.config.ts) is the server itself.
    outDir: "dist/client",
    manifest: true,
    // Written for the budget check (which reads them), never linked from the scripts nor served.
    sourcemap: "hidden",
    target: "es2022",
    // A few files per page rather than dozens (scripts/vite-chunks.ts).
    rolldownOptions: { output: { codeSplitting: chunkGroups } },
  },
  optimizeDeps: { exclude: ["@electric-sql/pglite"] },
  server: { proxy: { "/api": "http://127.0.0.1:3000" } },
}));
