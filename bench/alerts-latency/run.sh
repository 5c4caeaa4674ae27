#!/usr/bin/env bash
# Alert latency: from a screening's answer to the alert in GET /api/alerts. Needs the platform running (./run.sh).
# HITS (1000), CONCURRENCY (4), POLL_MS (50) and GATEWAY (http://localhost:8080) may be set.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
export ADMIN_TOKEN="$("$root/run.sh" token admin VN-MPS)"
export OFFICER_TOKEN="$("$root/run.sh" token officer VN-MPS)"
export CC_TOKEN="$("$root/run.sh" token command-centre VN-MPS)"
exec dotnet run -c Release --project "$root/bench/alerts-latency" "$@"
