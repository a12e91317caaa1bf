/**
 * How signed-in people fare while someone hammers the sign-in form (issue 11): the p50/p95 of a
 * signed-in GET /api/work-items alone, then during bursts of 20 parallel wrong sign-ins, with the
 * real scrypt cost (N=2^17, 128 MiB each). Password hashing runs at most two at a time.
 *
 *   npm run bench:sign-in
 */
import { PGlite } from "@electric-sql/pglite";
import { migrate } from "../src/db/migrate";
import { loadMigrations } from "../src/db/migrations-node";
import { drizzlePglite } from "../src/db/pglite";
import { seedDemo } from "../src/db/seed/demo";
import { demoPassword } from "../src/db/seed/demo-data";
import { createApp } from "../src/server/app";
import { scryptHasher } from "../src/server/passwords-scrypt";
import { percentile } from "./bench-stats";

const samples = Number(process.env.BENCH_RUNS ?? 40);

const client = await PGlite.create();
const db = drizzlePglite(client);
await migrate(db, loadMigrations());
const passwords = scryptHasher();
await seedDemo(db, (p) => passwords.hash(p), new Date());
// Each wrong sign-in from its own address, so throttling (50 per address) never cuts the burst short.
let address = 0;
const app = createApp({ db, passwords, clientAddress: (c) => c.req.header("x-bench-address") ?? "bench" });

const signedIn = await app.request("/api/auth/login", {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ email: "manager@example.org", password: demoPassword }),
});
const cookie = (signedIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";

async function timedGets(n: number) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    const response = await app.request("/api/work-items?pageSize=25", { headers: { cookie } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`GET: ${response.status}`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const wrongSignIn = () =>
  app.request("/api/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json", "x-bench-address": `192.0.2.${++address % 250}` },
    body: JSON.stringify({ email: `nobody${address}@example.org`, password: "not-the-password" }),
  });

await timedGets(5); // warm-up
const alone = await timedGets(samples);
let bursting = true;
const bursts = (async () => {
  let rounds = 0;
  const started = performance.now();
  while (bursting) {
    await Promise.all(Array.from({ length: 20 }, wrongSignIn));
    rounds++;
  }
  return { rounds, ms: performance.now() - started };
})();
const during = await timedGets(samples);
bursting = false;
const burst = await bursts;
await client.close();

const row = (label: string, times: number[]) =>
  `| ${label} | ${percentile(times, 50).toFixed(1)} ms | ${percentile(times, 95).toFixed(1)} ms |`;
console.log(
  [
    "| signed-in GET /api/work-items | p50 | p95 |",
    "| --- | ---: | ---: |",
    row("alone", alone),
    row("during bursts of 20 parallel wrong sign-ins", during),
    "",
    `${burst.rounds} bursts of 20 wrong sign-ins ran alongside (${((burst.rounds * 20 * 1000) / burst.ms).toFixed(1)} sign-ins a second).`,
  ].join("\n"),
);
