#!/usr/bin/env bash
# Benchmarks of the screening engine and API; bench/README.md explains what each measures.
#   ./bench.sh quality   [--split report|tune|all] [--negatives N] [--review R] [--match M] [--misses N]
#   ./bench.sh screening [--entries N] [--queries N] [--baseline-queries N] [--no-baseline]
#   ./bench.sh gateway   [duration, default 20s]
#   ./bench.sh retro     (CROSSINGS=100000 IMPORT_BASELINE=10; needs PostgreSQL and RabbitMQ, starts the hosts itself)
#   ./bench.sh forwarder [--alerts N] [--hits N] [--writers N] [--chunk N]   (PostgreSQL and RabbitMQ)
#   ./bench.sh content   [all|quality|speed|generate|slowest] [--entries N] [--rounds N]   (nothing; extraction and screening)
# screening, quality and content print their results; the last line of screening and content speed is one JSON object.
set -euo pipefail
cd "$(dirname "$0")"
command="${1:-}"; shift || true
project=bench/Watchlist.Bench/Watchlist.Bench.csproj
bench_db=watchlist_bench

say() { printf '\033[1;34m[bench]\033[0m %s\n' "$*" >&2; }

# PostgreSQL only (the benchmarks need no RabbitMQ): infra.sh's functions with our own database,
# and pg_trgm in it, which only the postgres superuser may create.
ensure_bench_database() {
  export WATCHLIST_SKIP_INFRA=1 WATCHLIST_PG_DATABASES="$bench_db"
  # shellcheck source=scripts/infra.sh
  source scripts/infra.sh
  ensure_postgres
  su postgres -c "psql -qtA -d $bench_db -c 'SET client_min_messages = warning' -c 'CREATE EXTENSION IF NOT EXISTS pg_trgm'" >/dev/null
}

run_bench() { dotnet run -c Release --project "$project" -- "$@"; }

# Runs wrk against one URL and prints its report; BENCH_TOKEN must be set.
load() {
  local label="$1" url="$2" connections="$3" duration="$4"
  local threads=$((connections < 2 ? connections : 2)) # wrk refuses fewer connections than threads: the lone client is one
  say "$label: wrk -t$threads -c$connections -d$duration --latency POST $url"
  wrk -t"$threads" -c"$connections" -d"$duration" --latency -s bench/gateway/screening.lua "$url" |
    tee ".run/bench-$label-c$connections.txt"
}

# One summary line per run: requests/s and latency percentiles, from wrk's report.
summary() {
  awk -v label="$1" '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 } /^ +90%/ { p90 = $2 } /^ +99%/ { p99 = $2 }
    /Non-2xx/ { errors = $NF }
    END { printf "%-28s %10s req/s   p50 %8s   p90 %8s   p99 %8s   non-2xx %s\n", label, rps, p50, p90, p99, errors + 0 }' "$2"
}

# One field of a wrk report, as a number: rps, or p50/p99 in milliseconds (wrk prints us, ms or s), or non2xx.
field() {
  awk -v want="$1" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /Non-2xx/ { errors = $NF }
    END { if (want == "rps") print rps + 0; else if (want == "p50") print p50 + 0; else if (want == "p99") print p99 + 0;
          else print errors + 0 }' "$2"
}

platform=""   # the ./run.sh this script started, stopped on exit

gateway() {
  local duration="${1:-20s}"
  # The ports run.sh gives the hosts; set WATCHLIST_GATEWAY_PORT and WATCHLIST_WATCHLIST_PORT (and the others) to run beside
  # another platform.
  local gw_port="${WATCHLIST_GATEWAY_PORT:-8080}" wl_port="${WATCHLIST_WATCHLIST_PORT:-8081}"
  command -v wrk >/dev/null || { say "installing wrk"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
  mkdir -p .run
  if curl -fsS "localhost:$gw_port/health/ready" >/dev/null 2>&1; then
    say "a platform is already running on :$gw_port; using it (its screening rate limit may cap the results)"
  else
    say "starting ./run.sh --demo with RateLimits__ScreeningPerSecond=100000 (log: .run/bench-platform.log)"
    RateLimits__ScreeningPerSecond=100000 ./run.sh --demo >.run/bench-platform.log 2>&1 &
    platform=$!
    trap 'if [ -n "$platform" ]; then kill "$platform" 2>/dev/null; wait "$platform" 2>/dev/null; fi; true' EXIT
    for _ in $(seq 1 900); do
      grep -q "Watchlist is running" .run/bench-platform.log && break
      kill -0 "$platform" 2>/dev/null || { tail -30 .run/bench-platform.log >&2; exit 1; }
      sleep 1
    done
    grep -q "Watchlist is running" .run/bench-platform.log || { say "the platform did not start in 15 minutes"; exit 1; }
  fi
  export BENCH_TOKEN; BENCH_TOKEN=$(./run.sh token officer)
  local body='{"traveller":{"name":"NGUYEN VAN HUNG","birthDate":"1980-05-12"},"context":{"borderPost":"VN-TSN"}}'
  for port in "$gw_port" "$wl_port"; do
    curl -fsS -o /dev/null -X POST "localhost:$port/api/screenings" -H "Authorization: Bearer $BENCH_TOKEN" \
      -H 'Content-Type: application/json' -d "$body" || { say "POST /api/screenings on :$port failed"; exit 1; }
  done
  # Warm-up, which also checks that the script's requests are accepted.
  wrk -t2 -c8 -d5s -s bench/gateway/screening.lua "http://localhost:$gw_port/api/screenings" | tee .run/bench-warmup.txt | grep -q "Non-2xx" &&
    { say "the warm-up got error responses:"; cat .run/bench-warmup.txt >&2; exit 1; }
  for connections in 32 4; do
    load gateway "http://localhost:$gw_port/api/screenings" "$connections" "$duration"
    load direct "http://localhost:$wl_port/api/screenings" "$connections" "$duration"
  done
  load gateway "http://localhost:$gw_port/api/screenings" 1 "$duration"   # one officer alone
  echo
  for connections in 32 4; do
    summary "gateway :$gw_port, $connections conns" ".run/bench-gateway-c$connections.txt"
    summary "watchlist :$wl_port, $connections conns" ".run/bench-direct-c$connections.txt"
  done
  summary "gateway :$gw_port, 1 conn" ".run/bench-gateway-c1.txt"
  # The machine-readable line: 32 connections through the gateway and direct, and one client alone.
  local g=.run/bench-gateway-c32.txt d=.run/bench-direct-c32.txt one=.run/bench-gateway-c1.txt
  printf '{"gateway_rps": %s, "gateway_p50_ms": %s, "gateway_p99_ms": %s, "direct_rps": %s, "direct_p99_ms": %s, ' \
    "$(field rps $g)" "$(field p50 $g)" "$(field p99 $g)" "$(field rps $d)" "$(field p99 $d)"
  printf '"gateway_c1_p50_ms": %s, "non_2xx": %s, "connections": 32}\n' "$(field p50 $one)" \
    "$(( $(field non2xx $g) + $(field non2xx $d) + $(field non2xx $one) ))"
}

case "$command" in
  screening) ensure_bench_database; run_bench screening "$@" ;;
  quality) run_bench quality "$@" ;;
  gateway) gateway "$@" ;;
  retro) bench/retro/run.sh "$@" ;;
  forwarder) ensure_bench_database; dotnet run -c Release --project bench/forwarder -- "$@" ;;
  content) dotnet run -c Release --project bench/content -- "$@" ;;
  *) sed -n '2,8p' "$0" >&2; exit 2 ;;
esac
