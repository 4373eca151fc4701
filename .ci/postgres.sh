#!/usr/bin/env bash
# Installs (from Debian's packages) and starts a local PostgreSQL for the JDBC sink's tests, and makes the
# login role the tests use. Safe to run again and again: every step first checks whether it is already done.
# Runs as root with no standard input (CI), or as a developer through sudo -n.
#
# The tests read WINNOW_TEST_PG_URL, WINNOW_TEST_PG_USER and WINNOW_TEST_PG_PASSWORD, defaulting to what this
# script sets up: jdbc:postgresql://127.0.0.1:5432/postgres, role winnow, password winnow (a throwaway role
# that can only create databases, on a server that listens on the loopback address only).
set -euo pipefail

role="${WINNOW_TEST_PG_USER:-winnow}"
password="${WINNOW_TEST_PG_PASSWORD:-winnow}"
port=5432

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -n -u postgres "$@"; fi
}

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "postgres.sh: installing PostgreSQL from Debian's packages" >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q </dev/null
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql </dev/null
fi

version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
  echo "postgres.sh: creating cluster $version/main" >&2
  as_root pg_createcluster --port "$port" "$version" main </dev/null
fi

if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
  echo "postgres.sh: starting cluster $version/main" >&2
  as_root pg_ctlcluster "$version" main start </dev/null
fi

for _ in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p "$port"; then break; fi
  sleep 0.5
done
pg_isready -h 127.0.0.1 -p "$port" >/dev/null

if ! as_postgres psql -p "$port" -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$role'" </dev/null | grep -q 1; then
  echo "postgres.sh: creating role $role" >&2
  as_postgres psql -p "$port" -q -v ON_ERROR_STOP=1 \
    -c "CREATE ROLE \"$role\" LOGIN CREATEDB PASSWORD '$password'" </dev/null
fi
echo "postgres.sh: PostgreSQL $version is up on 127.0.0.1:$port (role $role)" >&2
