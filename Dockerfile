# syntax=docker/dockerfile:1
#
# The SecureCloud Monitor service (service/), run on ECS Fargate as blue and green.
# Node 24 runs the TypeScript sources directly (type stripping), so there is no build step.
#
# Base: the official Node 24.19.0 image on Debian bookworm slim, pinned by the digest of its
# multi-arch index. To move to a newer Node, look up the digest of the new tag
# (`docker buildx imagetools inspect node:24-bookworm-slim`) and change both parts together.
ARG NODE_IMAGE=node:24.19.0-bookworm-slim@sha256:a9f5f7c91a432850b2a8a7797adf5eadb6c733ceed61167806cee7ea7fbc29df

# --- dependencies: only what the service runs on, at the versions in package-lock.json --------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY service/prune-manifest.ts service/
# package.json also lists the stacks' and delivery's packages (cdktf, AWS SDK, ~700 MB);
# keep the service's runtime dependencies (service/prune-manifest.ts) and let npm take their versions and their dependencies' from the lock.
RUN node service/prune-manifest.ts \
 && npm install --omit=dev --ignore-scripts --no-audit --no-fund \
 && npm ls --omit=dev

# --- runtime ----------------------------------------------------------------------------------
FROM ${NODE_IMAGE}
ENV NODE_ENV=production
WORKDIR /app
# Everything is owned by root and read-only to the service's user; the task runs with a
# read-only root filesystem and the service writes nothing (logs go to stdout).
COPY --from=deps /app/package.json ./package.json
COPY --from=deps /app/node_modules ./node_modules
COPY common/ ./common/
COPY service/ ./service/
# What GET /version reports (service/config.ts): the deploy pipeline passes the package version
# with the commit as build metadata (0.1.0+3f2a9c1) and the full commit. Left empty (a local
# `docker build`), the service reports dev and unknown. Set last, so a new commit reuses every
# layer above.
ARG APP_VERSION=""
ARG GIT_SHA=""
ENV APP_VERSION=${APP_VERSION} GIT_SHA=${GIT_SHA}
# The `node` user (uid 1000) of the official image.
USER 1000:1000
EXPOSE 8080
# ECS uses the task definition's health check (service/contract.ts CONTAINER_HEALTH_CHECK_COMMAND,
# the same probe); this one serves `docker run`. Liveness, not readiness: a draining task is healthy.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch(\"http://127.0.0.1:\"+(process.env.PORT||8080)+\"/healthz\").then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
# node itself is PID 1 and handles SIGTERM (drain) and SIGINT; no npm, which would not forward
# signals and would write its logs to the read-only filesystem.
CMD ["node", "service/server.ts"]
