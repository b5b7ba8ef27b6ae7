#!/usr/bin/env bash
# The README's run command: brings up the whole system with demo data on this machine.
#   1. PostgreSQL, Redis, RabbitMQ (dev/services.sh: started or installed when missing)
#   2. Keycloak 26 on 127.0.0.1:8180 with realm `hearth` and the demo accounts (dev/keycloak.sh)
#   3. builds the three apps (./mvnw package) and starts them: platform :8080, tenant-admin :8081,
#      operator-portal :8082
#   4. checks what a newcomer would check (see smoke_check) and prints URLs and demo logins.
# Ctrl-C stops everything this run started. Running it again is safe: what an earlier run left
# behind is stopped and started again, services already running are used as they are.
#
#   dev/run.sh            run until Ctrl-C
#   dev/run.sh --smoke    bring everything up, run the checks, stop again (exit status = checks)
#   dev/run.sh --e2e      also run the browser journey (e2e/: headless Debian Chromium through the real
#                         Keycloak; installs chromium and chromium-driver when missing); screenshots in
#                         e2e/target/screenshots/
#   dev/run.sh --no-build reuse the jars of the last build
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUN_DIR=$ROOT/.run
mkdir -p "$RUN_DIR"

SMOKE=0; BUILD=1; E2E=0
for arg in "$@"; do
  case "$arg" in
    --smoke) SMOKE=1 ;;
    --e2e) E2E=1 ;;
    --no-build) BUILD=0 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

APPS=(platform tenant-admin operator-portal)
declare -A PORT=([platform]=8080 [tenant-admin]=8081 [operator-portal]=8082)
STARTED_FILE=$RUN_DIR/started-services
KEYCLOAK_STARTED=0

log() { printf '\033[1m[run]\033[0m %s\n' "$*"; }
die() { printf '[run] ERROR: %s\n' "$*" >&2; exit 1; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

stop_app() {
  local app=$1 pidfile=$RUN_DIR/$1.pid pid
  [ -f "$pidfile" ] || return 0
  pid=$(cat "$pidfile")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

stop_services_we_started() {
  [ -f "$STARTED_FILE" ] || return 0
  while read -r svc ver; do
    case "$svc" in
      postgresql) pg_ctlcluster --skip-systemctl-redirect "$ver" main stop || true ;;
      redis) redis-cli -h 127.0.0.1 shutdown nosave >/dev/null 2>&1 || true ;;
      rabbitmq) rabbitmqctl stop >/dev/null 2>&1 || true ;;
    esac
  done < "$STARTED_FILE"
  rm -f "$STARTED_FILE"
}

cleanup() {
  trap - EXIT INT TERM
  log "stopping what this run started"
  for app in "${APPS[@]}"; do stop_app "$app"; done
  [ "$KEYCLOAK_STARTED" = 0 ] || dev/keycloak.sh stop || true
  stop_services_we_started
  rm -f "$RUN_DIR/run.pid"
}

# One run at a time: a second one would fight the first over ports and pid files.
if [ -f "$RUN_DIR/run.pid" ] && kill -0 "$(cat "$RUN_DIR/run.pid")" 2>/dev/null; then
  die "dev/run.sh is already running (pid $(cat "$RUN_DIR/run.pid")): stop it with Ctrl-C (or kill $(cat "$RUN_DIR/run.pid")) first"
fi
echo $$ > "$RUN_DIR/run.pid"

# Keys the platform needs in every profile but test: personal-data encryption and token signing.
# Generated once into .run/secrets.env (git-ignored), like the Keycloak client secrets.
ensure_platform_secrets() {
  local f=$RUN_DIR/secrets.env key
  if ! command -v openssl >/dev/null 2>&1; then
    [ "$(id -u)" = 0 ] || die "openssl is needed to generate keys: sudo apt-get install -y openssl"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openssl >/dev/null
  fi
  touch "$f"; chmod 600 "$f"
  for name in HEARTH_CRYPTO_DATA_KEY HEARTH_CRYPTO_INDEX_KEY; do
    grep -q "^$name=" "$f" || echo "$name=$(openssl rand -base64 32)" >> "$f"
  done
  if ! grep -q '^HEARTH_AUTH_SIGNING_KEY=' "$f"; then
    key=$(openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null | grep -v -- '-----' | tr -d '\n')
    echo "HEARTH_AUTH_SIGNING_KEY=$key" >> "$f"
  fi
}

# ---- 1. services ----
rm -f "$STARTED_FILE"
HEARTH_STARTED_FILE=$STARTED_FILE dev/services.sh
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM

