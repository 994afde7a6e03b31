#!/usr/bin/env bash
# Cold start of an installed terminal: the time from launching the process to the login window,
# as the terminal logs it ("Login window shown N ms after JVM start"), over RUNS starts under a
# virtual X server. Prints each run and the median.
#
#   installer/linux/measure-start.sh [RUNS] [LAUNCHER]     (default: 5 /opt/ocpizza/bin/ocpizza)
#
# Embedded default unless OCPIZZA_DB_URL (and OCPIZZA_REDIS_URL) are set, as for the terminal.
# Home, data and logs go to a scratch folder; one first start, not counted, creates the embedded
# database and unpacks JavaFX's native libraries, as the terminal's first day does. Needs Xvfb.
set -euo pipefail

RUNS=${1:-5}
LAUNCHER=${2:-/opt/ocpizza/bin/ocpizza}
WORK=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$WORK"' EXIT
export HOME=$WORK XDG_DATA_HOME=$WORK/data XDG_CONFIG_HOME=$WORK/config
LOG=$WORK/data/ocpizza/logs/ocpizza.log

exec 3>"$WORK/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
xvfb=$!
for _ in $(seq 50); do [[ -s $WORK/display ]] && break; sleep 0.1; done
export DISPLAY=:$(cat "$WORK/display")

shown_count() { if [[ -f $LOG ]]; then grep -c 'Login window shown' "$LOG" || true; else echo 0; fi; }

# One start: waits for the login line, stops the terminal, prints the figure.
start_once() {
  local before app pidfile
  before=$(shown_count)
  "$LAUNCHER" >>"$WORK/app.out" 2>&1 &
  app=$!
  for _ in $(seq 600); do
    if (( $(shown_count) > before )); then break; fi
    if ! kill -0 $app 2>/dev/null; then echo "the terminal exited before its login window; see $LOG" >&2; cat "$LOG" >&2; exit 1; fi
    sleep 0.2
  done
  kill -TERM $app; wait $app 2>/dev/null || true
  # A terminal stopped by a signal may leave its embedded PostgreSQL running: stop it by its pid file.
  pidfile=$WORK/data/ocpizza/pgdata/postmaster.pid
  if [[ -f $pidfile ]]; then
    kill -INT "$(head -1 "$pidfile")" 2>/dev/null || true
    for _ in $(seq 50); do [[ -f $pidfile ]] || break; sleep 0.2; done
  fi
  grep 'Login window shown' "$LOG" | tail -1 | sed 's/.*shown \([0-9]*\) ms.*/\1/'
}

echo "first start (not counted): $(start_once) ms"
figures=()
for run in $(seq "$RUNS"); do
  figures+=("$(start_once)")
  echo "run $run: ${figures[-1]} ms"
done
echo "median of $RUNS: $(printf '%s\n' "${figures[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p") ms"
