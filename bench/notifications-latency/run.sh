#!/usr/bin/env bash
# Notification latency: from AlertRaised on the bus to the SSE event at several readers. Needs the platform running (./run.sh).
# ALERTS (1000), RATE (200/s), READERS (4), SLOW_MS (50), TARGET (http://localhost:8080), RABBITMQ_URL, ENDPOINT_PREFIX may be set.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
export CC_TOKEN="$("$root/run.sh" token command-centre VN-MPS)"
exec dotnet run -c Release --project "$root/bench/notifications-latency" "$@"
