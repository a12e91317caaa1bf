import { defineConfig } from "drizzle-kit";

// Generates SQL migrations from src/db/schema.ts; they are committed and applied at start
// by src/db/migrate.ts (in Node and in the browser demo alike).
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema.ts",
  out: "./src/db/migrations",
});
