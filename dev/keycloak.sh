#!/usr/bin/env bash
#
# Local Keycloak for Hearth development (no Docker needed).
#
#   dev/keycloak.sh [start]   download (through Maven), unpack and start Keycloak in the background
#   dev/keycloak.sh wait      block until the 'hearth' realm answers (timeout: KEYCLOAK_WAIT_TIMEOUT, 180 s)
#   dev/keycloak.sh status    show whether Keycloak is running
#   dev/keycloak.sh stop      stop the instance started by this script (pid in .run/keycloak.pid)
#   dev/keycloak.sh reset     stop it and delete its data/ folder, so that the next start
#                             re-imports dev/keycloak/hearth-realm.json
#
# Keycloak:   http://127.0.0.1:8180            (admin console: /admin, user admin / see below)
# Issuer:     http://127.0.0.1:8180/realms/hearth
# Health:     http://127.0.0.1:9180/health/ready
#
# The realm file is imported only when the realm does not exist yet (Keycloak's default), and
# the H2 database lives in .keycloak/keycloak-<version>/data/. After changing the realm file, run
# `dev/keycloak.sh reset && dev/keycloak.sh start`.
#
# Secrets never live in the repository: on first run, random values are written to
# .run/secrets.env (mode 600, git-ignored):
#   HEARTH_TENANT_ADMIN_CLIENT_SECRET, HEARTH_OPERATOR_PORTAL_CLIENT_SECRET,
#   HEARTH_PLATFORM_CLIENT_SECRET, KC_BOOTSTRAP_ADMIN_PASSWORD
# A value already present in the environment when the file is first generated is used instead
# of a random one. The realm file references the client secrets as ${HEARTH_..._CLIENT_SECRET};
# Keycloak substitutes environment variables in imported realm files. Afterwards the file is
# authoritative for the client secrets; KC_BOOTSTRAP_ADMIN_USERNAME/KC_BOOTSTRAP_ADMIN_PASSWORD
# from the environment override the defaults (admin / value from the file), and only take
# effect when the master realm is created (first start or after reset).
#
# Environment knobs: KEYCLOAK_VERSION (26.7.3), KEYCLOAK_WAIT_TIMEOUT (180), JAVA_HOME (Java 17+).

set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$(pwd)"

KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
KC_HTTP_HOST=127.0.0.1
KC_HTTP_PORT_NUM=8180
KC_MGMT_PORT_NUM=9180
KC_BASE_URL="http://${KC_HTTP_HOST}:${KC_HTTP_PORT_NUM}"
REALM=hearth
WELL_KNOWN_URL="${KC_BASE_URL}/realms/${REALM}/.well-known/openid-configuration"

KC_PARENT="$ROOT/.keycloak"
KC_HOME="$KC_PARENT/keycloak-${KEYCLOAK_VERSION}"
REALM_FILE="$ROOT/dev/keycloak/hearth-realm.json"
RUN_DIR="$ROOT/.run"
PID_FILE="$RUN_DIR/keycloak.pid"
LOG_FILE="$RUN_DIR/keycloak.log"
SECRETS_FILE="$RUN_DIR/secrets.env"
SECRET_NAMES=(
  HEARTH_TENANT_ADMIN_CLIENT_SECRET
  HEARTH_OPERATOR_PORTAL_CLIENT_SECRET
  HEARTH_PLATFORM_CLIENT_SECRET
  KC_BOOTSTRAP_ADMIN_PASSWORD
)

log() { echo "[keycloak] $*" >&2; }
die() { echo "[keycloak] ERROR: $*" >&2; exit 1; }

ensure_gitignore() {
  local entry
  touch .gitignore
  for entry in .keycloak/ .run/; do
    if ! grep -qxF "$entry" .gitignore && ! grep -qxF "/$entry" .gitignore; then
      # keep the file newline-terminated before appending
      if [[ -s .gitignore && -n "$(tail -c1 .gitignore)" ]]; then echo >> .gitignore; fi
      echo "$entry" >> .gitignore
    fi
  done
}

