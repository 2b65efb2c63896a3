#!/usr/bin/env bash
# A fresh clone builds with exactly the Dockerfile's install and build steps, and starts: cloned into
# a folder nobody else may enter (mode 700, as a clone in root's home is), run with the embedded
# PostgreSQL, asked for /health, stopped with SIGTERM. Slow (a full install and build): CI runs it
# once before `npm test` (.ci/run).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"

private="$(mktemp -d /tmp/parvis-clean-clone.XXXXXX)"
chmod 700 "$private"
name="parvis-clean-$$"
clone="$private/$name"
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
  rm -rf "$private"
  # As root the embedded PostgreSQL's data lives under /var/lib/parvis, named after the clone.
  rm -rf /var/lib/parvis/data-"$name"-* 2>/dev/null || true
}
trap cleanup EXIT

echo "clean clone: git clone $repo into $clone (parent mode 700)"
git clone --quiet "$repo" "$clone"
cd "$clone"

# The build stage's RUN lines (up to the second FROM), in order, joined across line continuations.
mapfile -t steps < <(awk '
  /^FROM / { stage++ }
  stage == 1 && /^RUN / { line = substr($0, 5); while (line ~ /\\$/) { sub(/\\$/, "", line); getline next_line; line = line next_line } print line }
' Dockerfile)
[ "${#steps[@]}" -gt 0 ] || { echo "clean clone: no RUN step found in the Dockerfile's build stage" >&2; exit 1; }
for step in "${steps[@]}"; do
  echo "clean clone: RUN $step"
  bash -euo pipefail -c "$step"
done

port=$((37000 + RANDOM % 2000))
pg_port=$((59000 + RANDOM % 900))
echo "clean clone: starting on port $port (embedded PostgreSQL on $pg_port)"
PORT="$port" HOST=127.0.0.1 EMBEDDED_PG_PORT="$pg_port" NODE_ENV=production JWT_SECRET="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
  node dist/src/main.js >"$private/server.log" 2>&1 &
pid=$!

deadline=$((SECONDS + 180))
until curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "clean clone: the server exited before answering /health:" >&2
    cat "$private/server.log" >&2
    exit 1
  fi
  if [ "$SECONDS" -ge "$deadline" ]; then
    echo "clean clone: no answer on /health within 180 s:" >&2
    cat "$private/server.log" >&2
    exit 1
  fi
  sleep 0.5
done
echo "clean clone: /health answered $(curl -fsS "http://127.0.0.1:$port/health")"
[ "$(stat -c %a "$private")" = 700 ] || { echo "clean clone: $private is no longer private" >&2; exit 1; }

kill -TERM "$pid"
status=0
wait "$pid" || status=$?
pid=""
if [ "$status" -ne 0 ]; then
  echo "clean clone: the server exited with $status on SIGTERM:" >&2
  cat "$private/server.log" >&2
  exit 1
fi
echo "clean clone: OK (installed and built as the Dockerfile does, started from a private folder, stopped cleanly)"
