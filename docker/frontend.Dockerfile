# The Stegvis SPA, built with Node and served by nginx together with the API (same origin).
FROM node:20-bookworm AS build
WORKDIR /src
COPY openapi.yaml ./
COPY frontend/package.json frontend/package-lock.json frontend/
RUN cd frontend && npm ci --no-audit --no-fund
COPY frontend/ frontend/
ARG VITE_OIDC_AUTHORITY
RUN cd frontend && VITE_OIDC_AUTHORITY="$VITE_OIDC_AUTHORITY" npm run build

FROM nginx:1.27-alpine
COPY docker/nginx/default.conf /etc/nginx/conf.d/default.conf
COPY --from=build /src/frontend/dist /usr/share/nginx/html
EXPOSE 8080
