#!/usr/bin/env bash
# Cold start (issue 17): from `./run.sh` to the first 1,000 screenings answered through the gateway, and the first minute's
# latency against a warm minute's. Starts the platform itself (it must not be running) on the ports, database and vhost the
# environment gives run.sh (WATCHLIST_*_PORT, ConnectionStrings__Postgres, RABBITMQ_URL), loads it at CONNECTIONS (32) from the
# moment it is ready for DURATION (60 s), then again for DURATION warm, and stops it. Run `./run.sh --demo` once on the same
# database first, so that the lists are there to load. The last line is one JSON object. See bench/README.md, "Cold start".
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${DURATION:-60}"; connections="${CONNECTIONS:-32}"; gw_port="${WATCHLIST_GATEWAY_PORT:-8080}"
say() { printf '\033[1;34m[cold-start]\033[0m %s\n' "$*" >&2; }
out=.run/cold-start; mkdir -p "$out"; : >"$out/marks.txt"
curl -fsS "localhost:$gw_port/health/ready" >/dev/null 2>&1 && { say "a platform already answers on :$gw_port; stop it first"; exit 1; }
now() { date +%s.%N; }
ms() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f", (b - a) * 1000 }'; }

t0=$(now)
RateLimits__ScreeningPerSecond=100000 ./run.sh >"$out/platform.log" 2>&1 &
platform=$!
trap 'kill "$platform" 2>/dev/null; wait "$platform" 2>/dev/null; true' EXIT
built=""
for _ in $(seq 1 9000); do
  [ -z "$built" ] && grep -q "waiting for the hosts" "$out/platform.log" && built=$(now)
  grep -q "Watchlist is running" "$out/platform.log" && break
  kill -0 "$platform" 2>/dev/null || { tail -30 "$out/platform.log" >&2; exit 1; }
  sleep 0.1
done
ready=$(now)
export BENCH_TOKEN; BENCH_TOKEN=$(./run.sh token officer)
say "ready $(ms "$t0" "$ready") ms after ./run.sh (build $(ms "$t0" "$built") ms)"
# The first screenings the watchlist service answers once ready, one at a time and directly (no gateway): what a warm-up in
# readiness is for. Five, so that a single slow one is seen beside the ones after it.
wl_port="${WATCHLIST_WATCHLIST_PORT:-8081}"; first=()
for i in 1 2 3 4 5; do
  first+=("$(curl -fsS -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $BENCH_TOKEN" -H 'Content-Type: application/json' \
    -d "{\"traveller\":{\"name\":\"TRAN VAN BINH $i\",\"birthDate\":\"1980-01-0$i\"},\"context\":{\"borderPost\":\"VN-TSN\"}}" \
    "localhost:$wl_port/api/screenings" | awk '{ printf "%.1f", $1 * 1000 }')")
done
say "first five screenings directly on the watchlist service: ${first[*]} ms; load: wrk -t2 -c$connections -d${duration}s"
MARK_AT=500 MARK_FILE="$out/marks.txt" wrk -t2 -c"$connections" -d"${duration}s" --latency -s bench/cold-start/first-answers.lua \
  "http://localhost:$gw_port/api/screenings" >"$out/first-minute.txt"
first_1000=$(sort -n "$out/marks.txt" | tail -1)
wrk -t2 -c"$connections" -d"${duration}s" --latency -s bench/gateway/screening.lua "http://localhost:$gw_port/api/screenings" \
  >"$out/warm.txt"
field() { # rps | p50 | p99 | non2xx of a wrk report, latencies in ms
  awk -v want="$1" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /Non-2xx/ { errors = $NF }
    END { if (want == "rps") print rps + 0; else if (want == "p50") print p50 + 0; else if (want == "p99") print p99 + 0;
          else print errors + 0 }' "$2"
}
f="$out/first-minute.txt" w="$out/warm.txt"
say "first 1,000 screenings answered $(ms "$t0" "$first_1000") ms after ./run.sh ($(ms "$ready" "$first_1000") ms after ready)"
say "first minute: $(field rps "$f") req/s, p99 $(field p99 "$f") ms; warm minute: $(field rps "$w") req/s, p99 $(field p99 "$w") ms"
printf '{"build_ms": %s, "start_to_ready_ms": %s, "first_direct_ms": %s, "first_five_direct_ms": [%s], ' \
  "$(ms "$t0" "$built")" "$(ms "$t0" "$ready")" "${first[0]}" "$(IFS=,; echo "${first[*]}")"
printf '"start_to_1000_ms": %s, "ready_to_1000_ms": %s, ' "$(ms "$t0" "$first_1000")" "$(ms "$ready" "$first_1000")"
printf '"first_minute_rps": %s, "first_minute_p99_ms": %s, "warm_rps": %s, "warm_p99_ms": %s, "p99_ratio": %s, "non_2xx": %s}\n' \
  "$(field rps "$f")" "$(field p99 "$f")" "$(field rps "$w")" "$(field p99 "$w")" \
  "$(awk -v a="$(field p99 "$f")" -v b="$(field p99 "$w")" 'BEGIN { printf "%.2f", a / b }')" \
  "$(( $(field non2xx "$f") + $(field non2xx "$w") ))"
