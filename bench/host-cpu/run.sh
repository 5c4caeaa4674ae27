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
# PG_CONN='Key=value;...' adds keywords to that variant's connection string (e.g. 'No Reset On Close=true').
# BUILD=<folder> runs that variant from another build of the service (e.g. a copy of bin/Release/net10.0 made before a code
# change) instead of this checkout's, which is how two versions of the code are compared:
#   bench/host-cpu/run.sh 'before:BUILD=/tmp/watchlist-before' 'after:'
# HOST_CPU_TAG=<name> gives the databases, vhosts and the log folder a tag (watchlist_cpu_<name>_<n>) and HOST_CPU_PORT the first
# port (9480), for two runs at once on one machine.
# Besides the host's CPU, each round counts the CPU of the PostgreSQL backends serving the variant's database (its
# pg_stat_activity pids; a backend that closes within a round is missed), so a setting that moves work into PostgreSQL shows.
# After the rounds, --lone S seconds (default 10, 0 for none) of one client alone per variant, in turns, give its p50 and p99.
# Prints a line per round, then the medians, and ends with one JSON line. Needs PostgreSQL and RabbitMQ (set up by the script).
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=5 seconds=15 warm=60 lone=10 variants=()
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;; --seconds) seconds="$2"; shift 2 ;; --warm) warm="$2"; shift 2 ;;
    --lone) lone="$2"; shift 2 ;;
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
  ssl=Disable; extra=(); build="$dir"; conn=""
  # Split on spaces outside quotes, so that PG_CONN='No Reset On Close=true' stays one setting.
  eval "kvs=($settings)"
  for kv in "${kvs[@]}"; do
    case "$kv" in
      PG_SSL=*) ssl="${kv#PG_SSL=}" ;; BUILD=*) build="${kv#BUILD=}" ;; PG_CONN=*) conn=";${kv#PG_CONN=}" ;; *) extra+=("$kv") ;;
    esac
  done
  vhost="host-cpu-${tag//_/-}$i"; port=$((first_port + i))
  rabbitmqctl -q add_vhost "$vhost" >/dev/null 2>&1 || true
  rabbitmqctl -q set_permissions -p "$vhost" guest '.*' '.*' '.*' >/dev/null
  say "$label on :$port (SSL Mode=$ssl$conn${extra[*]:+, ${extra[*]}}, from $build)"
  (cd "$build" && exec env ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://localhost:$port" \
    RABBITMQ_URL="amqp://guest:guest@localhost:5672/$vhost" RateLimits__ScreeningPerSecond=100000 \
    ConnectionStrings__Postgres="Host=127.0.0.1;Port=5432;Database=watchlist_cpu_$tag$i;Username=watchlist;Password=watchlist;SSL Mode=$ssl$conn" \
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
# "pid ticks" of every PostgreSQL backend connected to a database.
backends() {
  local pid
  for pid in $(su postgres -c "psql -qtA -c \"SELECT pid FROM pg_stat_activity WHERE datname = '$1'\""); do
    # A backend may close between the listing and the read; it counts for nothing, and must not stop the script (set -e).
    if [ -r "/proc/$pid/stat" ]; then echo "$pid $(cpu "$pid" 2>/dev/null || echo 0)"; fi
  done
  return 0
}
# Ticks the backends listed after a round spent during it (a backend that opened within the round counts from zero).
backend_ticks() { awk 'NR == FNR { before[$1] = $2; next } { total += $2 - before[$1] } END { print total + 0 }' "$1" "$2"; }
: >"$out/rounds.tsv"
for r in $(seq 1 "$rounds"); do
  for i in "${!ports[@]}"; do
    backends "${databases[$i]}" >"$out/pg-before"
    before=$(cpu "${pids[$i]}")
    report=$(load "${ports[$i]}" "$seconds")
    after=$(cpu "${pids[$i]}")
    backends "${databases[$i]}" >"$out/pg-after"
    pg=$(backend_ticks "$out/pg-before" "$out/pg-after")
    answered=$(awk '/requests in/ { print $1 }' <<<"$report")
    errors=$(awk '/Non-2xx/ { print $NF }' <<<"$report")
    ms=$(awk -v c=$((after - before)) -v t="$ticks" -v n="$answered" 'BEGIN { printf "%.3f", c * 1000 / t / n }')
    pg_ms=$(awk -v c="$pg" -v t="$ticks" -v n="$answered" 'BEGIN { printf "%.3f", c * 1000 / t / n }')
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "${labels[$i]}" "$r" "$answered" "$ms" "${errors:-0}" "$pg_ms" >>"$out/rounds.tsv"
    printf '%-16s round %d: %6d screenings, %s ms CPU each in the host, %s ms in PostgreSQL, non-2xx %s\n' \
      "${labels[$i]}" "$r" "$answered" "$ms" "$pg_ms" "${errors:-0}"
  done
done
# One client alone on each host in turn (two passes of half the time each): its latency, not the machine's throughput.
ms_of() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) print v / 1000; else if (v ~ /ms$/) print v + 0; else if (v ~ /s$/) print v * 1000; else print v }'; }
: >"$out/lone.tsv"
if [ "$lone" != 0 ]; then
  for pass in 1 2; do
    for i in "${!ports[@]}"; do
      report=$(wrk -t1 -c1 -d"$((lone / 2))"s --latency -s bench/gateway/screening.lua "http://localhost:${ports[$i]}/api/screenings")
      p50=$(ms_of "$(awk '/^ +50%/ { print $2 }' <<<"$report")"); p99=$(ms_of "$(awk '/^ +99%/ { print $2 }' <<<"$report")")
      printf '%s\t%s\t%s\t%s\n' "${labels[$i]}" "$pass" "$p50" "$p99" >>"$out/lone.tsv"
      printf '%-16s one client, pass %d: p50 %s ms, p99 %s ms (load %s)\n' "${labels[$i]}" "$pass" "$p50" "$p99" \
        "$(cut -d' ' -f1 /proc/loadavg)"
    done
  done
