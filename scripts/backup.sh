#!/usr/bin/env bash
# ./run.sh backup DIR: every service's database (pg_dump, custom format) and the RabbitMQ definitions, into DIR (new or
# empty), while the platform runs. Databases are dumped consumers first (decision 0065); DIR/manifest records when the
# backup started by the database's clock, which the restore needs to make the forwarders publish again what a consumer
# may not have had yet.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/databases.sh
dir="${1:-}"
[ -n "$dir" ] || die "usage: ./run.sh backup DIR"
need pg_dump psql rabbitmqctl jq
mkdir -p "$dir"
[ -z "$(ls -A "$dir")" ] || die "$dir is not empty: a backup goes into a folder of its own."

# The database's clock, not this machine's: the restore compares it with the events' timestamps, written by the database.
started=$(sql -d "$(database_of watchlist)" -c "select to_char(clock_timestamp() at time zone 'utc', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')")
vhost=$(rabbitmq_vhost)
{ echo "format=watchlist-backup/1"; echo "started=$started"; echo "vhost=${vhost:-*}"; } >"$dir/manifest"
say "backup started at $started (database clock) into $dir"

begin=$(date +%s%N)
for service in "${SERVICES[@]}"; do
  db=$(database_of "$service")
  # One snapshot per database: pg_dump reads in a single repeatable-read transaction and blocks no writer.
  pg_dump --format=custom --file="$dir/$service.dump" --dbname="$db"
  echo "$service=$db" >>"$dir/manifest"
  say "$service: $db ($(du -h "$dir/$service.dump" | cut -f1))"
done

# Definitions only (exchanges, queues, bindings, policies, users, permissions): messages are not backed up; what was in
# flight is published again by the forwarders after a restore. Limited to the services' virtual host when RABBITMQ_URL names one.
# To standard output: the broker's CLI may run as the broker's own user, who cannot write into DIR.
rabbitmqctl -q export_definitions - >"$dir/rabbitmq.all.json"
if [ -n "$vhost" ]; then
  jq --arg v "$vhost" '{rabbit_version, rabbitmq_version, users,
      vhosts: [.vhosts[] | select(.name == $v)], permissions: [.permissions[] | select(.vhost == $v)],
      topic_permissions: [(.topic_permissions // [])[] | select(.vhost == $v)], parameters: [.parameters[] | select(.vhost == $v)],
      policies: [.policies[] | select(.vhost == $v)], queues: [.queues[] | select(.vhost == $v)],
      exchanges: [.exchanges[] | select(.vhost == $v)], bindings: [.bindings[] | select(.vhost == $v)]}' \
    "$dir/rabbitmq.all.json" >"$dir/rabbitmq-definitions.json"
  rm "$dir/rabbitmq.all.json"
else
  mv "$dir/rabbitmq.all.json" "$dir/rabbitmq-definitions.json"
fi
# For the operator: what waited in the queues. A consumer's backlog older than the restore's replay window would be lost.
rabbitmqctl -q list_queues ${vhost:+-p "$vhost"} name messages >"$dir/rabbitmq-queues.txt" 2>/dev/null || true
echo "finished=$(date -u +%Y-%m-%dT%H:%M:%SZ)" >>"$dir/manifest"
say "done in $(( ($(date +%s%N) - begin) / 1000000 )) ms: $(jq '.queues | length' "$dir/rabbitmq-definitions.json") queues," \
  "$(jq '.exchanges | length' "$dir/rabbitmq-definitions.json") exchanges"
