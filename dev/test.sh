#!/usr/bin/env bash
# The README's test command: the whole suite against the local PostgreSQL and Redis (and RabbitMQ
# where a test needs a broker). Neither Docker nor Keycloak is needed: tokens come from the OIDC
# WireMock test server, Kubernetes from the fabric8 mock server, Helm from helm-java.
# Extra arguments go to Maven, e.g. dev/test.sh -pl platform -Dtest=StaffSessionResourceTest
set -euo pipefail
cd "$(dirname "$0")/.."
# a fresh test database each run: tests make their own data, and a schema left by another branch must not count
HEARTH_FRESH_DATABASES=hearth_test dev/services.sh
exec ./mvnw -B verify "$@"
