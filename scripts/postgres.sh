#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the test suite, on a private socket and port.
# Source it, then call postgres_start / postgres_stop. Sets POSTGRES_URL.

PG_PORT=${PG_PORT:-54329}
PG_DIR=${PG_DIR:-/tmp/bowlby-pg-$PG_PORT}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
POSTGRES_URL="postgres://bowlby:bowlby@127.0.0.1:$PG_PORT/bowlby"

_pg() {
  # PostgreSQL refuses to run as root: run its tools as the postgres user then.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

postgres_start() {
  if [ -z "$PG_BIN" ]; then echo "postgres: no server found; run scripts/setup.sh as root" >&2; return 1; fi
  if [ ! -f "$PG_DIR/data/PG_VERSION" ]; then
    rm -rf "$PG_DIR"; mkdir -p "$PG_DIR"
    [ "$(id -u)" = 0 ] && chown postgres "$PG_DIR"
    _pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust >/dev/null
  fi
  _pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  _pg "$PG_BIN/psql" -h "$PG_DIR" -p "$PG_PORT" -U postgres -qtc \
    "SELECT 1 FROM pg_roles WHERE rolname='bowlby'" | grep -q 1 || \
    _pg "$PG_BIN/psql" -h "$PG_DIR" -p "$PG_PORT" -U postgres -qc \
      "CREATE ROLE bowlby LOGIN SUPERUSER PASSWORD 'bowlby'"
  _pg "$PG_BIN/psql" -h "$PG_DIR" -p "$PG_PORT" -U postgres -qtc \
    "SELECT 1 FROM pg_database WHERE datname='bowlby'" | grep -q 1 || \
    _pg "$PG_BIN/psql" -h "$PG_DIR" -p "$PG_PORT" -U postgres -qc "CREATE DATABASE bowlby OWNER bowlby"
  export POSTGRES_URL
}

postgres_stop() {
  _pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
}
