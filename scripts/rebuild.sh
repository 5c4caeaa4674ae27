#!/usr/bin/env bash
# ./run.sh rebuild: writes every read model that is a projection of a service's own event store again from the events
# (watchlist: entry list, list policies, access log; alerts: alert board), with the hosts stopped. The in-memory screening
# index and crossing window are rebuilt by every start anyway. Which stores are projections: README "Backup and restore".
# WATCHLIST_CONFIGURATION (Release) is the build that runs; WATCHLIST_NO_BUILD=1 uses it as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/databases.sh
need psql dotnet
configuration="${WATCHLIST_CONFIGURATION:-Release}"
declare -A projects=([watchlist]="services/watchlist/Watchlist.WatchlistService" [alerts]="services/alerts/Watchlist.Alerts")
require_stopped watchlist alerts
for service in watchlist alerts; do
  project="${projects[$service]}"
  if [ "${WATCHLIST_NO_BUILD:-0}" != 1 ]; then
    dotnet build "$project.csproj" -c "$configuration" -v q -nologo -clp:ErrorsOnly >/dev/null
  fi
  folder="$(dirname "$project")/bin/$configuration/net10.0"
  [ -f "$folder/$(basename "$project").dll" ] || die "$folder/$(basename "$project").dll is missing: build it first."
  # The host's own configuration (appsettings, ASPNETCORE_ENVIRONMENT, keys), pointed at the database named here.
  if ! output=$(cd "$folder" && ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}" \
      ConnectionStrings__Postgres="Host=$PGHOST;Port=$PGPORT;Database=$(database_of "$service");Username=$PGUSER;Password=$PGPASSWORD" \
      Marten__Schema="$(schema_of "$service")" dotnet "$(basename "$project").dll" --rebuild-read-models 2>&1); then
    tail -30 <<<"$output" >&2
    die "rebuilding $service's read models failed."
  fi
  grep '^\[rebuild\]' <<<"$output"
done
say "done; start the platform (./run.sh): each host loads its in-memory indexes from the rebuilt documents."
