#!/usr/bin/env bash
# What scripts/backup.sh, restore.sh and rebuild.sh share: the services' databases and how to reach them. Sourced.
# Reached with libpq's own variables: PGHOST (127.0.0.1), PGPORT (5432), PGUSER and PGPASSWORD (watchlist, as infra.sh makes
# it). Each service's database and Marten schema are named after it (the hosts' appsettings.json), unless
# WATCHLIST_DATABASE_<SERVICE> / WATCHLIST_SCHEMA_<SERVICE> say otherwise (e.g. WATCHLIST_DATABASE_ALERTS=alerts_copy).
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}"
export PGUSER="${PGUSER:-${WATCHLIST_PG_USER:-watchlist}}" PGPASSWORD="${PGPASSWORD:-${WATCHLIST_PG_PASSWORD:-watchlist}}"
export RABBITMQ_NODENAME="${RABBITMQ_NODENAME:-rabbit@localhost}"

# Consumers before their producers: notifications hears alerts, alerts hears watchlist (decision 0065). Backups dump in
# this order, so every consumer's copy is older than the copy of each service it hears.
SERVICES=(notifications alerts watchlist)
# The services whose forwarder publishes their stored events to RabbitMQ, with its position in their own database.
PRODUCERS=(alerts watchlist)

say() { printf '\033[1;34m[%s]\033[0m %s\n' "$(basename "$0" .sh)" "$*"; }
die() { printf '\033[1;31m[%s]\033[0m %s\n' "$(basename "$0" .sh)" "$*" >&2; exit 1; }

database_of() { local name="WATCHLIST_DATABASE_${1^^}"; printf '%s' "${!name:-$1}"; }
schema_of() { local name="WATCHLIST_SCHEMA_${1^^}"; printf '%s' "${!name:-$1}"; }

# Fails loudly, naming the package, when a tool is missing: a backup that cannot be taken must not look taken.
need() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || die "$tool is missing. Install it (Debian: apt-get install postgresql-client-15 rabbitmq-server jq)."
  done
}

sql() { psql -X -v ON_ERROR_STOP=1 -qAt "$@"; }

# Sessions on a database other than ours: the hosts must be stopped before a restore or a rebuild replaces what they read.
sessions_on() { sql -d postgres -c "select count(*) from pg_stat_activity where datname = '$1' and pid <> pg_backend_pid()"; }

require_stopped() {
  local service db n
  for service in "$@"; do
    db=$(database_of "$service")
    n=$(sessions_on "$db")
    [ "$n" = 0 ] || die "$n sessions are connected to $db: stop the $service hosts first (Ctrl-C ./run.sh; in Kubernetes scale to 0)."
  done
}

# The RabbitMQ virtual host the services use: the path of RABBITMQ_URL ("" for the whole broker, as ./run.sh uses it).
rabbitmq_vhost() {
  local path="${RABBITMQ_URL:-}"
  path="${path#*://}"; [[ "$path" == */* ]] && path="${path#*/}" || path=""
  printf '%b' "${path//%/\\x}"
}