# ---- 2. Keycloak ----
if ! curl -fsS -o /dev/null http://127.0.0.1:8180/realms/hearth/.well-known/openid-configuration 2>/dev/null; then
  KEYCLOAK_STARTED=1
fi
dev/keycloak.sh start
ensure_platform_secrets
# shellcheck disable=SC1091
set -a; . "$RUN_DIR/secrets.env"; set +a
# the run database belongs to these keys (dev/services.sh recreates one written with another checkout's keys)
HEARTH_DATABASES=hearth HEARTH_DB_KEYS="hearth=$(printf '%s' "$HEARTH_CRYPTO_DATA_KEY$HEARTH_CRYPTO_INDEX_KEY" | sha256sum | cut -c1-16)" \
  dev/services.sh >/dev/null

# ---- 3. build (while Keycloak boots) and start the apps ----
for app in "${APPS[@]}"; do stop_app "$app"; done
for app in "${APPS[@]}"; do
  port_open "${PORT[$app]}" && die "port ${PORT[$app]} (for $app) is taken by another process: stop it first"
done
if [ "$BUILD" = 1 ]; then
  log "building (./mvnw package -DskipTests; the first build downloads dependencies)"
  ./mvnw -B -q -DskipTests package > "$RUN_DIR/build.log" 2>&1 || { tail -40 "$RUN_DIR/build.log"; die "build failed (log: .run/build.log)"; }
fi
dev/keycloak.sh wait

# uploaded files of the dev platform (filesystem storage) live with the other run data
export HEARTH_FILES_FILESYSTEM_ROOT=$RUN_DIR/files
for app in "${APPS[@]}"; do
  jar=$ROOT/$app/target/quarkus-app/quarkus-run.jar
  [ -f "$jar" ] || die "$jar is missing: run without --no-build"
  log "starting $app on 127.0.0.1:${PORT[$app]} (log: .run/$app.log)"
  extra=()
  # the packaged platform publishes its events through RabbitMQ; these are its channels' settings for the dev profile
  [ "$app" = platform ] && extra=(-Dquarkus.config.locations="$ROOT/dev/events-rabbitmq.properties")
  nohup java -Xmx512m -Dquarkus.profile=dev "${extra[@]}" -jar "$jar" > "$RUN_DIR/$app.log" 2>&1 &
  echo $! > "$RUN_DIR/$app.pid"
done

wait_ready() { # app path seconds
  local i
  for ((i = 0; i < $3; i++)); do
    curl -fsS -o /dev/null "http://127.0.0.1:${PORT[$1]}$2" 2>/dev/null && return 0
    kill -0 "$(cat "$RUN_DIR/$1.pid")" 2>/dev/null || { tail -30 "$RUN_DIR/$1.log"; die "$1 exited during start"; }
    sleep 1
  done
  tail -30 "$RUN_DIR/$1.log"; die "$1 was not ready within $3 s"
}
for app in "${APPS[@]}"; do wait_ready "$app" /q/health/ready 120; done
log "all three apps are ready"

