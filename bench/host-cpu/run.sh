#!/usr/bin/env bash
# CPU time of the watchlist service per screening, for settings compared side by side: one watchlist host per variant, each
# with its own database and vhost, warmed together, then short rounds of wrk in turn (A B C A B C ...); a host's CPU time is
# read from /proc/<pid>/stat around its round and divided by the screenings it answered. CPU per request moves far less with
# the machine's load than throughput or latency, so this is the figure to compare settings by on a shared machine.
#   bench/host-cpu/run.sh [--rounds N] [--seconds S] [--warm S] 'label:VAR=value VAR=value' ...
# The first variant is the baseline of the ratios. PG_SSL=<mode> in a variant sets the connection's SSL Mode (default Disable,
# decision 0076); any other VAR=value goes to that host's environment, e.g.
#   bench/host-cpu/run.sh 'datas:DOTNET_GCDynamicAdaptationMode=1' 'heaps:DOTNET_GCDynamicAdaptationMode=0'
#   bench/host-cpu/run.sh 'tls:PG_SSL=Prefer' 'plain:PG_SSL=Disable'
# BUILD=<folder> runs that variant from another build of the service (e.g. a copy of bin/Release/net10.0 made before a code
# change) instead of this checkout's, which is how two versions of the code are compared:
#   bench/host-cpu/run.sh 'before:BUILD=/tmp/watchlist-before' 'after:'
# HOST_CPU_TAG=<name> gives the databases, vhosts and the log folder a tag (watchlist_cpu_<name>_<n>) and HOST_CPU_PORT the first
# port (9480), for two runs at once on one machine.
# Prints a line per round, then the medians, and ends with one JSON line. Needs PostgreSQL and RabbitMQ (set up by the script).
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=5 seconds=15 warm=60 variants=()
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;; --seconds) seconds="$2"; shift 2 ;; --warm) warm="$2"; shift 2 ;;
    *) variants+=("$1"); shift ;;
  esac
done
[ "${#variants[@]}" -ge 1 ] || { sed -n '2,12p' "$0"; exit 2; }
say() { printf '\033[1;34m[host-cpu]\033[0m %s\n' "$*" >&2; }
command -v wrk >/dev/null || { say "installing wrk"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

tag="${HOST_CPU_TAG:+${HOST_CPU_TAG}_}"; first_port="${HOST_CPU_PORT:-9480}"
databases=(); for i in "${!variants[@]}"; do databases+=("watchlist_cpu_$tag$i"); done
export WATCHLIST_PG_DATABASES="${databases[*]}"
# shellcheck source=scripts/infra.sh
source scripts/infra.sh
say "building the watchlist service (Release)"
dotnet build services/watchlist -c Release -v q -nologo -clp:ErrorsOnly >/dev/null
dir=services/watchlist/bin/Release/net10.0
out=".run/host-cpu${HOST_CPU_TAG:+-$HOST_CPU_TAG}"; mkdir -p "$out"; pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true' EXIT

labels=(); ports=()
for i in "${!variants[@]}"; do
  label="${variants[$i]%%:*}"; settings=""; [[ "${variants[$i]}" == *:* ]] && settings="${variants[$i]#*:}"
  ssl=Disable; extra=(); build="$dir"
  for kv in $settings; do
    case "$kv" in PG_SSL=*) ssl="${kv#PG_SSL=}" ;; BUILD=*) build="${kv#BUILD=}" ;; *) extra+=("$kv") ;; esac
  done
  vhost="host-cpu-${tag//_/-}$i"; port=$((first_port + i))
  rabbitmqctl -q add_vhost "$vhost" >/dev/null 2>&1 || true
  rabbitmqctl -q set_permissions -p "$vhost" guest '.*' '.*' '.*' >/dev/null
  say "$label on :$port (SSL Mode=$ssl${extra[*]:+, ${extra[*]}}, from $build)"
  (cd "$build" && exec env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://localhost:$port" \
    RABBITMQ_URL="amqp://guest:guest@localhost:5672/$vhost" RateLimits__ScreeningPerSecond=100000 \
    ConnectionStrings__Postgres="Host=127.0.0.1;Port=5432;Database=watchlist_cpu_$tag$i;Username=watchlist;Password=watchlist;SSL Mode=$ssl" \
    "${extra[@]}" dotnet Watchlist.WatchlistService.dll) >"$out/$label.log" 2>&1 &
  pids+=($!); labels+=("$label"); ports+=("$port")
done
for port in "${ports[@]}"; do
  for _ in $(seq 1 120); do curl -fsS "localhost:$port/health/ready" >/dev/null 2>&1 && break; sleep 1; done
  curl -fsS "localhost:$port/health/ready" >/dev/null || { say "the host on :$port did not become ready (logs in $out/)"; exit 1; }
done

export BENCH_TOKEN; BENCH_TOKEN=$(./run.sh token officer)
load() { wrk -t2 -c16 -d"$2"s -s bench/gateway/screening.lua "http://localhost:$1/api/screenings"; }
say "warming every host for $warm s, in turns"
for _ in 1 2 3; do for port in "${ports[@]}"; do load "$port" $((warm / 3)) >/dev/null; done; done

ticks=$(getconf CLK_TCK)
cpu() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
: >"$out/rounds.tsv"
for r in $(seq 1 "$rounds"); do
  for i in "${!ports[@]}"; do
    before=$(cpu "${pids[$i]}")
    report=$(load "${ports[$i]}" "$seconds")
    after=$(cpu "${pids[$i]}")
    answered=$(awk '/requests in/ { print $1 }' <<<"$report")
    errors=$(awk '/Non-2xx/ { print $NF }' <<<"$report")
    ms=$(awk -v c=$((after - before)) -v t="$ticks" -v n="$answered" 'BEGIN { printf "%.3f", c * 1000 / t / n }')
    printf '%s\t%s\t%s\t%s\t%s\n' "${labels[$i]}" "$r" "$answered" "$ms" "${errors:-0}" >>"$out/rounds.tsv"
    printf '%-16s round %d: %6d screenings, %s ms CPU each, non-2xx %s\n' "${labels[$i]}" "$r" "$answered" "$ms" "${errors:-0}"
  done
done

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
json="" base=""
for label in "${labels[@]}"; do
  ms=$(awk -F'\t' -v l="$label" '$1 == l { print $4 }' "$out/rounds.tsv" | median)
  n=$(awk -F'\t' -v l="$label" '$1 == l { print $3 }' "$out/rounds.tsv" | median)
  base="${base:-$ms}"
  ratio=$(awk -v a="$ms" -v b="$base" 'BEGIN { printf "%.2f", a / b }')
  printf '%-16s median %s ms CPU per screening (×%s against %s), %s screenings per round\n' "$label" "$ms" "$ratio" "${labels[0]}" "$n"
  json+="${json:+, }\"$label\": {\"cpu_ms_per_screening\": $ms, \"ratio\": $ratio, \"screenings_per_round\": $n}"
done
echo "{$json}"
