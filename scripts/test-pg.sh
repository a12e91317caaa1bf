#!/usr/bin/env bash
# Runs the API contract tests against a real PostgreSQL instead of embedded PGlite, and the
# process tests that need one (tests/process/pg-*.test.ts: backup and restore, ...).
#
#   npm run test:pg                      # postgres://tracker:tracker@127.0.0.1:5432/tracker
#   TEST_DATABASE_URL=postgres://… npm run test:pg
#
# tests/setup/test-db.ts creates (and drops) a fresh database per test file, so the role
# in TEST_DATABASE_URL needs CREATEDB. .ci/run shows how to set such a role up.
set -euo pipefail

cd "$(dirname "$0")/.."

export TEST_DATABASE_URL="${TEST_DATABASE_URL:-postgres://tracker:tracker@127.0.0.1:5432/tracker}"
# The URL without its password, for messages.
shown_url="$(node -e 'const u = new URL(process.argv[1]); if (u.password) u.password = "***"; console.log(u.toString())' "$TEST_DATABASE_URL")"

echo "test:pg: checking PostgreSQL at ${shown_url}"
if ! node --input-type=module -e '
import pg from "pg";
const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL, connectionTimeoutMillis: 5000 });
try {
  await client.connect();
  const { rows } = await client.query(
    "select version() as version, (select rolcreatedb or rolsuper from pg_roles where rolname = current_user) as createdb",
  );
  console.log(`test:pg: connected: ${rows[0].version.split(",")[0]}`);
  if (!rows[0].createdb) {
    console.error("test:pg: the role in TEST_DATABASE_URL lacks CREATEDB; the tests create a database per file.");
    console.error("         Fix: su postgres -c \"psql -c \\\"alter role <name> createdb\\\"\"");
    process.exitCode = 2;
  }
} catch (error) {
  console.error(`test:pg: cannot reach PostgreSQL: ${error.message || error.code || error}`);
  process.exitCode = 1;
} finally {
  await client.end().catch(() => {});
}
'; then
  cat >&2 <<EOF
test:pg: PostgreSQL is not usable at ${shown_url}.
         Start it and create the role and database (as root on Debian 12):
           pg_ctlcluster 15 main start
           su postgres -c "psql -c \"create role tracker login createdb password 'tracker'\""
           su postgres -c "createdb -O tracker tracker"
         or run: bash .ci/run --setup-only, or point TEST_DATABASE_URL at another server.
EOF
  exit 1
fi

# vitest's file filters match by substring: "tests/process/pg-" picks only those process tests.
exec npx vitest run --project api tests/api tests/process/pg- "$@"
