#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on loopback for the tests, from Debian's `postgresql` package.
#
#   bash .ci/postgres.sh start   # installs the package if missing (as root), starts the cluster, prints the connection string
#   bash .ci/postgres.sh stop    # stops it and removes its folder
#
# The cluster lives in ADVISORBOT_PG_DIR (default: a folder under /tmp) and listens on 127.0.0.1:ADVISORBOT_PG_PORT
# (default 55432, or the next free port) only. It is a test server: durability is traded for speed (fsync off). It has one database and one user, both "advisorbot". Only the connection string goes to
# standard output, so `export ADVISORBOT_TEST_POSTGRES="$(bash .ci/postgres.sh start)"` is all a caller needs; the
# tests read that variable and each makes a schema of its own.
set -euo pipefail

dir="${ADVISORBOT_PG_DIR:-/tmp/advisorbot-postgres}"
port="${ADVISORBOT_PG_PORT:-55432}"
if [ -z "${ADVISORBOT_PG_PORT:-}" ] && [ "${1:-start}" = start ] && [ ! -f "$dir/data/postmaster.pid" ]; then
  # The default port taken by something else: the next free one.
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
fi
password="${ADVISORBOT_PG_PASSWORD:-advisorbot-test}"

say() { echo "postgres.sh: $*" >&2; }

bindir() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$found" ] && command -v pg_config >/dev/null; then found=$(pg_config --bindir); fi
  echo "$found"
}

# Runs a command as the cluster's owner: PostgreSQL refuses to run as root, so root runs it as "postgres".
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

install_if_missing() {
  if [ -n "$(bindir)" ] && [ -x "$(bindir)/initdb" ]; then return; fi
  if [ "$(id -u)" -ne 0 ]; then
    say "PostgreSQL is not installed; install Debian's package first: sudo apt-get install postgresql"
    exit 1
  fi
  say "installing Debian's postgresql package"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
}

start() {
  install_if_missing
  local bin; bin=$(bindir)
  if [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    port=$(sed -n 4p "$dir/data/postmaster.pid")
    say "already running in $dir"
  else
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$dir"; fi
    printf '%s\n' "$password" > "$dir/superuser-password"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$dir/superuser-password"; fi
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/superuser-password" \
      --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >&2 \
      || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q >&2 <<SQL
CREATE ROLE advisorbot LOGIN PASSWORD '$password';
CREATE DATABASE advisorbot OWNER advisorbot;
SQL
    say "started on 127.0.0.1:$port (folder $dir)"
  fi
  echo "Host=127.0.0.1;Port=$port;Database=advisorbot;Username=advisorbot;Password=$password"
}

stop() {
  local bin; bin=$(bindir)
  if [ -n "$bin" ] && [ -d "$dir/data" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  fi
  rm -rf "$dir"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  *) say "usage: $0 start|stop"; exit 2 ;;
esac
