#!/usr/bin/env bash
# Makes PostgreSQL, Redis and RabbitMQ reachable on 127.0.0.1, idempotently:
#   running already  -> used as is
#   installed, stopped -> started
#   missing and root -> installed from Debian packages, then started
#   otherwise        -> says exactly what to install, exits 1
# Then creates the `hearth` role, the databases `hearth` (run) and `hearth_test` (tests) and the
# btree_gist extension in both. Safe to run any number of times.
set -euo pipefail

PG_PORT=${HEARTH_PG_PORT:-5432}
export PGOPTIONS='--client-min-messages=warning'
REDIS_PORT=${HEARTH_REDIS_PORT:-6379}
RABBIT_PORT=${HEARTH_RABBIT_PORT:-5672}
DB_USER=${HEARTH_DB_USER:-hearth}
DB_PASSWORD=${HEARTH_DB_PASSWORD:-hearth}
DATABASES=${HEARTH_DATABASES:-"hearth hearth_test"}

log() { printf '[services] %s\n' "$*"; }
die() { printf '[services] ERROR: %s\n' "$*" >&2; exit 1; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_port() { # port seconds name
  local i
  for ((i = 0; i < $2; i++)); do port_open "$1" && return 0; sleep 1; done
  die "$3 did not open 127.0.0.1:$1 within $2 s"
}
is_root() { [ "$(id -u)" = 0 ]; }
# dev/run.sh passes HEARTH_STARTED_FILE to learn which services it has to stop again on Ctrl-C.
started() { [ -z "${HEARTH_STARTED_FILE:-}" ] || echo "$1" >> "$HEARTH_STARTED_FILE"; }
apt_updated=0
apt_install() {
  is_root || die "$1 is not installed and we are not root. Install it with: sudo apt-get install -y $*"
  if [ $apt_updated = 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get update -qq; apt_updated=1; fi
  log "installing $* from Debian packages"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# --- PostgreSQL -------------------------------------------------------------------------------
pg_super() { # run psql as a superuser: trust auth over TCP first, then the postgres OS user
  if psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
    psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -Atq "$@"
  elif is_root && command -v runuser >/dev/null; then
    runuser -u postgres -- psql -p "$PG_PORT" -v ON_ERROR_STOP=1 -Atq "$@"
  else
    die "cannot connect to PostgreSQL as a superuser (tried -U postgres over TCP and the postgres OS user)"
  fi
}

ensure_postgres() {
  if ! port_open "$PG_PORT"; then
    if ! command -v pg_ctlcluster >/dev/null 2>&1; then
      apt_install postgresql postgresql-contrib
    fi
    local ver
    ver=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
    [ -n "$ver" ] || die "PostgreSQL is installed but has no cluster in /etc/postgresql"
    log "starting PostgreSQL $ver"
    pg_ctlcluster --skip-systemctl-redirect "$ver" main start || true
    wait_port "$PG_PORT" 30 PostgreSQL
    started "postgresql $ver"
  fi
  log "PostgreSQL is up on 127.0.0.1:$PG_PORT"
  # btree_gist lives in contrib; Debian ships it with the server package, other installs may not.
  if [ "$(pg_super -d postgres -c "select count(*) from pg_available_extensions where name = 'btree_gist'")" != 1 ]; then
    apt_install postgresql-contrib
  fi
  if [ "$(pg_super -d postgres -c "select count(*) from pg_roles where rolname = '$DB_USER'")" = 0 ]; then
    log "creating role $DB_USER"
    pg_super -d postgres -c "create role \"$DB_USER\" login password '$DB_PASSWORD'"
  fi
  local db
  # HEARTH_FRESH_DATABASES (dev/test.sh: hearth_test): dropped and made again, so that no earlier run's schema
  # (another branch's migrations, say) or data can decide a test run
  for db in ${HEARTH_FRESH_DATABASES:-}; do
    if [ "$(pg_super -d postgres -c "select count(*) from pg_database where datname = '$db'")" != 0 ]; then
      log "dropping database $db (made fresh for this run)"
      pg_super -d postgres -c "drop database \"$db\" with (force)"
    fi
  done
  for db in $DATABASES; do
    if [ "$(pg_super -d postgres -c "select count(*) from pg_database where datname = '$db'")" = 0 ]; then
      log "creating database $db"
      pg_super -d postgres -c "create database \"$db\" owner \"$DB_USER\" encoding 'UTF8' template template0"
    fi
    pg_super -d "$db" -c "create extension if not exists btree_gist" >/dev/null
  done
  [ -z "${HEARTH_DB_KEYS:-}" ] || bind_database_to_keys "${HEARTH_DB_KEYS%%=*}" "${HEARTH_DB_KEYS#*=}"
}

# HEARTH_DB_KEYS=db=fingerprint (dev/run.sh): the database's personal data is encrypted with the keys of one
# checkout's .run/secrets.env. A database written with other keys (another checkout on this machine) could not be
# decrypted and would get the demo data a second time, so it is recreated empty; the fingerprint is kept as the
# database's comment.
bind_database_to_keys() { # db fingerprint
  local db=$1 want="hearth-dev-keys:$2" have migrated
  have=$(pg_super -d postgres -c "select coalesce(shobj_description(oid, 'pg_database'), '') from pg_database where datname = '$db'")
  migrated=$(pg_super -d "$db" -c "select count(*) from pg_tables where tablename = 'flyway_schema_history'")
  if [ "$migrated" != 0 ] && [ "$have" != "$want" ]; then
    log "database $db holds data encrypted with other keys (${have:-no key fingerprint}): recreating it empty"
    pg_super -d postgres -c "drop database \"$db\" with (force)"
    pg_super -d postgres -c "create database \"$db\" owner \"$DB_USER\" encoding 'UTF8' template template0"
    pg_super -d "$db" -c "create extension if not exists btree_gist" >/dev/null
  fi
  pg_super -d postgres -c "comment on database \"$db\" is '$want'"
}

# --- Redis ------------------------------------------------------------------------------------
ensure_redis() {
  if ! port_open "$REDIS_PORT"; then
    command -v redis-server >/dev/null 2>&1 || apt_install redis-server
    log "starting Redis"
    mkdir -p /var/lib/redis /var/log/redis 2>/dev/null || true
    local dir=/var/lib/redis logfile=/var/log/redis/hearth.log
    [ -w "$dir" ] || { dir=${TMPDIR:-/tmp}; logfile=$dir/hearth-redis.log; }
    redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
      --dir "$dir" --logfile "$logfile"
    wait_port "$REDIS_PORT" 20 Redis
    started redis
  fi
  log "Redis is up on 127.0.0.1:$REDIS_PORT"
}

# --- RabbitMQ ---------------------------------------------------------------------------------
ensure_rabbitmq() {
  if ! port_open "$RABBIT_PORT"; then
    command -v rabbitmq-server >/dev/null 2>&1 || apt_install rabbitmq-server
    log "starting RabbitMQ (takes a few seconds)"
    rabbitmq-server -detached >/dev/null 2>&1 || true
    wait_port "$RABBIT_PORT" 90 RabbitMQ
    # the port opens before the broker accepts AMQP sessions
    command -v rabbitmq-diagnostics >/dev/null 2>&1 && timeout 60 rabbitmq-diagnostics -q check_running >/dev/null 2>&1 || true
    started rabbitmq
  fi
  log "RabbitMQ is up on 127.0.0.1:$RABBIT_PORT"
}

ensure_postgres
ensure_redis
ensure_rabbitmq
log "ready: role $DB_USER, databases: $DATABASES"