# ---- 4. demo data and checks ----
token() { # username password
  curl -fsS http://127.0.0.1:8180/realms/hearth/protocol/openid-connect/token \
    -d grant_type=password -d client_id=hearth-cli -d "username=$1" -d "password=$2" -d 'scope=openid organization' |
    sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

smoke_check() {
  local failures=0 body location
  check() { if eval "$2"; then log "ok   $1"; else log "FAIL $1"; failures=$((failures + 1)); fi; }
  body=$(curl -fsS http://127.0.0.1:8080/q/health/ready || true)
  check "platform /q/health/ready is UP" 'grep -qE "\"status\": *\"UP\"" <<<"$body"'
  for app in tenant-admin operator-portal; do
    location=$(curl -sS -o /dev/null -w '%{redirect_url}' "http://127.0.0.1:${PORT[$app]}/")
    body=$(curl -fsS "$location" 2>/dev/null || true)
    check "$app sends an anonymous visitor to the Keycloak login" \
      '[[ "$location" == http://127.0.0.1:8180/realms/hearth/protocol/openid-connect/auth* && "$body" == *kc-form-login* ]]'
  done
  body=$(curl -fsS -H "Authorization: Bearer $(token superadmin Hearth-Admin-1)" http://127.0.0.1:8080/api/platform/me || true)
  check "the platform accepts the demo super-admin's hearth-cli token" '[[ "$body" == *"platform-admin"* ]]'
  body=$(curl -fsS -H "Authorization: Bearer $(token sparkle-owner Hearth-Demo-1)" http://127.0.0.1:8080/api/tenant/me || true)
  check "a tenant owner's token names its organization" '[[ "$body" == *"sparkle"* ]]'
  body=$(curl -fsS -H 'X-Hearth-Tenant: sparkle' -H 'Content-Type: application/json' \
    -d '{"phone":"13800000001","code":"246810"}' http://127.0.0.1:8080/api/app/auth/sms-login || true)
  local customer_token=${body#*\"accessToken\":\"}
  customer_token=${customer_token%%\"*}
  body=$(curl -fsS -H "Authorization: Bearer $customer_token" http://127.0.0.1:8080/api/app/me || true)
  check "a demo customer signs in with the fixed code and sees their profile" '[[ "$body" == *"138****0001"* ]]'
  body=$(curl -fsS -H 'X-Hearth-Tenant: sparkle' -H 'Accept-Language: zh-CN' \
    'http://127.0.0.1:8080/api/app/catalog/items?q=%E4%BF%9D%E6%B4%81' || true)
  check "the demo catalog answers in Chinese (search 保洁)" '[[ "$body" == *"日常保洁"* ]]'
  body=$(curl -fsS -H 'X-Hearth-Tenant: hz-city' -H 'Accept-Language: en' http://127.0.0.1:8080/api/app/catalog/items || true)
  check "the city operator's catalog answers in English" '[[ "$body" == *"Hourly home cleaning"* ]]'
  local status slug staff
  for slug in sparkle:sparkle-owner hz-city:hz-owner; do
    staff=$(token "${slug#*:}" Hearth-Demo-1)
    local missing=""
    # one filtered query per state: earlier runs' orders on the same database must not push a state off the page
    for status in PENDING_PAYMENT PENDING_DISPATCH ACCEPTED DEPARTED ARRIVED IN_SERVICE PAUSED COMPLETED CANCELLED; do
      body=$(curl -fsS -H "Authorization: Bearer $staff" -H "X-Hearth-Tenant: ${slug%%:*}" \
        "http://127.0.0.1:8080/api/tenant/orders?status=$status&limit=1" || true)
      [[ "$body" == *"\"status\":\"$status\""* ]] || missing="$missing $status"
    done
    check "the ${slug%%:*} staff order list shows demo orders in every state${missing:+ (missing:$missing)}" '[ -z "$missing" ]'
    body=$(curl -fsS -H "Authorization: Bearer $staff" -H "X-Hearth-Tenant: ${slug%%:*}" \
      "http://127.0.0.1:8080/api/tenant/complaints?state=OPEN" || true)
    check "the ${slug%%:*} complaints list shows the demo complaint" '[[ "$body" == *QUALITY* ]]'
    body=$(curl -fsS -H "Authorization: Bearer $staff" -H "X-Hearth-Tenant: ${slug%%:*}" \
      "http://127.0.0.1:8080/api/tenant/dispatch/alerts?kind=COMPLAINT" || true)
    check "the ${slug%%:*} dispatch board has the complaint's alert" '[[ "$body" == *COMPLAINT* ]]'
    body=$(curl -fsS -H "Authorization: Bearer $staff" -H "X-Hearth-Tenant: ${slug%%:*}" \
      "http://127.0.0.1:8080/api/tenant/support/conversations" || true)
    check "the ${slug%%:*} customer-service inbox has the demo question" '[[ "$body" == *invoice* ]]'
  done
  body=$(curl -fsS -H "Authorization: Bearer $customer_token" http://127.0.0.1:8080/api/app/notifications/unread-count || true)
  check "the demo customer has in-app notifications of their orders ($body)" '[[ "$body" =~ \"count\":[1-9] ]]'
  body=$(curl -fsS -H "Authorization: Bearer $customer_token" http://127.0.0.1:8080/api/app/conversations || true)
  check "the demo customer's conversations include the chat with a worker" '[[ "$body" == *ORDER* ]]'
  # events: a demo worker goes offline and online again; both events must leave the outbox through the relay
  # (RabbitMQ, with publisher confirms, in the packaged app), and no consumer may have failed on any event
  body=$(curl -fsS -H 'X-Hearth-Tenant: sparkle' -H 'Content-Type: application/json' \
    -d '{"phone":"13900001001","code":"246810"}' http://127.0.0.1:8080/api/worker/auth/sms-login || true)
  local worker_token=${body#*\"accessToken\":\"} since published=0 stuck=1 tries
  worker_token=${worker_token%%\"*}
  since=$(date -u +%Y-%m-%dT%H:%M:%SZ)
  for status in OFFLINE ONLINE; do
    curl -fsS -o /dev/null -X PUT -H "Authorization: Bearer $worker_token" -H 'Content-Type: application/json' \
      -d "{\"status\":\"$status\"}" http://127.0.0.1:8080/api/worker/me/status || true
  done
  for tries in $(seq 1 30); do
    published=$(psql -h 127.0.0.1 -U hearth -d hearth -Atc "select count(*) from outbox_event where status = 'PUBLISHED'
      and type in ('worker.offline', 'worker.online') and occurred_at >= '$since'" 2>/dev/null || echo 0)
    [ "${published:-0}" -ge 2 ] && break
    sleep 1
  done
  stuck=$(psql -h 127.0.0.1 -U hearth -d hearth -Atc \
    "select count(*) from event_consumption where status in ('FAILED', 'PARKED')" 2>/dev/null || echo 1)
  check "the outbox relay published a worker's offline/online events ($published) and no consumer failed ($stuck)" \
    '[ "${published:-0}" -ge 2 ] && [ "${stuck:-1}" = 0 ]'
  body=$(browser_login tenant-admin sparkle-owner Hearth-Demo-1)
  check "sparkle-owner signs in to tenant-admin and the platform names the tenant" \
    '[[ "$body" == *"Welcome, "* && "$body" == *">sparkle<"* && "$body" == *COMPANY* ]]'
  body=$(browser_login operator-portal hz-dispatcher Hearth-Demo-1)
  check "hz-dispatcher signs in to operator-portal and the platform names the tenant" \
    '[[ "$body" == *"Welcome, "* && "$body" == *">hz-city<"* && "$body" == *CITY_OPERATOR* ]]'
  return "$failures"
}

# Signs in the way a browser does: portal -> Keycloak login form(s) -> code -> portal home page.
# With Organizations on, Keycloak asks for the username first and the password on a second form.
browser_login() { # app username password
  local jar page action step
  jar=$(mktemp)
  page=$(curl -sSL -c "$jar" -b "$jar" "http://127.0.0.1:${PORT[$1]}/" 2>/dev/null || true)
  for step in 1 2 3; do
    action=$(sed -nE 's/.*id="kc-form-login"[^>]*action="([^"]+)".*/\1/p' <<<"$page" | head -1 | sed 's/&amp;/\&/g')
    [ -n "$action" ] || break
    page=$(curl -sSL -c "$jar" -b "$jar" --data-urlencode "username=$2" --data-urlencode "password=$3" "$action" 2>/dev/null || true)
  done
  rm -f "$jar"
  printf '%s' "$page"
}

# Demo data goes in through the platform API, as a super-admin would put it there. Idempotent.
load_demo_data() {
  local admin body
  admin=$(token superadmin Hearth-Admin-1)
  [ -n "$admin" ] || die "cannot get a super-admin token from Keycloak"
  api() { curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' "$@"; }
  exists() { curl -fsS -H "Authorization: Bearer $admin" "http://127.0.0.1:8080/api/platform/tenants?q=$1" | grep -q "\"slug\":\"$1\""; }
  if ! curl -fsS -H "Authorization: Bearer $admin" http://127.0.0.1:8080/api/platform/plans | grep -q '"code":"standard"'; then
    api -X POST http://127.0.0.1:8080/api/platform/plans \
      -d '{"code":"standard","name":"Standard","maxWorkers":200,"maxStaffAccounts":20,"monthlyPriceFen":99900}' >/dev/null
    api -X POST http://127.0.0.1:8080/api/platform/commission-rules \
      -d '{"tenantType":"COMPANY","rateBp":800,"minFeeFen":100,"effectiveFrom":"2026-01-01","note":"demo"}' >/dev/null
    api -X POST http://127.0.0.1:8080/api/platform/commission-rules \
      -d '{"tenantType":"CITY_OPERATOR","rateBp":1500,"minFeeFen":200,"effectiveFrom":"2026-01-01","note":"demo"}' >/dev/null
  fi
  if ! exists sparkle; then
    body=$(api -X POST http://127.0.0.1:8080/api/platform/tenants -d '{
      "slug":"sparkle","type":"COMPANY","displayName":"Sparkle Home 洁家家政","primaryColor":"#0EA5E9",
      "miniProgramAppId":"wx5a1b2c3d4e5f6a7b","h5Host":"sparkle.h5.hearth.local",
      "defaultLocale":"zh-CN","timeZone":"Asia/Shanghai","cityCodes":["330100","310100"],
      "owner":{"username":"sparkle-owner","email":"owner@sparkle.example","firstName":"Mei","lastName":"Lin"}}')
    [ "$body" = 201 ] || die "creating demo tenant sparkle answered HTTP $body"
  fi
  if ! exists hz-city; then
    body=$(api -X POST http://127.0.0.1:8080/api/platform/tenants -d '{
      "slug":"hz-city","type":"CITY_OPERATOR","displayName":"Hearth Hangzhou 杭州城市运营","primaryColor":"#C2410C",
      "defaultLocale":"zh-CN","timeZone":"Asia/Shanghai","cityCodes":["330100"],
      "serviceArea":{"centerLat":30.2741,"centerLng":120.1551,"radiusKm":40},
      "owner":{"username":"hz-owner","email":"owner@hz-city.example","firstName":"Wei","lastName":"Zhang"}}')
    [ "$body" = 201 ] || die "creating demo tenant hz-city answered HTTP $body"
  fi
  log "demo data: tenants sparkle (company) and hz-city (city operator), plan standard, commission rules"
  # catalogs (zh-CN and en) and 20 workers per tenant, through the owner and worker APIs
  java dev/DemoData.java || die "loading the demo catalog and workers failed"
}
load_demo_data

# The browser journey of e2e/ (TenantAdminJourneyTest) against the apps started above.
run_e2e() {
  # a CJK font too: without one the zh-CN pages' screenshots show boxes instead of Chinese
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
    local packages=(chromium chromium-driver fonts-wqy-zenhei)
    log "installing Debian's ${packages[*]} for the browser journey"
    { DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${packages[@]}" ||
      { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${packages[@]}"; }; } \
      > "$RUN_DIR/apt-chromium.log" 2>&1 || { tail -20 "$RUN_DIR/apt-chromium.log"; log "FAIL cannot install chromium"; return 1; }
  fi
  log "browser journey: sparkle-owner in tenant-admin through Keycloak (log: .run/e2e.log)"
  if ./mvnw -B -pl e2e verify -Pe2e > "$RUN_DIR/e2e.log" 2>&1; then
    log "ok   browser journey: item created, worker approved, order dispatched (screenshots: e2e/target/screenshots/)"
  else
    grep -E "Tests run|FAIL|ERROR|expected|Exception" "$RUN_DIR/e2e.log" | head -40
    log "FAIL browser journey (log: .run/e2e.log, screenshots: e2e/target/screenshots/)"
    return 1
  fi
}

if [ "$SMOKE" = 1 ]; then
  status=0
  smoke_check || status=$?
  if [ "$E2E" = 1 ]; then run_e2e || status=$((status + 1)); fi
  exit "$status"
fi
smoke_check || log "some checks failed: see above and the logs in .run/"
if [ "$E2E" = 1 ]; then run_e2e || true; fi

cat <<INFO

  Hearth is running. Ctrl-C stops it.

  Platform API        http://127.0.0.1:8080/api      Swagger UI http://127.0.0.1:8080/q/swagger-ui
  tenant-admin        http://127.0.0.1:8081           (housekeeping company: Sparkle Home)
  operator-portal     http://127.0.0.1:8082           (city operator: Hearth Hangzhou)
  Keycloak            http://127.0.0.1:8180/admin     admin / KC_BOOTSTRAP_ADMIN_PASSWORD in .run/secrets.env

  Demo customers and workers (fixed code 246810, no SMS; dev only), header X-Hearth-Tenant: sparkle or hz-city
    customers 13800000001, 13800000002   workers 13900000001, 13900000002
    curl -s -H 'X-Hearth-Tenant: sparkle' -H 'Content-Type: application/json' \\
      -d '{"phone":"13800000001","code":"246810"}' http://127.0.0.1:8080/api/app/auth/sms-login

  Demo logins (Keycloak realm hearth)
    superadmin          / Hearth-Admin-1   super-admin (platform-admin, platform-finance)
    sparkle-owner       / Hearth-Demo-1    owner of tenant sparkle (use tenant-admin)
    sparkle-dispatcher  / Hearth-Demo-1    dispatcher of tenant sparkle
    hz-owner            / Hearth-Demo-1    owner of tenant hz-city (use operator-portal)
    hz-dispatcher       / Hearth-Demo-1    dispatcher of tenant hz-city

  A token for scripts:
    curl -s http://127.0.0.1:8180/realms/hearth/protocol/openid-connect/token \\
      -d grant_type=password -d client_id=hearth-cli -d username=superadmin -d password=Hearth-Admin-1

  Logs: .run/*.log
INFO

# Stay in the foreground until Ctrl-C or until an app dies.
while true; do
  for app in "${APPS[@]}"; do
    kill -0 "$(cat "$RUN_DIR/$app.pid")" 2>/dev/null || { tail -20 "$RUN_DIR/$app.log"; die "$app stopped"; }
  done
  sleep 2
done
