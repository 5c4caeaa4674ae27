# Sourced by the A/B scripts (bench/gateway/ab.sh, bench/alert-path/ab.sh): one side's ports, and starting one side's
# whole platform (./run.sh --demo) on them. The caller defines `say`, `out` (the folder of the logs) and `pids`.

ports() { # base -> the environment of that side's ports
  echo "WATCHLIST_GATEWAY_PORT=$(($1 + 0)) WATCHLIST_WATCHLIST_PORT=$(($1 + 1)) WATCHLIST_ALERTS_PORT=$(($1 + 2))" \
    "WATCHLIST_NOTIFICATIONS_PORT=$(($1 + 3)) WATCHLIST_CONSOLE_PORT=$(($1 + 4))"
}

start() { # name dir base postgres rabbit env
  local name="$1" dir="$2" base="$3"
  say "starting $name ($dir) on :$base ${6:-}"
  # shellcheck disable=SC2046,SC2086
  (cd "$dir" && env $(ports "$base") ConnectionStrings__Postgres="$4" RABBITMQ_URL="$5" WATCHLIST_SKIP_INFRA=1 \
    RateLimits__ScreeningPerSecond=100000 ${6:-} ./run.sh --demo) >"$out/$name-platform.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 900); do
    grep -q "Watchlist is running" "$out/$name-platform.log" && return
    kill -0 "${pids[-1]}" 2>/dev/null || { tail -30 "$out/$name-platform.log" >&2; exit 1; }
    sleep 1
  done
  say "$name did not start"; exit 1
}
