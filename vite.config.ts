import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig(({ mode }) => ({
  plugins: [react()],
  // The demo build is served from any static folder; relative asset paths let it live anywhere.
  base: mode === "demo" ? "./" : "/",
  define: mode === "demo" ? { "import.meta.env.VITE_DEMO": JSON.stringify("true") } : {},
  build: {
    manifest: true,
    // Written for the budget check (which reads them), never linked from the scripts nor served.
    sourcemap: "hidden",
    target: "es2022",
  },
  optimizeDeps: { exclude: ["@electric-sql/pglite"] },
  server: { proxy: { "/api": "http://127.0.0.1:3000" } },
}));
