# Stegvis — the front door. `make run` brings up the whole product; `make test` runs every test.
# Both need only a JDK >= 21 and Node >= 20 (Maven comes through backend/mvnw).

SHELL := /bin/bash
.DEFAULT_GOAL := help

.PHONY: help run test test-backend test-frontend test-e2e build infra-test stop-test backup restore clean bench \
	drills drill-two-instances drill-db-outage drill-keycloak-outage drill-shutdown drill-soak drill-fuzz

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

run: ## Start MariaDB, Keycloak, the demo data, the backend and the SPA; Ctrl-C stops them
	@scripts/run.sh

test: ## Run every test: backend, SPA unit tests and browser tests
	@scripts/test.sh

test-backend: ## Only the backend tests (TEST=ClassName to run one)
	@TEST_PARTS=backend $(if $(TEST),MAVEN_ARGS="-Dtest=$(TEST)") scripts/test.sh

test-frontend: ## Only the SPA unit tests
	@TEST_PARTS=frontend scripts/test.sh

test-e2e: ## Only the browser tests (E2E_FILTER=name to run the specs whose file name contains it)
	@TEST_PARTS=e2e scripts/test.sh

build: ## Build the backend and the SPA
	@source scripts/lib.sh && source scripts/build.sh && pick_java && build_backend && build_frontend "$${OIDC_URL:-http://localhost:8180/realms/stegvis}" dist

bench: ## Benchmark: generated data, wrk scenarios and reference endpoints; writes bench/RESULTS.md
	@bench/bench.sh

drills: ## Reliability drills on a stack of their own (ports 3347, 8390, 8100-8103): all but the fuzz run, ~20 min
	@scripts/drills.sh all

drill-two-instances: ## Drill: two backends behind HAProxy on one database (flows, idempotency, webhooks, jobs, a stop)
	@scripts/drills.sh two-instances

drill-db-outage: ## Drill: MariaDB killed under load: fast 503s, readiness DOWN, recovery, queued webhooks
	@scripts/drills.sh db-outage

drill-keycloak-outage: ## Drill: Keycloak stopped: issued tokens work, the API does not hang
	@scripts/drills.sh keycloak-outage

drill-shutdown: ## Drill: a stop lets the request in flight finish
	@scripts/drills.sh shutdown

drill-soak: ## Drill: mixed load for SOAK_SECONDS (600): zero errors, flat memory, threads, files
	@scripts/drills.sh soak

drill-fuzz: ## Drill: the contract-driven fuzzing run with FUZZ_PER_OPERATION (400) requests per operation
	@TEST_PARTS=backend MAVEN_ARGS="-Dtest=FuzzedInputTest -Dstegvis.fuzz.per-operation=$${FUZZ_PER_OPERATION:-400}" scripts/test.sh

backup: ## Dump the local database to backups/stegvis-<time>.sql (FILE=... to choose)
	@mkdir -p backups && scripts/mariadb.sh dump "$${FILE:-backups/stegvis-$$(date +%Y%m%d-%H%M%S).sql}"

restore: ## Restore the local database from FILE=... (INTO=name: into another database)
	@test -n "$(FILE)" || { echo "usage: make restore FILE=backups/stegvis-....sql [INTO=database]"; exit 2; }
	@scripts/mariadb.sh restore "$(FILE)" $(INTO)

stop-test: ## Stop test servers left running (MariaDB :3317, Keycloak :8190)
	@MARIADB_PORT=3317 MARIADB_DATA=.data/test-mariadb scripts/mariadb.sh stop; \
	 KEYCLOAK_PORT=8190 KEYCLOAK_MGMT_PORT=9190 KEYCLOAK_DATA=mem scripts/keycloak.sh stop

clean: ## Remove build output (keeps downloaded tools and local data)
	@rm -rf backend/target frontend/dist frontend/dist-e2e