random_secret() {
  if command -v openssl >/dev/null 2>&1; then
    openssl rand -hex 16
  else
    od -An -N16 -tx1 /dev/urandom | tr -d ' \n'
  fi
}

# Create/complete .run/secrets.env, then export its values.
load_secrets() {
  local name value caller_admin_pw="${KC_BOOTSTRAP_ADMIN_PASSWORD:-}"
  mkdir -p "$RUN_DIR"
  (umask 077; touch "$SECRETS_FILE")
  chmod 600 "$SECRETS_FILE"
  for name in "${SECRET_NAMES[@]}"; do
    if ! grep -q "^${name}=" "$SECRETS_FILE"; then
      value="${!name:-}"
      [[ -n "$value" ]] || value="$(random_secret)"
      echo "${name}=${value}" >> "$SECRETS_FILE"
      log "generated ${name} in .run/secrets.env"
    fi
  done
  set -a
  # shellcheck disable=SC1090
  . "$SECRETS_FILE"
  set +a
  [[ -z "$caller_admin_pw" ]] || export KC_BOOTSTRAP_ADMIN_PASSWORD="$caller_admin_pw"
  export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
}

realm_answers() {
  curl -fsS -o /dev/null --max-time 3 "$WELL_KNOWN_URL" 2>/dev/null
}

port_in_use() {
  # true if something accepts TCP connections on 127.0.0.1:$1
  (exec 3<>"/dev/tcp/${KC_HTTP_HOST}/$1") 2>/dev/null
}

# Prints the pid from the pid file if that process is alive and is our Keycloak.
running_pid() {
  local pid
  [[ -f "$PID_FILE" ]] || return 1
  pid="$(tr -dc '0-9' < "$PID_FILE")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  # guard against a recycled pid
  tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q "kc.sh\|kc.home.dir" || return 1
  echo "$pid"
}

mvn_cmd() {
  if [[ -x "$ROOT/mvnw" ]]; then echo "$ROOT/mvnw"; else echo mvn; fi
}

