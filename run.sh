#!/usr/bin/env bash
# Runs the whole Watchlist platform locally: PostgreSQL, RabbitMQ, the three services, the gateway and the web console.
#   ./run.sh                 install what is missing, start everything, wait until ready, print the URLs
#   ./run.sh --demo          the same, then load the demo data
#   ./run.sh token <role> [agency]   print a development JWT (roles: admin, officer, command-centre, auditor)
#   ./run.sh backup DIR | restore DIR | rebuild   back up every database and the broker's definitions, restore them,
#                            rebuild the read models from the event stores (README "Backup and restore")
# Ctrl-C (or SIGTERM) stops the hosts it started. PostgreSQL and RabbitMQ keep running.
set -euo pipefail
cd "$(dirname "$0")"

case "${1:-}" in token|backup|restore|rebuild) command="$1"; shift; exec "scripts/$command.sh" "$@" ;; esac
demo=0
for arg in "$@"; do
  case "$arg" in --demo) demo=1 ;; -h|--help) sed -n '2,9p' "$0"; exit 0 ;; *) echo "unknown option $arg" >&2; exit 2 ;; esac
done

command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required: https://dot.net (Debian: apt-get install dotnet-sdk-10.0)." >&2; exit 1; }
source scripts/infra.sh

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export RABBITMQ_URL="${RABBITMQ_URL:-amqp://guest:guest@localhost:5672/}"
out=.run/bin; logs=.run/logs; mkdir -p "$logs"

echo "[run] building"
dotnet build Watchlist.sln -c Release -v q -nologo -clp:ErrorsOnly >/dev/null || { dotnet build Watchlist.sln -c Release -v q -nologo -clp:ErrorsOnly; exit 1; }

declare -A hosts=(
  [watchlist]="services/watchlist/bin/Release/net10.0/Watchlist.WatchlistService.dll 8081"
  [alerts]="services/alerts/bin/Release/net10.0/Watchlist.Alerts.dll 8082"
  [notifications]="services/notifications/bin/Release/net10.0/Watchlist.Notifications.dll 8083"
  [gateway]="gateway/bin/Release/net10.0/Watchlist.Gateway.dll 8080"
  [console]="console/bin/Release/net10.0/Watchlist.WebConsole.dll 8084"
)
pids=()
stop() { trap - INT TERM EXIT; echo; echo "[run] stopping"; kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; exit 0; }
trap stop INT TERM EXIT

# The gateway and the console find each other at the ports chosen here.
gateway_port="${WATCHLIST_GATEWAY_PORT:-8080}"; console_port="${WATCHLIST_CONSOLE_PORT:-8084}"
export Services__Console="http://localhost:$console_port" Gateway__Url="http://localhost:$gateway_port"
# ... and the gateway finds the services at theirs (WATCHLIST_<HOST>_PORT moves a host, e.g. beside another running platform).
export Services__Watchlist="http://localhost:${WATCHLIST_WATCHLIST_PORT:-8081}" \
  Services__Alerts="http://localhost:${WATCHLIST_ALERTS_PORT:-8082}" \
  Services__Notifications="http://localhost:${WATCHLIST_NOTIFICATIONS_PORT:-8083}"
for name in watchlist alerts notifications gateway console; do
  read -r dll port <<<"${hosts[$name]}"
  var="WATCHLIST_${name^^}_PORT"; port="${!var:-$port}"
  # From its own folder, so that the host finds its appsettings.json.
  (cd "$(dirname "$dll")" && ASPNETCORE_URLS="http://localhost:$port" exec dotnet "$(basename "$dll")") >"$logs/$name.log" 2>&1 &
  pids+=($!)
  hosts[$name]="$dll $port"
done

echo "[run] waiting for the hosts to be ready (logs in $logs/)"
i=0
for name in watchlist alerts notifications gateway console; do
  read -r _ port <<<"${hosts[$name]}"
  for t in $(seq 1 120); do
    curl -fsS "http://localhost:$port/health/ready" >/dev/null 2>&1 && break
    if [ "$t" = 120 ] || ! kill -0 "${pids[$i]}" 2>/dev/null; then echo "[run] $name did not become ready; last log lines:" >&2; tail -20 "$logs/$name.log" >&2; exit 1; fi
    sleep 0.5
  done
  echo "[run] $name ready on http://localhost:$port"
  i=$((i + 1))
done

gw="http://localhost:${hosts[gateway]##* }"
[ "$demo" = 1 ] && scripts/demo.sh "$gw"
cat <<MSG

Watchlist is running.
  Gateway      $gw
  Web console  $gw/console   (sign in with a role and an agency, e.g. command-centre / VN-MPS)
  Swagger UI   $gw/swagger
  GraphQL      $gw/graphql
  RabbitMQ UI  http://localhost:15672 (guest/guest)
  Token        ./run.sh token admin VN-MPS
Press Ctrl-C to stop.
MSG
wait
