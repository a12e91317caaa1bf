#!/usr/bin/env bash
# The production install, tried as an operator would: build, copy only what runs (package files
# and dist/) to an empty folder, `npm ci --omit=dev` there (no tsx, no Vite), then
# `node dist/server/main.js` on a fresh embedded database, and check what a browser and a proxy
# see: readiness, compressed and cached assets, a compressed API answer, a clean SIGTERM.
#
#   npm run smoke:production
set -euo pipefail
cd "$(dirname "$0")/.."

node scripts/build-stamp.mjs --ensure
work="$(mktemp -d)"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill -9 "$server_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

cp package.json package-lock.json "$work/"
cp -r dist "$work/dist"
(cd "$work" && npm ci --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
if [ -e "$work/node_modules/tsx" ] || [ -e "$work/node_modules/vite" ]; then
  echo "smoke: development packages were installed by npm ci --omit=dev" >&2
  exit 1
fi

fail() {
  echo "smoke: $*" >&2
  echo "---- server output ----" >&2
  cat "$work/server.log" >&2
  exit 1
}

(cd "$work" && PORT=0 HOST=127.0.0.1 DATA_DIR="$work/data" SEED=demo exec node dist/server/main.js >"$work/server.log" 2>&1) &
server_pid=$!
url=""
for _ in $(seq 1 120); do
  url="$(grep -o 'is running at http://127.0.0.1:[0-9]*' "$work/server.log" | head -1 | sed 's/is running at //')" || true
  [ -n "$url" ] && curl -fs "$url/api/ready" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || fail "the server exited before it was ready"
  sleep 0.5
done
[ -n "$url" ] || fail "the server never said where it listens"
echo "smoke: node dist/server/main.js is ready at $url (without development packages)"

header() { curl -fs -o /dev/null -D - "$@" | tr -d '\r' | tr 'A-Z' 'a-z'; }
script="$(grep -o '/assets/index-[^"]*\.js' dist/client/index.html | head -1)"
[ -n "$script" ] || fail "no main script in dist/client/index.html"
headers="$(header -H 'Accept-Encoding: br' "$url$script")"
grep -q '^content-encoding: br' <<<"$headers" || fail "the main script is not sent as Brotli: $headers"
grep -q '^vary: accept-encoding' <<<"$headers" || fail "the main script does not vary by encoding"
grep -q '^cache-control: public, max-age=31536000, immutable' <<<"$headers" || fail "the main script is not immutable"
headers="$(header -H 'Accept-Encoding: gzip' "$url$script")"
grep -q '^content-encoding: gzip' <<<"$headers" || fail "the main script is not sent as gzip to a gzip-only client"
headers="$(header -H 'Accept-Encoding: br' "$url/work-items")"
grep -q '^cache-control: no-cache' <<<"$headers" || fail "the app shell is not no-cache: $headers"
echo "smoke: assets go out as Brotli or gzip, immutable; the app shell is no-cache"

cookies="$work/cookies"
curl -fs -c "$cookies" -H 'content-type: application/json' \
  -d '{"email":"manager@example.org","password":"involve-demo"}' "$url/api/auth/login" >/dev/null ||
  fail "could not sign in as the demo manager"
headers="$(header -b "$cookies" -H 'Accept-Encoding: gzip, deflate, br' "$url/api/work-items?pageSize=50")"
grep -q '^content-encoding: br' <<<"$headers" || fail "a JSON list over 1 KB is not compressed: $headers"
echo "smoke: a JSON list over 1 KB goes out compressed"
headers="$(curl -fs -b "$cookies" -H 'Accept-Encoding: br' -o "$work/export.xlsx" -D - "$url/api/export/work-items.xlsx" | tr -d '\r' | tr 'A-Z' 'a-z')" ||
  fail "the planned-work XLSX export failed"
grep -q '^content-type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' <<<"$headers" ||
  fail "the XLSX export is not an Excel workbook: $headers"
grep -q '^content-encoding' <<<"$headers" && fail "the XLSX export (already zipped) was compressed again"
[ "$(head -c 2 "$work/export.xlsx")" = "PK" ] || fail "the XLSX export is not a zip file"
echo "smoke: an XLSX export streams from the compiled server (exceljs loaded on demand), not compressed again"

kill -TERM "$server_pid"
code=0
wait "$server_pid" || code=$?
server_pid=""
[ "$code" -eq 0 ] || fail "the server exited with $code after SIGTERM"
grep -q 'SIGTERM received' "$work/server.log" || fail "the server did not say it was shutting down"
echo "smoke: SIGTERM closed the server cleanly"