install_keycloak() {
  [[ -x "$KC_HOME/bin/kc.sh" ]] && return 0
  local zip="$KC_PARENT/keycloak-quarkus-dist-${KEYCLOAK_VERSION}.zip" mvn
  mvn="$(mvn_cmd)"
  mkdir -p "$KC_PARENT"
  log "fetching org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:zip through Maven ..."
  # Run Maven from .keycloak/ (no pom.xml there) so that it does not load the project reactor.
  local out
  if ! out="$(cd "$KC_PARENT" && "$mvn" -B -q -Dstyle.color=never dependency:copy \
      "-Dartifact=org.keycloak:keycloak-quarkus-dist:${KEYCLOAK_VERSION}:zip" \
      "-DoutputDirectory=$KC_PARENT" 2>&1)"; then
    echo "$out" >&2
    die "Maven could not fetch the Keycloak distribution"
  fi
  [[ -f "$zip" ]] || die "expected $zip after dependency:copy"
  log "unpacking into ${KC_HOME#"$ROOT"/} ..."
  rm -rf "$KC_HOME"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$zip" -d "$KC_PARENT"
  elif command -v python3 >/dev/null 2>&1; then
    python3 -m zipfile -e "$zip" "$KC_PARENT"
  else
    (cd "$KC_PARENT" && jar xf "$zip")
  fi
  chmod +x "$KC_HOME"/bin/*.sh
  rm -f "$zip"   # it stays cached in the local Maven repository
  [[ -x "$KC_HOME/bin/kc.sh" ]] || die "unpacking failed: $KC_HOME/bin/kc.sh missing"
}

cmd_start() {
  ensure_gitignore
  if realm_answers; then
    log "already running: realm '$REALM' answers on $KC_BASE_URL - nothing to do"
    return 0
  fi
  local pid
  if pid="$(running_pid)"; then
    log "already starting (pid $pid); run 'dev/keycloak.sh wait'"
    return 0
  fi
  if port_in_use "$KC_HTTP_PORT_NUM"; then
    die "port $KC_HTTP_PORT_NUM is in use but does not serve realm '$REALM'"
  fi
  if port_in_use "$KC_MGMT_PORT_NUM"; then
    die "management port $KC_MGMT_PORT_NUM is in use"
  fi
  [[ -f "$REALM_FILE" ]] || die "realm file $REALM_FILE not found"

  load_secrets
  install_keycloak

  mkdir -p "$KC_HOME/data/import"
  cp "$REALM_FILE" "$KC_HOME/data/import/hearth-realm.json"

  log "starting Keycloak ${KEYCLOAK_VERSION} on $KC_BASE_URL (log: .run/keycloak.log)"
  {
    echo "===== $(date '+%F %T') dev/keycloak.sh start ====="
  } >> "$LOG_FILE"
  # setsid: own process group, so 'stop' can end kc.sh and its java child together.
  # Secrets reach Keycloak through the environment only (not on the command line).
  setsid nohup "$KC_HOME/bin/kc.sh" start-dev \
      --http-host="$KC_HTTP_HOST" \
      --http-port="$KC_HTTP_PORT_NUM" \
      --hostname="$KC_BASE_URL" \
      --http-management-port="$KC_MGMT_PORT_NUM" \
      --health-enabled=true \
      --import-realm \
      >> "$LOG_FILE" 2>&1 < /dev/null &
  echo $! > "$PID_FILE"
  log "pid $(cat "$PID_FILE"); run 'dev/keycloak.sh wait' to block until it is ready"
}

cmd_wait() {
  local timeout="${KEYCLOAK_WAIT_TIMEOUT:-180}" start now
  start="$(date +%s)"
  printf '[keycloak] waiting for %s ' "$WELL_KNOWN_URL" >&2
  while ! realm_answers; do
    now="$(date +%s)"
    if (( now - start >= timeout )); then
      echo >&2
      log "timed out after ${timeout}s; last log lines:"
      tail -n 40 "$LOG_FILE" >&2 2>/dev/null || true
      return 1
    fi
    if [[ -f "$PID_FILE" ]] && ! running_pid >/dev/null; then
      echo >&2
      log "Keycloak process exited; last log lines:"
      tail -n 40 "$LOG_FILE" >&2 2>/dev/null || true
      return 1
    fi
    printf '.' >&2
    sleep 2
  done
  echo >&2
  log "ready after $(( $(date +%s) - start ))s: ${KC_BASE_URL}/realms/${REALM}"
}

cmd_status() {
  local pid
  if pid="$(running_pid)"; then
    if realm_answers; then
      log "running (pid $pid), realm '$REALM' ready at ${KC_BASE_URL}/realms/${REALM}"
    else
      log "running (pid $pid), not ready yet"
    fi
  elif realm_answers; then
    log "realm '$REALM' answers on $KC_BASE_URL (not started by this script)"
  else
    log "not running"
    return 3
  fi
}

cmd_stop() {
  local pid i
  if ! pid="$(running_pid)"; then
    rm -f "$PID_FILE"
    log "not running (no live pid in .run/keycloak.pid)"
    return 0
  fi
  log "stopping pid $pid ..."
  # kc.sh forwards TERM to java; the group kill covers the case where it does not
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 60; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "still alive after 30s, sending KILL"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

cmd_reset() {
  cmd_stop
  if [[ -d "$KC_HOME/data" ]]; then
    rm -rf "$KC_HOME/data"
    log "deleted ${KC_HOME#"$ROOT"/}/data - the next start re-imports realm '$REALM'"
  fi
}

case "${1:-start}" in
  start)  cmd_start ;;
  wait)   cmd_wait ;;
  status) cmd_status ;;
  stop)   cmd_stop ;;
  reset)  cmd_reset ;;
  -h|--help|help) sed -n '3,30p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) die "unknown command '$1' (start|stop|status|wait|reset)" ;;
esac
