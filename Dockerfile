# syntax=docker/dockerfile:1
#
# Sanad production image: Express API + SvelteKit web app in one Node process.
#   docker build -t sanad:0.1.0 .
#   docker run -p 3000:3000 -v sanad-data:/data -e ADMIN_TOKEN=… sanad:0.1.0
# or, with Meilisearch, `docker compose up -d` (docker-compose.yml).
#
# Both stages use the same Debian release (bookworm) so the native addon compiled in
# the build stage (better-sqlite3) links against the same glibc at run time.
# Pin by digest as well (node:22.20.0-bookworm-slim@sha256:…) if you need byte-for-byte
# reproducible builds; the tag alone is fixed to one Node release.
ARG NODE_IMAGE=node:22.20.0-bookworm-slim

# ---------------------------------------------------------------- build stage
FROM ${NODE_IMAGE} AS build
WORKDIR /app

# better-sqlite3 downloads a prebuilt binary when one exists for this Node ABI and
# falls back to compiling with node-gyp; keep the toolchain so the fallback works.
# nodedir: compile against the headers shipped in the image instead of downloading them.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
 && rm -rf /var/lib/apt/lists/*
ENV npm_config_nodedir=/usr/local \
    npm_config_fund=false \
    npm_config_audit=false \
    npm_config_update_notifier=false

# Manifests first: the dependency layer is reused until package*.json change.
COPY package.json package-lock.json ./
COPY ingest/package.json ingest/
COPY server/package.json server/
COPY web/package.json web/
COPY test/package.json test/
RUN --mount=type=cache,target=/root/.npm npm ci

COPY tsconfig.base.json tsconfig.json ./
COPY scripts/ scripts/
COPY ingest/ ingest/
COPY server/ server/
COPY web/ web/
# vite build of the SvelteKit app (adapter-node) into web/build; the server mounts
# web/build/handler.js. Svelte and Kit are bundled into it, so they are not needed at run time.
RUN npm run build

# Runtime dependencies only. tsx runs the server's TypeScript directly (there is no
# compile step) but is a root devDependency, so `npm prune --omit=dev` would drop
# it: save the locked tsx + esbuild (with its linux binary) first and put them back.
RUN node scripts/copy-dep-closure.mjs /tmp/keep tsx \
 && npm prune --omit=dev \
 && (cd /tmp/keep && node /app/scripts/copy-dep-closure.mjs /app tsx) \
 && rm -rf /tmp/keep
# Smoke checks of the pruned tree: TypeScript loads through tsx, zod resolves, the
# native SQLite addon loads.
RUN node --import tsx --input-type=module \
      -e "const { loadConfig } = await import('/app/ingest/src/config.ts'); loadConfig({}); console.log('tsx ok')" \
 && node -e "require('better-sqlite3')(':memory:').prepare('select 1').get(); console.log('better-sqlite3 ok')"

# Assemble exactly what runs: sources (tsx executes them), the web build, the
# pruned node_modules (with the Persian tesseract data in @tesseract.js-data/fas
# and the Vazirmatn font in @fontsource/vazirmatn). No tests, no web sources.
RUN mkdir -p /out/web \
 && cp -a package.json package-lock.json node_modules ingest server /out/ \
 && cp -a web/package.json web/build /out/web/ \
 && if [ -d web/node_modules ]; then cp -a web/node_modules /out/web/; fi \
 && find /out/ingest /out/server -name '*.test.ts' -delete \
 && test -d /out/node_modules/@tesseract.js-data/fas \
 && test -d /out/node_modules/@fontsource/vazirmatn

# -------------------------------------------------------------- runtime stage
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    DATA_DIR=/data \
    HOST=0.0.0.0 \
    PORT=3000 \
    npm_config_update_notifier=false
WORKDIR /app

# Code is owned by root and read-only for the app user; only /data is writable.
# /data is created here owned by `node` so a new named volume mounted on it
# inherits that ownership (Docker copies it into an empty volume).
COPY --from=build /out/ /app/
RUN mkdir -p /data && chown node:node /data

# The `node` user (uid 1000) comes with the official image.
USER node
VOLUME ["/data"]
EXPOSE 3000

# No curl in slim images: Node's fetch does the probe. /api/health must stay
# public even when READ_TOKEN is set. The start period covers the first start,
# which may load the demo archive and build the search index.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]

# Node is PID 1 here; main.ts handles SIGTERM/SIGINT (graceful shutdown). Compose
# also sets `init: true` so zombie OCR helpers are reaped.
CMD ["node", "--import", "tsx", "server/src/main.ts"]
