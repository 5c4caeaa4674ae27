#!/usr/bin/env bash
# A/B of the alert path (and, with AB_GATEWAY, the HTTP path): two platforms side by side, bench/alert-path/run.sh on each in
# turn (A B A B ...), then `./bench.sh gateway $AB_GATEWAY` on each in turn if asked; prints every JSON line and the medians.
#   bench/alert-path/ab.sh <checkout A> [rounds, default 2]        (B is this checkout; A may be "." with AB_ENV_A)
# As bench/gateway/ab.sh: AB_POSTGRES_A/B (connection strings, one database each), AB_RABBITMQ_A/B (amqp URLs, one vhost
# each), AB_ENV_A/B (settings for one side's hosts), AB_PORT_A/B (first port of each side, 8280 and 8380). DURATION and
# CONNECTIONS go to run.sh. Both platforms are stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
a_dir=$(cd "${1:?checkout A}" && pwd); b_dir=$(pwd); rounds="${2:-2}"
: "${AB_POSTGRES_A:?}" "${AB_POSTGRES_B:?}" "${AB_RABBITMQ_A:?}" "${AB_RABBITMQ_B:?}"
say() { printf '\033[1;34m[alert-path ab]\033[0m %s\n' "$*" >&2; }
out=.run/alert-path-ab; mkdir -p "$out"; pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true' EXIT

source bench/gateway/sides.sh

# The pieces alert-path/run.sh needs of a side: its gateway, vhost and the alerts service's database as a psql URL.
side_env() { # base postgres rabbit
  local db; db=$(sed -n 's/.*Database=\([^;]*\).*/\1/p' <<<"$2")
  echo "GATEWAY=http://localhost:$1 VHOST=${3##*/} ALERTS_PG=postgresql://watchlist:watchlist@127.0.0.1/$db ALERTS_SCHEMA=alerts"
}

port_a="${AB_PORT_A:-8280}" port_b="${AB_PORT_B:-8380}"
start A "$a_dir" "$port_a" "$AB_POSTGRES_A" "$AB_RABBITMQ_A" "${AB_ENV_A:-}"
start B "$b_dir" "$port_b" "$AB_POSTGRES_B" "$AB_RABBITMQ_B" "${AB_ENV_B:-}"
: >"$out/A.jsonl"; : >"$out/B.jsonl"; : >"$out/A-gateway.jsonl"; : >"$out/B-gateway.jsonl"
for round in $(seq 1 "$rounds"); do
  for side in A B; do
    base=$port_a; pg=$AB_POSTGRES_A; mq=$AB_RABBITMQ_A
    [ "$side" = B ] && { base=$port_b; pg=$AB_POSTGRES_B; mq=$AB_RABBITMQ_B; }
    say "round $round: $side alert path (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    # shellcheck disable=SC2046
    env $(side_env "$base" "$pg" "$mq") bench/alert-path/run.sh 2>"$out/$side-$round.err" | tail -1 | grep '^{' |
      tee -a "$out/$side.jsonl" || say "$side failed in round $round; see $out/$side-$round.err"
  done
  [ -n "${AB_GATEWAY:-}" ] && for side in A B; do
    base=$port_a; [ "$side" = B ] && base=$port_b
    say "round $round: $side gateway $AB_GATEWAY (load average $(cut -d' ' -f1-3 /proc/loadavg))"
    # shellcheck disable=SC2046
    env $(ports "$base") ./bench.sh gateway "$AB_GATEWAY" 2>"$out/$side-gateway-$round.err" | tail -1 | grep '^{' |
      tee -a "$out/$side-gateway.jsonl" || say "$side gateway failed in round $round"
  done
done

python3 - "$out" <<'PY'
import json, os, statistics, sys
out = sys.argv[1]
def table(suffix, keys):
    a, b = ([json.loads(l) for l in open(f"{out}/{s}{suffix}.jsonl") if l.strip()] for s in "AB")
    if not a or not b: return
    print(f"| figure | A (median of {len(a)}) | B (median of {len(b)}) | B/A | per round B/A |")
    print("| --- | ---: | ---: | ---: | --- |")
    for k in keys:
        ma, mb = statistics.median(r[k] for r in a), statistics.median(r[k] for r in b)
        rounds = ", ".join(f"{rb[k] / ra[k]:.2f}" if ra[k] else "-" for ra, rb in zip(a, b))
        print(f"| {k} | {ma:g} | {mb:g} | {(mb / ma if ma else float('nan')):.2f} | {rounds} |")
table("", ["screenings_per_s", "non_2xx", "peak_queued_during", "drain_s", "hits", "hit_to_alert_p50_ms",
           "hit_to_alert_p99_ms", "pg_cpu_s"])
table("-gateway", ["gateway_rps", "gateway_p50_ms", "gateway_p99_ms", "direct_rps", "direct_p99_ms", "gateway_c1_p50_ms",
                   "non_2xx"])
PY
