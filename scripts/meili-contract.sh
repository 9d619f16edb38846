#!/usr/bin/env bash
# Run the search contract on the pinned Meilisearch of docker-compose.yml and compare the engines.
#
#   npm run meili:contract [-- <labelled corpus dir>]      (needs Docker with Compose v2)
#
# 1. starts the `meilisearch` service of docker-compose.yml (same image tag) as a throwaway
#    Compose project with its own volume, published on 127.0.0.1:$MEILI_CONTRACT_PORT (7701) only;
# 2. runs the contract suites (test/contract) for both engines against it;
# 3. runs the relevance eval (test/bench/relevance.ts) with SEARCH_ENGINE=meilisearch and with SQLite;
# 4. prints both engines' figures side by side (test/bench/meili-compare.ts);
# 5. removes the container and its volume (also on failure or Ctrl-C).
# Exit status: non-zero when a contract test fails on either engine.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! docker compose version >/dev/null 2>&1; then
  echo "meili-contract: needs Docker with the Compose plugin (docker compose)." >&2
  exit 2
fi

project=sanad-meili-contract
port=${MEILI_CONTRACT_PORT:-7701}
corpus=${1:-../shared/corpus}
key=$(openssl rand -hex 24 2>/dev/null || od -An -N24 -tx1 /dev/urandom | tr -d ' \n')
work=$(mktemp -d)
override="$work/publish.yml"
cat >"$override" <<EOF
services:
  meilisearch:
    ports: ['127.0.0.1:${port}:7700']
EOF

compose() {
  # ADMIN_TOKEN only satisfies the app service's required variable; the app is not started.
  MEILI_MASTER_KEY="$key" ADMIN_TOKEN=contract-run-unused docker compose -p "$project" -f docker-compose.yml -f "$override" "$@"
}
cleanup() {
  compose down -v --remove-orphans >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

image=$(compose config --images 2>/dev/null | grep meilisearch || true)
echo "meili-contract: starting ${image:-meilisearch} on 127.0.0.1:${port}"
compose up -d --wait meilisearch

export MEILI_URL="http://127.0.0.1:${port}"
export MEILI_MASTER_KEY="$key"
export SEARCH_ENGINE=meilisearch

status=0
npx vitest run --project contract --reporter=default --reporter=json --outputFile.json="$work/contract.json" || status=$?

node --import tsx test/bench/meili-compare.ts "$corpus" --contract "$work/contract.json" || status=$?
exit "$status"
