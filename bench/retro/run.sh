#!/usr/bin/env bash
# Retro-screening at manifest scale, against real PostgreSQL and RabbitMQ and the real watchlist, alerts and gateway hosts
# (started by the bench as processes). CROSSINGS (100000), IMPORT_BASELINE (10), BENCH_PG and RABBITMQ_URL may be set.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
export ADMIN_TOKEN="$("$root/run.sh" token admin VN-MPS)"
export OFFICER_TOKEN="$("$root/run.sh" token officer VN-MPS)"
export CC_TOKEN="$("$root/run.sh" token command-centre VN-MPS)"
for project in services/watchlist services/alerts gateway; do
  dotnet build "$root/$project" -c Release -v q -nologo -clp:ErrorsOnly
done
exec dotnet run -c Release --project "$root/bench/retro" -- "$@"
