#!/usr/bin/env bash
# Performance benchmarks of the platform against the raw limits of this machine (bench/README.md).
#
#   bench/run.sh                  full data set (seeded once, reused), all scenarios, results in bench/results/
#   bench/run.sh --quick          small data set and short runs: a fast check of the harness itself
#   bench/run.sh --scenario 2     only scenario 2 (repeat or use commas: --scenario 1,3)
#   bench/run.sh --reseed         drop the bench database and seed it again
#   bench/run.sh --no-build       reuse the jars of the last build
#   other options: --seconds S, --connections C, --note TEXT (see bench/README.md)
#
# What it does: makes PostgreSQL and Redis reachable (dev/services.sh) with the database hearth_bench;
# installs wrk and pgbench from Debian when missing; generates the app's keys into bench/.secrets (git-ignored);
# starts Keycloak (dev/keycloak.sh) unless it already runs; builds the platform in prod mode and the harness;
# then the harness (bench/src, java -jar bench/target/bench.jar) seeds when needed, starts the platform on
# 127.0.0.1:8090 (Redis database 5), runs the scenarios and writes the results. Everything it started is
# stopped at the end, also on Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUN_DIR=$ROOT/bench/.run
SECRETS=$ROOT/bench/.secrets
mkdir -p "$RUN_DIR"

BUILD=1
ARGS=()
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=0 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) ARGS+=("$arg") ;;
  esac
done

log() { printf '\033[1m[bench]\033[0m %s\n' "$*"; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
realm_answers() { curl -fsS -o /dev/null --max-time 3 http://127.0.0.1:8180/realms/hearth/.well-known/openid-configuration 2>/dev/null; }

KEYCLOAK_STARTED=0
STARTED_FILE=$RUN_DIR/started-services
cleanup() {
  trap - EXIT INT TERM
  local pid
  if [ -f "$RUN_DIR/platform.pid" ]; then
    pid=$(cat "$RUN_DIR/platform.pid")
    if kill -0 "$pid" 2>/dev/null; then
      log "stopping the platform (pid $pid)"
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$RUN_DIR/platform.pid"
  fi
  if [ "$KEYCLOAK_STARTED" = 1 ]; then
    log "stopping Keycloak (this run started it)"
    dev/keycloak.sh stop || true
  fi
  if [ -s "$STARTED_FILE" ]; then
    while read -r svc ver; do
      case "$svc" in
        postgresql) log "stopping PostgreSQL $ver (this run started it)"; pg_ctlcluster --skip-systemctl-redirect "$ver" main stop || true ;;
        redis) log "stopping Redis (this run started it)"; redis-cli -h 127.0.0.1 shutdown nosave >/dev/null 2>&1 || true ;;
        rabbitmq) log "stopping RabbitMQ (this run started it)"; rabbitmqctl stop >/dev/null 2>&1 || true ;;
      esac
    done < "$STARTED_FILE"
  fi
  rm -f "$STARTED_FILE" "$RUN_DIR/run.pid"
}

if [ -f "$RUN_DIR/run.pid" ] && kill -0 "$(cat "$RUN_DIR/run.pid")" 2>/dev/null; then
  die "bench/run.sh is already running (pid $(cat "$RUN_DIR/run.pid"))"
fi
echo $$ > "$RUN_DIR/run.pid"
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM

# ---- tools ----
apt_updated=0
need() { # command package
  command -v "$1" >/dev/null 2>&1 && return 0
  [ "$(id -u)" = 0 ] || die "$1 is missing: sudo apt-get install -y $2"
  if [ $apt_updated = 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get update -qq; apt_updated=1; fi
  log "installing $2 from Debian packages"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}
need java openjdk-17-jdk-headless
need curl curl
need openssl openssl
need wrk wrk
if ! command -v pgbench >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/pgbench >/dev/null 2>&1; then
  need pgbench postgresql-contrib
fi

# ---- PostgreSQL (database hearth_bench), Redis; RabbitMQ too, as the app's prod profile expects a broker ----
rm -f "$STARTED_FILE"
HEARTH_STARTED_FILE=$STARTED_FILE HEARTH_DATABASES=hearth_bench dev/services.sh

# ---- keys the app runs with (and the seed encrypts with): generated once, reused ----
touch "$SECRETS"; chmod 600 "$SECRETS"
for name in HEARTH_CRYPTO_DATA_KEY HEARTH_CRYPTO_INDEX_KEY; do
  grep -q "^$name=" "$SECRETS" || echo "$name=$(openssl rand -base64 32)" >> "$SECRETS"
done
if ! grep -q '^HEARTH_AUTH_SIGNING_KEY=' "$SECRETS"; then
  echo "HEARTH_AUTH_SIGNING_KEY=$(openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null | grep -v -- '-----' | tr -d '\n')" >> "$SECRETS"
fi
grep -q '^BENCH_OWNER_PASSWORD=' "$SECRETS" || echo "BENCH_OWNER_PASSWORD=Bench-$(openssl rand -hex 12)" >> "$SECRETS"

# ---- Keycloak: staff tokens and the tenant directory ----
if realm_answers; then
  log "Keycloak already answers on 127.0.0.1:8180: using it (not stopped at the end)"
else
  KEYCLOAK_STARTED=1
  dev/keycloak.sh start
fi

# ---- build (while Keycloak boots) ----
if [ "$BUILD" = 1 ]; then
  log "building the platform (prod jar) and the harness (logs: bench/.run/build.log)"
  { ./mvnw -B -o -q -pl platform package -DskipTests || ./mvnw -B -q -pl platform package -DskipTests; } > "$RUN_DIR/build.log" 2>&1 \
    || { tail -30 "$RUN_DIR/build.log"; die "platform build failed"; }
  { ./mvnw -B -o -q -f bench/pom.xml package || ./mvnw -B -q -f bench/pom.xml package; } >> "$RUN_DIR/build.log" 2>&1 \
    || { tail -30 "$RUN_DIR/build.log"; die "harness build failed"; }
fi
[ -f platform/target/quarkus-app/quarkus-run.jar ] || die "platform/target/quarkus-app is missing: run without --no-build"
[ -f bench/target/bench.jar ] || die "bench/target/bench.jar is missing: run without --no-build"
[ "$KEYCLOAK_STARTED" = 0 ] || dev/keycloak.sh wait

[ -f .run/secrets.env ] && grep -q '^HEARTH_PLATFORM_CLIENT_SECRET=' .run/secrets.env \
  || die "Keycloak runs but .run/secrets.env of this checkout has no HEARTH_PLATFORM_CLIENT_SECRET: it was started from another checkout; stop it or run the benchmark there"
client_secret=$(sed -n 's/^HEARTH_PLATFORM_CLIENT_SECRET=//p' .run/secrets.env)
curl -fsS -o /dev/null http://127.0.0.1:8180/realms/hearth/protocol/openid-connect/token \
  -d grant_type=client_credentials -d client_id=hearth-platform --data-urlencode "client_secret=$client_secret" \
  || die "Keycloak refuses this checkout's hearth-platform secret (.run/secrets.env): it was started from another checkout"
port_open 8090 && die "port 8090 is taken: the benchmarked platform listens there"

# ---- the harness: seed when needed, start the platform, run, report ----
log "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
BENCH_ROOT=$ROOT java -Xmx2g -jar bench/target/bench.jar "${ARGS[@]}"
