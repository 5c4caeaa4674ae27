#!/usr/bin/env bash
# Does the alert path keep up with the gateway's load (issue 17)? Runs wrk at CONNECTIONS (32) through the gateway for
# DURATION (60s) against a running platform (./run.sh --demo), samples the alerts service's crossing and hit queues every
# SAMPLE_S (5) seconds during the run and until they are empty again (at most DRAIN_S, 600), then reads hit -> alert from the
# alerts database: for every live hit of the run, the time from its screening to the transaction that raised or counted its
# alert, and what PostgreSQL did meanwhile (CPU seconds of the database's backends, the board's row updates and size). The
# last line is one JSON object. See bench/README.md, "The alert path".
#   GATEWAY (http://localhost:8080) VHOST (/) QUEUE_PREFIX ('') ALERTS_PG (postgresql://watchlist:watchlist@127.0.0.1/alerts)
#   ALERTS_SCHEMA (alerts) DURATION (60) CONNECTIONS (32) SAMPLE_S (5) DRAIN_S (600)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
gateway="${GATEWAY:-http://localhost:8080}"; vhost="${VHOST:-/}"; prefix="${QUEUE_PREFIX:-}"
alerts_pg="${ALERTS_PG:-postgresql://watchlist:watchlist@127.0.0.1/alerts}"; schema="${ALERTS_SCHEMA:-alerts}"
duration="${DURATION:-60}"; connections="${CONNECTIONS:-32}"; every="${SAMPLE_S:-5}"; drain_max="${DRAIN_S:-600}"
export RABBITMQ_NODENAME="${RABBITMQ_NODENAME:-rabbit@localhost}"
say() { printf '\033[1;34m[alert-path]\033[0m %s\n' "$*" >&2; }
out="$root/.run/alert-path"; mkdir -p "$out"

# The alerts service's queues of live traffic: single crossings, crossing bundles, hits (names as the endpoint formatter gives).
depths() {
  rabbitmqctl -q list_queues -p "$vhost" name messages 2>/dev/null | awk -v p="$prefix" '
    index($1, p) == 1 && $1 !~ /_error$|_skipped$/ {
      q = tolower(substr($1, length(p) + 1)); gsub(/[-_]/, "", q)
      if (q == "crossingbundle") b += $2; else if (q == "crossing") c += $2; else if (q == "hit") h += $2
    }
    END { printf "%d %d %d\n", c, b, h }'
}
sql() { psql "$alerts_pg" -qtAX -c "$1"; }
# Messages waiting in any queue of this platform (retro and entry changes included).
# Queues nobody consumes (a test run's leftovers in the same vhost) are not the platform being busy.
busy() {
  rabbitmqctl -q list_queues -p "$vhost" name messages consumers 2>/dev/null | awk -v p="$prefix" '
    index($1, p) == 1 && $1 !~ /_error$|_skipped$/ && $3 > 0 { n += $2 } END { print n + 0 }'
}

export BENCH_TOKEN; BENCH_TOKEN=$("$root/run.sh" token officer)
# A platform just started with --demo is still indexing and re-screening the lists it imported: screenings then clear, and
# the crossings' late checks raise retro alerts in their place. Wait until a listed traveller of the load hits and every queue
# of the alerts service is empty.
listed='{"traveller":{"name":"NGUYEN VAN HUNG","birthDate":"1980-05-12","nationality":"VN"},"context":{"borderPost":"VN-TSN"}}'
for i in $(seq 1 300); do
  curl -fsS -X POST "$gateway/api/screenings" -H "Authorization: Bearer $BENCH_TOKEN" -H 'Content-Type: application/json' \
    -d "$listed" | grep -q '"decision":"MATCH"' && [ "$(busy)" = 0 ] && break
  [ "$i" = 300 ] && { say "the demo's listed traveller does not hit, or the alerts service stays busy"; exit 1; }
  sleep 2
done
say "warm-up: 5 s at 8 connections"
wrk -t2 -c8 -d5s -s "$root/bench/gateway/screening.lua" "$gateway/api/screenings" >"$out/warmup.txt"
for _ in $(seq 1 300); do [ "$(busy)" = 0 ] && break; sleep 1; done
since=$(sql "select now()")
# What PostgreSQL did for the run (decision 0092): the alert schema's writes and sizes, and the CPU seconds of the backends
# connected to the alerts database (every service's, when the platform shares one database).
tables() {
  sql "select relname, n_tup_ins, n_tup_upd, pg_total_relation_size(relid) from pg_stat_user_tables
    where schemaname = '$schema' and relname in ('mt_doc_alertview', 'mt_events', 'mt_doc_countedscreening') order by relname"
}
backend_cpu() {  # pid and utime + stime in clock ticks, for each backend of the database
  for pid in $(sql "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()"); do
    [ -r "/proc/$pid/stat" ] && awk -v p="$pid" '{ sub(/^.*\) /, ""); print p, $12 + $13 }' "/proc/$pid/stat"
  done
}
tables >"$out/tables-before.txt"; backend_cpu >"$out/cpu-before.txt" || true
say "load: wrk -t2 -c$connections -d${duration}s through $gateway, queues sampled every ${every}s"
wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$root/bench/gateway/screening.lua" "$gateway/api/screenings" \
  >"$out/wrk.txt" &
