#!/usr/bin/env bash
# The API load check of BENCHMARKS.md: 50 connections for 30 s each on health (the baseline: no
# work behind it), search and events, against a server on this machine's loopback only.
# Usage: dyad-server/load/run.sh PORT   (with `dyad serve --port PORT` running on a workspace)
set -euo pipefail
port=${1:?usage: run.sh PORT}
here=$(cd "$(dirname "$0")" && pwd)
base="http://127.0.0.1:$port"
run() {
  local name=$1 paths=$2
  printf '%-8s ' "$name"
  PATHS="$paths" wrk -t2 -c50 -d30s --timeout 10s -s "$here/api.lua" "$base" | grep '^RESULT'
}
run health "/api/health"
run search "/api/search?q=Iran&limit=10 /api/search?q=%22al-Qaeda%22+AND+Iran /api/search?q=Hezbollah+AND+Syria&limit=20 /api/search?q=sanction*&from=2005-01-01 /api/search?q=Taliban~&outlet=kabul-dispatch"
run events "/api/events?source=IRN&limit=100 /api/events?target=IMG /api/events?root=19&limit=200 /api/events?from=2005-01-01&to=2008-12-31 /api/events?source=USA&target=IRN"
