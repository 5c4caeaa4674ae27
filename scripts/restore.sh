#!/usr/bin/env bash
# ./run.sh restore DIR: replaces every service's database with its copy in DIR (made by ./run.sh backup), imports the
# RabbitMQ definitions, and moves each forwarder back to the events stored from WATCHLIST_RESTORE_REPLAY (1 hour) before
# the backup started, so that what was on its way to a consumer when the consumer's copy was taken is published again
# (consumers drop what they already have; decision 0065). Stop the hosts first; start them afterwards as usual.
# ./run.sh restore --pitr TIME: after a point-in-time recovery of the databases to TIME (UTC, 2026-12-01T10:15:00Z), only
# moves the forwarders back, the same way.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/databases.sh
replay="${WATCHLIST_RESTORE_REPLAY:-1 hour}"
[[ "$replay" =~ ^[0-9]+\ (second|minute|hour|day)s?$ ]] || die "WATCHLIST_RESTORE_REPLAY must read like '1 hour' or '30 minutes'."
moment='^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z$'

# The forwarder's position is in its producer's database, which was dumped after its consumers: it may be past events a
# consumer's copy has not handled. It goes back to the first event stored within the replay window before $started.
rewind_forwarders() {
  local service db schema again
  for service in "${PRODUCERS[@]}"; do
    db=$(database_of "$service"); schema=$(schema_of "$service")
    [ "$(sql -d "$db" -c "select to_regclass('\"$schema\".mt_event_progression') is not null")" = t ] || continue
    again=$(sql -d "$db" -c "
      update \"$schema\".mt_event_progression set last_seq_id = least(last_seq_id, coalesce(
        (select min(seq_id) - 1 from \"$schema\".mt_events where timestamp >= timestamptz '$started' - interval '$replay'),
        (select coalesce(max(seq_id), 0) from \"$schema\".mt_events)))
      where name like 'forwarder%';
      -- Marten inserts the row of a subscription it finds at 0 (new), so a row back at 0 must not exist.
      delete from \"$schema\".mt_event_progression where name like 'forwarder%' and last_seq_id = 0;
      select count(*) from \"$schema\".mt_events
      where seq_id > coalesce((select min(last_seq_id) from \"$schema\".mt_event_progression where name like 'forwarder%'), 0)")
    say "$service: the forwarder publishes $again stored events again (from $replay before $started)"
  done
}

if [ "${1:-}" = --pitr ]; then
  started="${2:-}"
  [[ "$started" =~ $moment ]] || die "usage: ./run.sh restore --pitr TIME (UTC, e.g. 2026-12-01T10:15:00Z)"
  need psql
  require_stopped "${PRODUCERS[@]}"
  rewind_forwarders
  exit 0
fi

dir="${1:-}"
[ -n "$dir" ] || die "usage: ./run.sh restore DIR | --pitr TIME"
need pg_restore psql rabbitmqctl jq
manifest="$dir/manifest"
[ -f "$manifest" ] && grep -qx 'format=watchlist-backup/1' "$manifest" || die "$dir holds no backup made by ./run.sh backup."
grep -q '^finished=' "$manifest" || die "the backup in $dir did not finish."
started=$(sed -n 's/^started=//p' "$manifest")
[[ "$started" =~ $moment ]] || die "the manifest's start time is unreadable: $started"

# Everything is checked before anything is dropped: a restore that cannot finish must not begin.
for service in "${SERVICES[@]}"; do
  pg_restore --list "$dir/$service.dump" >/dev/null || die "$dir/$service.dump is missing or unreadable."
done
[ -s "$dir/rabbitmq-definitions.json" ] || die "$dir/rabbitmq-definitions.json is missing."
require_stopped "${SERVICES[@]}"

begin=$(date +%s%N)
for service in "${SERVICES[@]}"; do
  db=$(database_of "$service")
  sql -d postgres -c "DROP DATABASE IF EXISTS \"$db\"" -c "CREATE DATABASE \"$db\""
  # One transaction: a database is restored whole or left empty, never half.
  pg_restore --no-owner --exit-on-error --single-transaction --dbname="$db" "$dir/$service.dump"
  say "$service: $db restored"
done

rewind_forwarders

# An absolute path, readable by the broker's user (the CLI may run as it). The import finishes asynchronously: wait for its queues.
definitions="$(cd "$dir" && pwd)/rabbitmq-definitions.json"
rabbitmqctl -q import_definitions "$definitions" >/dev/null
queues_missing() {
  local vhost listing name missing=0
  for vhost in $(jq -r '[.queues[].vhost] | unique | .[]' "$definitions"); do
    listing=$(rabbitmqctl -q list_queues -p "$vhost" --no-table-headers name 2>/dev/null || true)
    while IFS= read -r name; do grep -qxF -- "$name" <<<"$listing" || missing=$((missing + 1)); done \
      < <(jq -r --arg v "$vhost" '.queues[] | select(.vhost == $v) | .name' "$definitions")
  done
  echo "$missing"
}
for _ in $(seq 1 120); do missing=$(queues_missing); [ "$missing" = 0 ] && break; sleep 0.5; done
[ "$missing" = 0 ] || die "$missing queues of the definitions are still missing from RabbitMQ after 60 s."
say "RabbitMQ definitions imported ($(sed -n 's/^vhost=//p' "$manifest"): $(jq '.queues | length' "$definitions") queues)"
say "restored in $(( ($(date +%s%N) - begin) / 1000000 )) ms; start the platform (./run.sh). ./run.sh rebuild is optional."
