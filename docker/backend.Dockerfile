# The Stegvis backend: built with the Maven wrapper, run as a non-root user on a JRE.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY openapi.yaml ./
COPY backend/ backend/
RUN cd backend && ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 1001 stegvis
WORKDIR /app
COPY --from=build --chown=1001 /src/backend/target/quarkus-app/ ./
COPY --chown=1001 backend/jvm.options ./
USER 1001
EXPOSE 8081
# Bounded heap, metaspace, code cache and stacks (backend/jvm.options): fits a 512 MiB container.
# glibc's per-thread malloc arenas would otherwise add tens of MiB of resident memory.
ENV MALLOC_ARENA_MAX=2 JAVA_OPTS_APPEND=""
ENTRYPOINT ["sh", "-c", "exec java @jvm.options $JAVA_OPTS_APPEND -jar quarkus-run.jar"]
