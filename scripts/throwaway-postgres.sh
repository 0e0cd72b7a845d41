#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 cluster (as the postgres user: initdb refuses root) on a spare
# port in a temp dir, and prints its URL. Stop it with: scripts/throwaway-postgres.sh stop <dir>
set -euo pipefail
# The postgres user cannot enter the caller's directory (a clone under /tmp, /root…).
cd /
BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
if [ "${1:-}" = "stop" ]; then
  runuser -u postgres -- "$BIN/pg_ctl" -D "$2/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$2"
  exit 0
fi
[ -x "$BIN/initdb" ] || { echo "PostgreSQL binaries not found in $BIN" >&2; exit 1; }
PORT=${PG_PORT:-$(node -e "const s=require('net').createServer().listen(0,()=>{console.log(s.address().port);s.close()})")}
DIR=$(mktemp -d /tmp/lx-pg.XXXXXX)
chown postgres "$DIR"
runuser -u postgres -- "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
echo "postgresql://postgres@127.0.0.1:$PORT/postgres $DIR"
