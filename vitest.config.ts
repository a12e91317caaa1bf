import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  test: {
    globalSetup: ["tests/setup/global-template.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "api",
          environment: "node",
          include: ["tests/api/**/*.test.ts", "src/{shared,server,db}/**/*.test.ts", "tests/process/**/*.test.ts"],
          setupFiles: ["tests/setup/fail-on-console.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "ui",
          environment: "jsdom",
          include: ["src/**/*.test.tsx"],
          setupFiles: ["tests/setup/fail-on-console.ts", "tests/setup/ui.ts"],
        },
      },
    ],
  },
});
