#!/usr/bin/env bash
# Runs every test in the solution against real PostgreSQL and RabbitMQ (installed and started
# if missing), after the layout check. Its exit code is the result. Extra arguments go to each `dotnet test`.
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
# Every host a test process starts shares this one pool: 30 ran dry once late in a loaded run (the retro, retention and
# forwarder loops of the second wave each take connections), so 100; two test processes stay well under the server's 500.
export WATCHLIST_TEST_POSTGRES="${WATCHLIST_TEST_POSTGRES:-Host=127.0.0.1;Port=5432;Database=watchlist_tests;Username=watchlist;Password=watchlist;SSL Mode=Disable;Maximum Pool Size=100}"

# Hosts in tests read no configuration files that change: no inotify watchers (a user has 128), which several
# platforms started side by side would otherwise use up.
export DOTNET_hostBuilder__reloadConfigOnChange=false DOTNET_USE_POLLING_FILE_WATCHER=1

# The layout of the code (.editorconfig, 140 columns), checked beside the build; a bad layout fails the run.
scripts/layout.sh & layout=$!
logs=$(mktemp -d)
run() { # run <log name> <project> [dotnet test arguments…]
  local rc=0 began=$SECONDS
  dotnet test "tests/$2/$2.csproj" -c Debug --no-build --nologo "${@:3}" >"$logs/$1.log" 2>&1 || rc=$?
  echo "$rc" >"$logs/$1.status"
  echo "[test] $1 ($((SECONDS - began)) s): $(grep -E '(Passed|Failed)!' "$logs/$1.log" | tail -1 || echo "exit $rc")"
}
# Tests by class: <namespace> <op> <classes…> prints a filter; '~' selects the classes, '!~' everything else.
of() {
  local ns=$1 op=$2 f=() c sep='|'; shift 2; [ "$op" = '!~' ] && sep='&'
  for c in "$@"; do f+=("FullyQualifiedName$op$ns.$c."); done
  local IFS=$sep; echo "${f[*]}"
}
it=Watchlist.Tests.Integration con=Watchlist.Tests.Console
# What must run apart: the broker restart stops RabbitMQ under everyone that uses it; three tests time what a person waits for
# (a live hit on SSE while an import is re-screened, an alert on an open board, another user's change on an open page, each
# within a second), and run alone, on a machine that nothing else is loading.
broker=(Notifications.BrokerRestartTests)
timed_it=(Alerts.LiveBeforeRetroTests)
timed=(EndToEnd.AlertBoardTests EndToEnd.AlertPageLiveTests)
# The rest of the integration tests in two processes, by namespace.
second=(Operations Governance Foundation)
lowered() { renice -n 10 -p "$BASHPID" >/dev/null; }
dotnet build Watchlist.sln -c Debug --nologo -v q
wait $layout
# 1. The broker restart, beside the tests that use no broker (decision 0146).
( run $it.Broker $it --filter "$(of $it '~' "${broker[@]}")" "$@" ) &
( lowered; for p in Watchlist.Tests.Unit Watchlist.Tests.Matching Watchlist.Tests.Deployment; do run "$p" "$p" "$@"; done ) &
wait
# 2. Two lanes for two cores, each an integration half and then a process that keeps a core busy by itself (the fuzz suite,
# the browser tests but the timed ones): the integration tests wait on their servers, and alone they left a core idle.
( run $it $it --filter "$(of $it '!~' "${second[@]}" "${broker[@]}" "${timed_it[@]}")" "$@"
  run Watchlist.Tests.Fuzz Watchlist.Tests.Fuzz "$@" ) &
( run $it.Second $it --filter "$(of $it '~' "${second[@]}")" "$@"
  run $con $con --filter "$(of $con '!~' "${timed[@]}")" "$@" ) &
wait
# 3. Alone, one after the other: the tests that time a second. The filters of each assembly together select every test once.
run $it.Timed $it --filter "$(of $it '~' "${timed_it[@]}")" "$@"
run $con.Timed $con --filter "$(of $con '~' "${timed[@]}")" "$@"

status=0
for log in "$logs"/*.log; do
  name=$(basename "$log" .log)
  cat "$log"
  [ "$(cat "$logs/$name.status")" = 0 ] || { echo "FAILED: $name" >&2; status=1; }
done
# One closing line for the whole run, summed over the test assemblies.
cat "$logs"/*.log | awk '/(Passed|Failed)!/ { for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }'
rm -rf "$logs"
exit "$status"
