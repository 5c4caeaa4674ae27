#!/usr/bin/env bash
# Runs every test in the solution against real PostgreSQL and RabbitMQ (installed and started
# if missing). Its exit code is the result. Extra arguments go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")"
command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required: https://dot.net (Debian: apt-get install dotnet-sdk-10.0)." >&2; exit 1; }
source scripts/infra.sh
# The GraphQL subscription tests drive the npm reference client (graphql-ws) with Node.js.
command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm
# The console's browser tests drive Debian's chromium with Playwright, which cannot download browsers of its own here.
[ -x /usr/bin/chromium ] || apt_install chromium

export RABBITMQ_URL="${RABBITMQ_URL:-amqp://guest:guest@localhost:5672/}"
# The fuzz suite's seed: each commit has its own, so a run is replayed from the commit alone (FUZZ_SEED=<n> overrides;
# outside a git checkout the suite draws one). The seed is printed with the fuzz report.
if [ -z "${FUZZ_SEED:-}" ] && commit=$(git rev-parse --short=15 HEAD 2>/dev/null); then export FUZZ_SEED=$((16#$commit)); fi
export WATCHLIST_TEST_POSTGRES="${WATCHLIST_TEST_POSTGRES:-Host=127.0.0.1;Port=5432;Database=watchlist_tests;Username=watchlist;Password=watchlist;Maximum Pool Size=30}"

log=$(mktemp)
set +e
dotnet test Watchlist.sln -c Debug --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One closing line for the whole run, summed over the test assemblies.
awk '/(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
