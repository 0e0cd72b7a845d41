#!/usr/bin/env bash
# The README's start command as a newcomer runs it: `npm start` in the given clone, then a demo
# lawyer signs in on the served platform. Prints how long the first start took; fails on any npm
# config warning. Usage: scripts/smoke-start.sh <clone> <port>
set -euo pipefail
clone=$1
port=$2
log=$(mktemp /tmp/lx-start.XXXXXX.log)
jar=$(mktemp /tmp/lx-jar.XXXXXX)
base="http://127.0.0.1:$port"
started=$(date +%s)
pidfile=$(mktemp /tmp/lx-pid.XXXXXX)
# Its own process group (the PID recorded from inside: setsid may fork), so stopping ends npm,
# the run script and the server together.
(cd "$clone" && PORT=$port setsid bash -c 'echo $$ >"$0"; exec npm start' "$pidfile" >"$log" 2>&1) &
sleep 1
pid=$(cat "$pidfile")
stop() { kill -TERM -- "-$pid" 2>/dev/null || true; sleep 1; kill -KILL -- "-$pid" 2>/dev/null || true; }
trap stop EXIT
until curl -sf "$base/api/health" >/dev/null; do
  if ! kill -0 "$pid" 2>/dev/null; then
    tail -40 "$log"
    echo "✗ npm start exited before serving" >&2
    exit 1
  fi
  if [ $(($(date +%s) - started)) -gt 1200 ]; then
    tail -40 "$log"
    echo "✗ npm start did not serve within 20 minutes" >&2
    exit 1
  fi
  sleep 2
done
echo "npm start: serving $base after $(($(date +%s) - started)) s (first start on a fresh clone)"
token=$(curl -sf -c "$jar" "$base/api/auth/csrf" | node -pe 'JSON.parse(require("fs").readFileSync(0)).csrfToken')
# 陈建国, the README's first demo lawyer, with his initial password.
me=$(curl -sf -b "$jar" -c "$jar" -H "x-csrf-token: $token" -H 'content-type: application/json' \
  -d '{"login":"14419201995110001","password":"151013"}' "$base/api/auth/login")
echo "$me" | node -e '
  const me = JSON.parse(require("fs").readFileSync(0));
  if (me.displayName !== "陈建国" || me.mustChangePassword !== true) {
    console.error("✗ unexpected sign-in answer", me); process.exit(1);
  }
  console.log("demo lawyer signed in:", me.displayName, "(must change the initial password)");'
curl -sf "$base/" | grep -q '<div id="root">' || { echo "✗ member SPA not served" >&2; exit 1; }
curl -sf "$base/admin/" | grep -q '<div id="root">' || { echo "✗ staff console not served" >&2; exit 1; }
if grep -niE 'npm warn|telemetry' "$log"; then
  echo "✗ npm start printed npm config warnings or a telemetry notice" >&2
  exit 1
fi
rm -f "$log" "$jar"
