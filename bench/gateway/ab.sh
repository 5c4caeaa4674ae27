#!/usr/bin/env bash
# A/B of the HTTP path: two checkouts' platforms side by side, ./bench.sh gateway on each in turn (A B A B ...), so that both
# see the same machine at nearly the same moment; prints every run's JSON line, the medians, and the ratios B/A.
#   bench/gateway/ab.sh <checkout A> [rounds, default 2] [duration, default 10s]      (B is this checkout)
# Each side needs its own database and vhost (the schemas and queue names are the same):
#   AB_POSTGRES_A / AB_POSTGRES_B   connection strings      AB_RABBITMQ_A / AB_RABBITMQ_B   amqp URLs
# AB_ENV_A / AB_ENV_B add settings to one side's hosts, e.g. AB_ENV_B="DOTNET_gcServer=1" with A and B the same code, or
# AB_ENV_A="Screening__MaxRecordGroup=1" for a baseline without group commit.
# A runs on ports 8280-8284 and B on 8380-8384 (AB_PORT_A, AB_PORT_B move the first of each). Both are stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/../.."
a_dir=$(cd "${1:?checkout A}" && pwd); b_dir=$(pwd); rounds="${2:-2}"; duration="${3:-10s}"
: "${AB_POSTGRES_A:?}" "${AB_POSTGRES_B:?}" "${AB_RABBITMQ_A:?}" "${AB_RABBITMQ_B:?}"
say() { printf '\033[1;34m[ab]\033[0m %s\n' "$*" >&2; }
out=.run/ab; mkdir -p "$out"; pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true' EXIT

source bench/gateway/sides.sh

port_a="${AB_PORT_A:-8280}" port_b="${AB_PORT_B:-8380}"
start A "$a_dir" "$port_a" "$AB_POSTGRES_A" "$AB_RABBITMQ_A" "${AB_ENV_A:-}"
start B "$b_dir" "$port_b" "$AB_POSTGRES_B" "$AB_RABBITMQ_B" "${AB_ENV_B:-}"
: >"$out/A.jsonl"; : >"$out/B.jsonl"
for round in $(seq 1 "$rounds"); do
  for side in A B; do
    dir=$a_dir; base=$port_a; [ "$side" = B ] && { dir=$b_dir; base=$port_b; }
    say "round $round: $side"
    # shellcheck disable=SC2046
    (cd "$dir" && env $(ports "$base") ./bench.sh gateway "$duration") 2>"$out/$side-$round.err" | tail -1 | grep '^{' |
      tee -a "$out/$side.jsonl" || say "$side failed in round $round; see $out/$side-$round.err"
  done
done

python3 - "$out/A.jsonl" "$out/B.jsonl" <<'PY'
import json, statistics, sys
a, b = ([json.loads(l) for l in open(f) if l.strip()] for f in sys.argv[1:3])
keys = ["gateway_rps", "gateway_p50_ms", "gateway_p99_ms", "direct_rps", "direct_p99_ms", "gateway_c1_p50_ms", "non_2xx"]
print(f"| figure | A (median of {len(a)}) | B (median of {len(b)}) | B/A |")
print("| --- | ---: | ---: | ---: |")
for k in keys:
    ma, mb = statistics.median(r[k] for r in a), statistics.median(r[k] for r in b)
    print(f"| {k} | {ma:g} | {mb:g} | {(mb / ma if ma else float('nan')):.2f} |")
PY
