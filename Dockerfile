# syntax=docker/dockerfile:1
# One image per service, from one file:
#
#   docker build --build-arg SERVICE=registry -t <registry>/inspectorate/registry:<tag> .
#
# docs/runbooks/deploy.md says how images are built and tagged; a unit test
# (scripts/test/dockerfile.spec.ts) keeps this file in step with the build target.
ARG NODE_IMAGE=node:20-bookworm-slim

# 1. Build: exactly what CI and `npm test` run (`npm ci`, then the service's Nx build target).
FROM ${NODE_IMAGE} AS build
ARG SERVICE
RUN test -n "${SERVICE}" || (echo 'give --build-arg SERVICE=<service>, e.g. registry' >&2; exit 1)
WORKDIR /repo
ENV NX_DAEMON=false NX_NO_CLOUD=true CI=true
COPY . .
RUN npm ci --no-audit --no-fund
RUN npx nx run ${SERVICE}:build

# 2. The npm packages the bundle requires, nothing else: the build writes a
#    package.json and a lock pruned to them next to main.js.
FROM ${NODE_IMAGE} AS dependencies
ARG SERVICE
WORKDIR /app/dist
COPY --from=build /repo/dist/services/${SERVICE}/package.json /repo/dist/services/${SERVICE}/package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

# 3. Runtime: the bundle and its packages, owned by root and read-only to the
#    service, which runs as the image's `node` user (uid/gid 1000, as the charts'
#    securityContext expects). The chart mounts the root filesystem read-only
#    with an emptyDir at /tmp; nothing here writes anywhere else.
FROM ${NODE_IMAGE} AS runtime
ARG SERVICE
ENV NODE_ENV=production TMPDIR=/tmp
WORKDIR /app
COPY --from=dependencies /app/dist/node_modules dist/node_modules
COPY --from=build /repo/dist/services/${SERVICE}/ dist/
LABEL org.opencontainers.image.title="inspectorate ${SERVICE}" \
      org.opencontainers.image.licenses="EUPL-1.2"
USER 1000:1000
ENTRYPOINT ["node", "dist/main.js"]
