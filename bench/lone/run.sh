#!/usr/bin/env bash
# Where one lone screening's time goes, read from the wire: tcpdump on the loopback records every packet between wrk, the
# gateway, the watchlist service and the service's PostgreSQL connections while one client screens alone through the
# gateway; breakdown.py then splits each request into the gateway's hops, the service's work before and after its database
# round trips, and the round trips themselves (the sequence number, the statements, the COMMIT with its WAL flush), and prints
# the medians and tenth percentiles. Nothing in the hosts is changed or slowed; run it against a running platform:
#   bench/lone/run.sh [gateway port, default 8080] [watchlist port, default 8081] [seconds, default 10]
# Needs root (tcpdump on lo; the script installs tcpdump with apt if it is missing) and wrk. The last line is one JSON object.
set -euo pipefail
cd "$(dirname "$0")/../.."
gw="${1:-8080}" wl="${2:-8081}" seconds="${3:-10}"
say() { printf '\033[1;34m[lone]\033[0m %s\n' "$*" >&2; }
command -v tcpdump >/dev/null || { say "installing tcpdump"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tcpdump >/dev/null; }
command -v wrk >/dev/null || { say "installing wrk"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
pid=$(ss -ltnpH "sport = :$wl" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[ -n "$pid" ] || { say "nothing listens on :$wl"; exit 1; }
# The service's pooled connections to PostgreSQL, by their local ports (those open now; the pool is warm after a few requests).
export BENCH_TOKEN; BENCH_TOKEN=$(./run.sh token officer)
wrk -t1 -c1 -d2s -s bench/gateway/screening.lua "http://localhost:$gw/api/screenings" >/dev/null
filter="tcp port $gw or tcp port $wl"
for port in $(ss -tnpH "dport = :5432" | grep "pid=$pid," | awk '{ n = split($4, a, ":"); print a[n] }'); do filter+=" or tcp port $port"; done
out=.run/lone; mkdir -p "$out"
say "capturing $seconds s of one client through :$gw (service pid $pid) at load $(cut -d' ' -f1-3 /proc/loadavg)"
tcpdump -i lo -nn -tt -w "$out/lone.pcap" "$filter" 2>/dev/null & dump=$!
sleep 1
wrk -t1 -c1 -d"${seconds}s" --latency -s bench/gateway/screening.lua "http://localhost:$gw/api/screenings" >"$out/wrk.txt"
sleep 1; kill "$dump"; wait "$dump" 2>/dev/null || true
tcpdump -r "$out/lone.pcap" -nn -tt 2>/dev/null | awk '/length [1-9]/ {
  # The size follows "length" (tcpdump decodes HTTP on 8080 and appends it after "length N:", so not the last field).
  for (i = 1; i < NF; i++) if ($i == "length") { size = $(i + 1); sub(":", "", size) }
  dst = $5; sub(":", "", dst); n = split($3, s, "."); m = split(dst, d, "."); printf "%s %s>%s %s\n", $1, s[n], d[m], size }' >"$out/flow.txt"
grep -E "^ +50%|Requests/sec" "$out/wrk.txt" >&2
python3 bench/lone/breakdown.py "$out/flow.txt" "$gw" "$wl"
