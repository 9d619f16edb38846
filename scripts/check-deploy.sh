#!/usr/bin/env bash
# End-to-end check of the Docker deployment, for a machine WITH a Docker engine
# (the development machines and CI have none; there, test/unit/deploy-files.test.ts
# checks the files statically). It builds the image, starts the compose stack under
# a throw-away project name with generated secrets, ingests nothing, probes health,
# runs a backup, restores it into a fresh volume, reindexes, and tears everything down.
#
#   bash scripts/check-deploy.sh            # keeps nothing
#   KEEP=1 bash scripts/check-deploy.sh     # leaves the stack running for a look
set -euo pipefail
cd "$(dirname "$0")/.."

project="sanad-check-$$"
port="${SANAD_PORT:-3300}"
envfile="$(mktemp)"
trap 'rm -f "$envfile"; if [ -z "${KEEP:-}" ]; then docker compose -p "$project" --env-file "$envfile" down -v --remove-orphans >/dev/null 2>&1 || true; fi' EXIT

cat >"$envfile" <<EOF
MEILI_MASTER_KEY=$(od -An -tx1 -N32 /dev/urandom | tr -d ' \n')
ADMIN_TOKEN=$(od -An -tx1 -N24 /dev/urandom | tr -d ' \n')
SANAD_PORT=$port
SANAD_BIND=127.0.0.1
SANAD_VERSION=check
EOF
dc() { docker compose -p "$project" --env-file "$envfile" "$@"; }

echo "== compose config"
dc config --quiet
echo "== compose refuses to start without the secrets"
if MEILI_MASTER_KEY= docker compose -p "$project" --env-file /dev/null config --quiet 2>/dev/null; then
  echo "FAIL: compose accepted a missing MEILI_MASTER_KEY" >&2
  exit 1
fi

echo "== build"
dc build app

echo "== up (waits for both healthchecks)"
dc up -d --wait --wait-timeout 300

echo "== health"
health="$(curl -fsS "http://127.0.0.1:$port/api/health")"
echo "$health"
case "$health" in *'"engine":"meilisearch"'*) ;; *) echo "FAIL: engine is not meilisearch" >&2; exit 1 ;; esac

echo "== Meilisearch is not published on the host"
if curl -fsS --max-time 3 http://127.0.0.1:7700/health >/dev/null 2>&1; then
  echo "WARN: something answers on 127.0.0.1:7700 (another Meilisearch?)" >&2
fi

echo "== runs as non-root"
uid="$(dc exec -T app id -u)"
[ "$uid" != "0" ] || { echo "FAIL: app runs as root" >&2; exit 1; }

echo "== web UI answers"
curl -fsS "http://127.0.0.1:$port/" | grep -q 'dir="rtl"' || { echo "FAIL: no RTL page at /" >&2; exit 1; }

echo "== backup while running"
dc exec -T app mkdir -p /data/backups
dc exec -T app npm run --silent backup -- /data/backups/check.tar.gz
dc cp app:/data/backups/check.tar.gz "./check-$project.tar.gz"

echo "== restore into a fresh volume, then reindex (the restore command runs it)"
# A new named volume mounted on the image's /data inherits its owner (the node
# user). No MEILI_URL: the reindex goes to the embedded engine, so the running
# stack's Meilisearch index is left alone.
docker volume create "${project}_restore" >/dev/null
docker run --rm -v "${project}_restore:/data" -v "$PWD/check-$project.tar.gz:/tmp/check.tar.gz:ro" \
  "sanad:check" npm run --silent restore -- /tmp/check.tar.gz
docker volume rm "${project}_restore" >/dev/null
rm -f "./check-$project.tar.gz"

echo "OK: deployment check passed"
