import { cpSync } from "node:fs";
import { defineConfig } from "vite";

/**
 * The server, compiled to plain JavaScript in dist/server for `node dist/server/main.js`: no
 * TypeScript loader (tsx is a development dependency, absent after `npm ci --omit=dev`).
 * Packages stay external (imported from node_modules at run time); our own code is bundled.
 */
export default defineConfig({
  // public/ is the SPA's (the demo build's service worker): nothing of it belongs to the server.
  publicDir: false,
  build: {
    ssr: true,
    target: "node20",
    outDir: "dist/server",
    emptyOutDir: true,
    // A stack trace from production should point at our lines, so the maps stay beside the code (never served).
    sourcemap: true,
    minify: false,
    rolldownOptions: {
      input: {
        main: "src/server/main.ts",
        "user-add": "src/server/cli/user-add.ts",
        backup: "src/server/cli/backup.ts",
        restore: "src/server/cli/restore.ts",
      },
      // Shared chunks sit beside the entries, so ./migrations resolves to one folder from any of them.
      output: { entryFileNames: "[name].js", chunkFileNames: "[name]-[hash].js" },
    },
  },
  plugins: [
    {
      name: "copy-migrations",
      apply: "build",
      // loadMigrations() reads ./migrations beside the compiled code (new URL("./migrations/", import.meta.url)).
      writeBundle(options) {
        cpSync("src/db/migrations", `${options.dir}/migrations`, { recursive: true });
      },
    },
  ],
});