fi

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
json="" base="" base_pg="" base_lone=""
for label in "${labels[@]}"; do
  ms=$(awk -F'\t' -v l="$label" '$1 == l { print $4 }' "$out/rounds.tsv" | median)
  pg_ms=$(awk -F'\t' -v l="$label" '$1 == l { print $6 }' "$out/rounds.tsv" | median)
  n=$(awk -F'\t' -v l="$label" '$1 == l { print $3 }' "$out/rounds.tsv" | median)
  lone_p50=$(awk -F'\t' -v l="$label" '$1 == l { print $3 }' "$out/lone.tsv" | median); lone_p50="${lone_p50:-0}"
  base="${base:-$ms}" base_pg="${base_pg:-$pg_ms}" base_lone="${base_lone:-$lone_p50}"
  ratio=$(awk -v a="$ms" -v b="$base" 'BEGIN { printf "%.2f", a / b }')
  pg_ratio=$(awk -v a="$pg_ms" -v b="$base_pg" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')
  lone_ratio=$(awk -v a="$lone_p50" -v b="$base_lone" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }')
  printf '%-16s median %s ms CPU per screening in the host (×%s against %s), %s ms in PostgreSQL (×%s), %s screenings per round' \
    "$label" "$ms" "$ratio" "${labels[0]}" "$pg_ms" "$pg_ratio" "$n"
  [ "$lone" != 0 ] && printf '; one client p50 %s ms (×%s)' "$lone_p50" "$lone_ratio"
  echo
  json+="${json:+, }\"$label\": {\"cpu_ms_per_screening\": $ms, \"ratio\": $ratio, \"pg_cpu_ms_per_screening\": $pg_ms, "
  json+="\"pg_ratio\": $pg_ratio, \"screenings_per_round\": $n, \"lone_p50_ms\": $lone_p50, \"lone_ratio\": $lone_ratio}"
done
echo "{$json}"
