#!/usr/bin/env bash
# Makes sure PostgreSQL and RabbitMQ are installed, running and provisioned.
# Idempotent: a second run only checks. Sourced by run.sh and test.sh.
set -euo pipefail

PG_USER="${WATCHLIST_PG_USER:-watchlist}"
PG_PASSWORD="${WATCHLIST_PG_PASSWORD:-watchlist}"
PG_DATABASES="${WATCHLIST_PG_DATABASES:-watchlist alerts notifications watchlist_tests}"

say() { printf '\033[1;34m[infra]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[infra]\033[0m %s\n' "$*" >&2; exit 1; }

can_install() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; }

apt_install() {
  can_install || die "Missing: $*. Install them (Debian/Ubuntu: apt-get install $*), or point ConnectionStrings__Postgres and RABBITMQ_URL at running servers and set WATCHLIST_SKIP_INFRA=1."
  if [ ! -f /tmp/.watchlist-apt-updated ]; then
    say "apt-get update"; apt-get update -qq && touch /tmp/.watchlist-apt-updated
  fi
  say "installing $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_postgres() {
  if ! command -v pg_ctlcluster >/dev/null; then apt_install postgresql postgresql-contrib; fi
  if ! pg_isready -q -h 127.0.0.1; then
    local cluster; cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
    [ -n "$cluster" ] || die "PostgreSQL is installed but has no cluster; run pg_createcluster."
    say "starting PostgreSQL ($cluster)"
    # shellcheck disable=SC2086
    pg_ctlcluster $cluster start || true
    for _ in $(seq 1 60); do pg_isready -q -h 127.0.0.1 && break; sleep 0.5; done
    pg_isready -q -h 127.0.0.1 || die "PostgreSQL did not start; see /var/log/postgresql/."
  fi
  psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -qtA $*"; }
  # Every host keeps a connection pool, and the tests start many hosts: the default 100 is too few.
  if [ "$(psql_admin "-c 'SHOW max_connections'")" -lt "${WATCHLIST_PG_MAX_CONNECTIONS:-500}" ]; then
    say "raising PostgreSQL max_connections to ${WATCHLIST_PG_MAX_CONNECTIONS:-500} (restart)"
    psql_admin "-c 'ALTER SYSTEM SET max_connections = ${WATCHLIST_PG_MAX_CONNECTIONS:-500}'"
    # shellcheck disable=SC2046
    pg_ctlcluster $(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}') restart
    for _ in $(seq 1 60); do pg_isready -q -h 127.0.0.1 && break; sleep 0.5; done
  fi
  if [ "$(psql_admin "-c \"SELECT 1 FROM pg_roles WHERE rolname='$PG_USER'\"")" != 1 ]; then
    say "creating role $PG_USER"
    psql_admin "-c \"CREATE ROLE $PG_USER LOGIN CREATEDB PASSWORD '$PG_PASSWORD'\""
  fi
  for db in $PG_DATABASES; do
    if [ "$(psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname='$db'\"")" != 1 ]; then
      say "creating database $db"
      psql_admin "-c \"CREATE DATABASE $db OWNER $PG_USER\""
    fi
  done
}

ensure_rabbitmq() {
  if ! command -v rabbitmq-server >/dev/null; then apt_install rabbitmq-server; fi
  export RABBITMQ_NODENAME="${RABBITMQ_NODENAME:-rabbit@localhost}"
  if rabbitmqctl -q status >/dev/null 2>&1; then return; fi
  # A node that answers slowly (a loaded machine) is still running and registered with epmd: starting a second one
  # would fight it for its name, so wait for it instead.
  if epmd -names 2>/dev/null | grep -q "^name ${RABBITMQ_NODENAME%@*} "; then
    say "waiting for the running RabbitMQ node"
  else
    say "starting RabbitMQ"
    rabbitmq-plugins enable --offline rabbitmq_management >/dev/null 2>&1 || true
    rabbitmq-server -detached >/dev/null 2>&1 || true
  fi
  # await_startup fails at once until the node has registered, so retry it.
  for _ in $(seq 1 60); do
    rabbitmqctl -q await_startup >/dev/null 2>&1 && return
    sleep 1
  done
  die "RabbitMQ did not start; see /var/log/rabbitmq/."
}

if [ "${WATCHLIST_SKIP_INFRA:-0}" != 1 ]; then
  ensure_postgres
  ensure_rabbitmq
  say "PostgreSQL and RabbitMQ are up"
fi
