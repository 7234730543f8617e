#!/usr/bin/env bash
# Install (if needed) and start a local PostgreSQL on 127.0.0.1 for the store tests.
# Prints the postgresql:// URL to use (as KHALDUN_TEST_PG). Runs as root on Debian 12.
set -euo pipefail
PGUSER_NAME=khaldun
PGPASS=khaldun
PGDB=khaldun_test
PORT="${KHALDUN_PG_PORT:-5432}"

if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
VERSION="$(ls /usr/lib/postgresql | sort -V | tail -1)"

# Debian's package normally creates the "main" cluster; create it when it does not exist.
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$VERSION main"; then
  pg_createcluster "$VERSION" main --port "$PORT" >&2
fi
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $4}' | grep -q online; then
  pg_ctlcluster "$VERSION" main start >&2
fi
PORT="$(pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $3}')"

psql_admin() { su postgres -c "psql -p $PORT -v ON_ERROR_STOP=1 -qtA $*"; }
for _ in $(seq 1 30); do
  psql_admin "-c 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
if [ "$(psql_admin "-c \"select 1 from pg_roles where rolname='$PGUSER_NAME'\"")" != "1" ]; then
  psql_admin "-c \"create role $PGUSER_NAME login password '$PGPASS'\"" >&2
fi
if [ "$(psql_admin "-c \"select 1 from pg_database where datname='$PGDB'\"")" != "1" ]; then
  psql_admin "-c \"create database $PGDB owner $PGUSER_NAME\"" >&2
fi
echo "postgresql://$PGUSER_NAME:$PGPASS@127.0.0.1:$PORT/$PGDB"
