#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the host's tests.
#   eng/postgres.sh start   initdb's a cluster in a new temporary folder as the non-root `postgres` user, starts it
#                           on a unix socket in that folder (no TCP port, so nothing clashes), creates the database
#                           `itsmcore` and prints its Npgsql connection string on stdout (progress goes to stderr).
#   eng/postgres.sh stop    stops that cluster and removes the folder.
# The folder is remembered in $ITSMCORE_PG_STATE (default: a file in the temporary directory).
set -euo pipefail
state=${ITSMCORE_PG_STATE:-${TMPDIR:-/tmp}/itsmcore-postgres.state}
bin=${PG_BIN:-/usr/lib/postgresql/15/bin}

as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/bash -c "$*"
  else
    bash -c "$*"
  fi
}

case "${1:-}" in
  start)
    if [ ! -x "$bin/initdb" ]; then
      echo "postgres.sh: installing PostgreSQL" >&2
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
    fi
    dir=$(mktemp -d "${TMPDIR:-/tmp}/itsmcore-pg.XXXXXX")
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
    as_postgres "'$bin/initdb' -D '$dir/data' -A trust -U postgres -E UTF8 --no-sync" >/dev/null
    as_postgres "'$bin/pg_ctl' -D '$dir/data' -l '$dir/log' -w -o \"-k '$dir' -c listen_addresses='' -c fsync=off -c max_connections=200\" start" >&2
    as_postgres "'$bin/createdb' -h '$dir' -U postgres itsmcore"
    echo "$dir" > "$state"
    echo "Host=$dir;Username=postgres;Database=itsmcore;Pooling=true"
    ;;
  stop)
    if [ -f "$state" ]; then
      dir=$(cat "$state")
      as_postgres "'$bin/pg_ctl' -D '$dir/data' -m immediate -w stop" >&2 || true
      rm -rf "$dir" "$state"
    fi
    ;;
  *)
    echo "usage: eng/postgres.sh start|stop" >&2
    exit 2
    ;;
esac
