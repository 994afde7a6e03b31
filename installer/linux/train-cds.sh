#!/usr/bin/env bash
# Records the class-data sharing archive of an app image: lib/app/ocpizza.jsa, the classes a start
# of the terminal loads, already parsed and verified, which the launcher maps at the next starts
# (-XX:SharedArchiveFile=$APPDIR/ocpizza.jsa, set by build.sh).
#
#   installer/linux/train-cds.sh APP_IMAGE_DIR INSTALL_DIR
#
# Java 17 uses such an archive only when the jar has the very path it had when the archive was
# recorded, so the training runs with APP_IMAGE_DIR mounted at INSTALL_DIR (/opt/ocpizza, where the
# .deb installs it) in a private mount namespace: the build machine's /opt is not touched.
# Training: a desktop start on the embedded default, under a virtual X server, stopped once the
# login window shows; without Xvfb, `ocpizza doctor` on the embedded default (fewer classes).
# Everything it writes (embedded database, logs, JavaFX cache) goes to a temporary folder.
set -euo pipefail

APP=$(cd "$1" && pwd)
INSTALL_DIR=$2
JSA=lib/app/ocpizza.jsa

if [[ "${OCPIZZA_IN_NAMESPACE:-}" != 1 ]]; then
  rm -f "$APP/$JSA"
  if [[ $(id -u) == 0 ]]; then unshare_flags=(--mount); else unshare_flags=(--map-root-user --mount); fi
  if ! OCPIZZA_IN_NAMESPACE=1 unshare "${unshare_flags[@]}" "$0" "$APP" "$INSTALL_DIR"; then
    echo "train-cds: no archive recorded (needs root or user namespaces for unshare); the terminal starts without it" >&2
    rm -f "$APP/$JSA"
    exit 0
  fi
  ls -l "$APP/$JSA"
  exit 0
fi

# In the private mount namespace: a scratch /opt (or whatever holds INSTALL_DIR) with the image at INSTALL_DIR.
mount --make-rprivate /
PARENT=$(dirname "$INSTALL_DIR")
mount -t tmpfs tmpfs "$PARENT"
mkdir -p "$INSTALL_DIR"
mount --bind "$APP" "$INSTALL_DIR"

WORK=$(mktemp -d)
trap 'stop_postgres; rm -rf "$WORK"' EXIT
stop_postgres() {
  # A terminal stopped by a signal leaves its embedded PostgreSQL running: stop ours, by its pid file.
  local pidfile="$WORK/data/ocpizza/pgdata/postmaster.pid"
  if [[ -f $pidfile ]]; then kill -INT "$(head -1 "$pidfile")" 2>/dev/null || true; sleep 1; fi
}
export HOME=$WORK XDG_DATA_HOME=$WORK/data XDG_CONFIG_HOME=$WORK/config
unset OCPIZZA_DB_URL OCPIZZA_REDIS_URL DISPLAY
LOG=$WORK/data/ocpizza/logs/ocpizza.log
# The launcher's own options and class path, exactly (see lib/app/ocpizza.cfg), plus the recording.
JAVA=("$INSTALL_DIR/lib/runtime/bin/java" -XX:ArchiveClassesAtExit="$INSTALL_DIR/$JSA" -Dfile.encoding=UTF-8 -XX:TieredStopAtLevel=1
      -Djava.class.path="$INSTALL_DIR/lib/app/ocpizza.jar" fr.ocpizza.pos.app.Main)

if command -v Xvfb >/dev/null; then
  exec 3>"$WORK/display"
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
  xvfb=$!
  for _ in $(seq 50); do [[ -s $WORK/display ]] && break; sleep 0.1; done
  DISPLAY=:$(cat "$WORK/display") "${JAVA[@]}" >"$WORK/training.out" 2>&1 &
  app=$!
  for _ in $(seq 360); do
    if grep -q 'Login window shown' "$LOG" 2>/dev/null; then break; fi
    if grep -q 'could not start' "$LOG" 2>/dev/null || ! kill -0 $app 2>/dev/null; then
      echo "train-cds: the terminal did not reach the login window:" >&2
      cat "$LOG" >&2 || true
      kill $app $xvfb 2>/dev/null || true
      exit 1
    fi
    sleep 0.5
  done
  grep 'Login window shown' "$LOG"
  # The archive is written as the JVM exits, a signal's exit included.
  kill -TERM $app
  wait $app || true
  kill $xvfb
else
  echo "train-cds: no Xvfb, training with 'ocpizza doctor' (apt-get install xvfb for a better archive)" >&2
  "${JAVA[@]}" doctor >"$WORK/training.out" 2>&1 || true
fi
[[ -s $INSTALL_DIR/$JSA ]]