wrk_pid=$!
start=$(date +%s); : >"$out/depths.txt"
printf '%6s %10s %10s %8s\n' "t_s" crossings bundles hits >&2
peak_during=0; at_end=""; drained=""
while :; do
  sleep "$every"
  t=$(($(date +%s) - start)); read -r c b h <<<"$(depths)"
  printf '%6d %10d %10d %8d\n' "$t" "$c" "$b" "$h" | tee -a "$out/depths.txt" >&2
  if kill -0 "$wrk_pid" 2>/dev/null; then
    [ $((c + b + h)) -gt "$peak_during" ] && peak_during=$((c + b + h))
  else
    [ -z "$at_end" ] && { at_end="$c $b $h"; wait "$wrk_pid" || true; }
    # t counts whole seconds from just after wrk's launch, so it can read one short of the duration when wrk has ended.
    [ $((c + b + h)) -eq 0 ] && { drained=$((t > duration ? t - duration : 0)); break; }
    [ "$t" -gt $((duration + drain_max)) ] && { drained=-1; break; }
  fi
done
read -r end_c end_b end_h <<<"$at_end"
tables >"$out/tables-after.txt"; backend_cpu >"$out/cpu-after.txt" || true
# Ticks since the start for backends that were there, all their ticks for backends opened since (closed ones are not seen).
pg_cpu_s=$(awk -v hz="$(getconf CLK_TCK)" 'FNR == NR { start[$1] = $2; next } { t += $2 - start[$1] } END { printf "%.1f", t / hz }' \
  "$out/cpu-before.txt" "$out/cpu-after.txt")
board=$(awk -F'|' 'FNR == NR { ins[$1] = $2; upd[$1] = $3; next }
  { printf "%s%s: %d inserted, %d updated, %d kB", n++ ? "; " : "", $1, $2 - ins[$1], $3 - upd[$1], $4 / 1024 }' \
  "$out/tables-before.txt" "$out/tables-after.txt")
view_upd=$(awk -F'|' 'FNR == NR { u[$1] = $3; next } $1 == "mt_doc_alertview" { print $3 - u[$1] }' \
  "$out/tables-before.txt" "$out/tables-after.txt")
view_kb=$(awk -F'|' '$1 == "mt_doc_alertview" { print int($4 / 1024) }' "$out/tables-after.txt")
# hit -> alert: the screening (the hit's screenedAt) to the transaction that appended its alert's raising or repeated hit.
read -r hits p50 p99 max <<<"$(sql "
  with h as (
    select extract(epoch from (e.timestamp - (e.data->'hit'->>'screenedAt')::timestamptz)) * 1000 as ms
    from \"$schema\".mt_events e
    where e.type in ('alert_raised', 'hit_repeated') and e.timestamp >= '$since'
      and not coalesce((e.data->'hit'->>'retro')::boolean, false))
  select count(*), round(percentile_cont(0.5) within group (order by ms)),
    round(percentile_cont(0.99) within group (order by ms)), round(max(ms)) from h" | tr '|' ' ')"
rps=$(awk '/Requests\/sec/ { print $2 }' "$out/wrk.txt"); non2xx=$(awk '/Non-2xx/ { print $NF }' "$out/wrk.txt")
say "screenings/s $rps; queued at the end of the load: crossings $end_c, bundles $end_b, hits $end_h; drained ${drained}s later"
say "hit -> alert over $hits hits: p50 ${p50:-?} ms, p99 ${p99:-?} ms, max ${max:-?} ms"
say "PostgreSQL: ${pg_cpu_s} CPU s in the database's backends; $board"
printf '{"screenings_per_s": %s, "non_2xx": %s, "peak_queued_during": %s, "queued_at_end": {"crossings": %s, "bundles": %s, "hits": %s}, ' \
  "${rps:-0}" "${non2xx:-0}" "$peak_during" "$end_c" "$end_b" "$end_h"
printf '"drain_s": %s, "hits": %s, "hit_to_alert_p50_ms": %s, "hit_to_alert_p99_ms": %s, "hit_to_alert_max_ms": %s, ' \
  "$drained" "${hits:-0}" "${p50:-null}" "${p99:-null}" "${max:-null}"
printf '"pg_cpu_s": %s, "board_rows_updated": %s, "board_kb": %s}\n' "${pg_cpu_s:-null}" "${view_upd:-null}" "${view_kb:-null}"
