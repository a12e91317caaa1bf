/**
 * Keeps biome.json's "features do not import each other" rules in step with the folders
 * in src/features: one override per feature, forbidding every other feature and all
 * server-side code. `--check` (run by `npm run lint`) fails when a feature is missing;
 * without it the overrides are rewritten.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";

type Override = { includes: string[]; [key: string]: unknown };
const configPath = "biome.json";
const serverSide = [
  "**/db/**",
  "**/server/**",
  "**/mocks/**",
  "drizzle-orm",
  "drizzle-orm/*",
  "pg",
  "@electric-sql/*",
  "hono",
  "hono/*",
  "node:*",
];
const featurePattern = /^src\/features\/([^/*]+)\/\*\*$/;

const features = readdirSync("src/features", { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const overrideFor = (feature: string): Override => ({
  includes: [`src/features/${feature}/**`],
  linter: {
    rules: {
      style: {
        noRestrictedImports: {
          level: "error",
          options: {
            patterns: [
              {
                group: [
                  ...features.filter((other) => other !== feature).map((other) => `**/${other}/**`),
                  ...serverSide,
                ],
                message: "Features do not import each other (compose them in src/app), nor server code.",
              },
            ],
          },
        },
      },
    },
  },
});

const config = JSON.parse(readFileSync(configPath, "utf8")) as { overrides: Override[] };
const isFeatureOverride = (override: Override) =>
  override.includes.length === 1 && featurePattern.test(override.includes[0] ?? "");
const wanted = [...config.overrides.filter((o) => !isFeatureOverride(o)), ...features.map(overrideFor)];

if (process.argv.includes("--check")) {
  if (JSON.stringify(wanted) !== JSON.stringify(config.overrides)) {
    console.error("biome.json's feature boundaries are out of date: run `npm run lint:features`.");
    process.exit(1);
  }
} else {
  writeFileSync(configPath, `${JSON.stringify({ ...config, overrides: wanted }, null, 2)}\n`);
  execFileSync("npx", ["biome", "format", "--write", configPath], { stdio: "inherit" });
}
