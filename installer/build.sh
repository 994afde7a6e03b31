#!/usr/bin/env bash
# Builds the terminal's Linux installers with jpackage, from the shaded jar:
#
#   installer/build.sh [app-image|deb|all]        (default: all)
#
#   target/installer/ocpizza/                     app image: bin/ocpizza (+ one launcher per workspace),
#                                                 lib/app/linux/: the kitchen's systemd user unit and autostart entry
#   target/installer/ocpizza_<version>_amd64.deb  Debian/Ubuntu package, installs to /opt/ocpizza
#
# Both carry their own Java runtime, trimmed by jlink to the modules the jar needs, and a class-data
# sharing archive (lib/app/ocpizza.jsa) recorded by a training start of the terminal. Needs JDK 17
# (jdeps, jlink, jpackage), zip, fakeroot and dpkg-deb for the .deb; Xvfb (apt: xvfb) for the best training
# (otherwise `doctor` trains); root or user namespaces (unshare) to train at /opt/ocpizza.
# Windows and macOS: installer/build-msi.ps1 and installer/build-pkg.sh. See installer/README.md.
set -euo pipefail

WHAT=${1:-all}
case "$WHAT" in
  app-image|deb|all) ;;
  *) echo "usage: installer/build.sh [app-image|deb|all]" >&2; exit 2 ;;
esac

cd "$(dirname "$0")/.."
OUT=target/installer
NAME=ocpizza
# jpackage installs a .deb named ocpizza in /opt/ocpizza; the class archive is trained there.
INSTALL_DIR=/opt/$NAME
VERSION=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)
VERSION=${VERSION%-SNAPSHOT}
started=$SECONDS
say() { echo "[build.sh $((SECONDS - started)) s] $*"; }

# 1. The shaded jar (OCPIZZA_SKIP_PACKAGE=1 reuses target/ocpizza.jar).
if [[ "${OCPIZZA_SKIP_PACKAGE:-0}" != 1 || ! -f target/ocpizza.jar ]]; then
  say "mvn package"
  mvn -B -q -DskipTests package
fi
rm -rf "$OUT"
mkdir -p "$OUT/input"
cp -p target/ocpizza.jar "$OUT/input/"
# The jar carries the embedded PostgreSQL for every platform; a Linux terminal needs only its own
# (the glibc build): 63 MB less to install.
zip -q -d "$OUT/input/ocpizza.jar" postgres-darwin-x86_64.txz postgres-windows-x86_64.txz \
  postgres-linux-x86_64-alpine_linux.txz

# 2. The runtime: what jdeps sees in the jar, plus what only shows when the terminal runs (each
#    was found missing by running the trimmed image; see installer/README.md, "Runtime modules").
say "jdeps + jlink"
STATIC_MODULES=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 "$OUT/input/ocpizza.jar")
RUNTIME_MODULES=(
  jdk.security.auth   # the embedded PostgreSQL asks com.sun.security.auth's UnixSystem whether it runs as root
  jdk.crypto.ec       # TLS to a PostgreSQL or Redis server (elliptic-curve key exchange and certificates)
  jdk.localedata      # French number, currency and date formats (--include-locales keeps fr and en only)
)
MODULES="$STATIC_MODULES,$(IFS=,; echo "${RUNTIME_MODULES[*]}")"
jlink --add-modules "$MODULES" \
  --include-locales=en,fr \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  --generate-cds-archive \
  --output "$OUT/runtime"
say "runtime: $(du -sh "$OUT/runtime" | cut -f1), modules $MODULES"

# 3. The app image: one launcher for the command line and the default desktop, one per workspace.
#    -Xshare:auto: the class archive is used when its paths match (installed in /opt/ocpizza) and
#    silently ignored otherwise (an app image copied elsewhere still runs, only slower to start).
#    -Xlog:cds=off,cds+dynamic=off: should the archive not match (a jar copied without its date),
#    Java warns on stderr at every command; the terminal then simply starts without it.
#    -XX:TieredStopAtLevel=1: only the quick JIT compiler; on 2 busy cores the optimising one took
#    CPU from the start itself (measured: docs/benchmarks.md). A terminal never needs its peak speed.
say "jpackage app-image"
jpackage --type app-image \
  --name "$NAME" \
  --app-version "$VERSION" \
  --vendor "OC Pizza" \
  --copyright "Copyright © 2026 OC Pizza" \
  --description "OC Pizza Terminal: caisse, cuisine et back office des pizzerias OC Pizza" \
  --icon installer/icons/ocpizza-256.png \
  --runtime-image "$OUT/runtime" \
  --input "$OUT/input" \
  --main-jar ocpizza.jar \
  --main-class fr.ocpizza.pos.app.Main \
  --java-options '-Dfile.encoding=UTF-8' \
  --java-options "-XX:SharedArchiveFile=\$APPDIR/$NAME.jsa" \
  --java-options '-Xshare:auto' \
  --java-options '-Xlog:cds=off,cds+dynamic=off' \
  --java-options '-XX:TieredStopAtLevel=1' \
  --add-launcher ocpizza-caisse=installer/launchers/ocpizza-caisse.properties \
  --add-launcher ocpizza-cuisine=installer/launchers/ocpizza-cuisine.properties \
  --add-launcher ocpizza-backoffice=installer/launchers/ocpizza-backoffice.properties \
  --dest "$OUT"

# The desktop entries, linked into /usr/share/applications by the .deb's postinst (in lib/app:
# jpackage carries only bin/ and lib/ of an app image into the .deb).
mkdir -p "$OUT/$NAME/lib/app/desktop"
cp installer/linux/applications/*.desktop "$OUT/$NAME/lib/app/desktop/"
# The kitchen's start at login, shipped but not enabled (one machine per pizzeria is the kitchen's;
# its user enables one of the two: docs/operations.md, "Starting, stopping, updating", section 2).
mkdir -p "$OUT/$NAME/lib/app/linux"
cp installer/linux/ocpizza-kitchen.service installer/linux/ocpizza-kitchen-autostart.desktop "$OUT/$NAME/lib/app/linux/"

# 4. The class-data sharing archive, recorded at the path the .deb installs to.
installer/linux/train-cds.sh "$OUT/$NAME" "$INSTALL_DIR"
say "app image: $OUT/$NAME ($(du -sh "$OUT/$NAME" | cut -f1))"

# 5. The .deb, from that app image.
if [[ "$WHAT" != app-image ]]; then
  say "jpackage deb"
  # jpackage's postinst and prerm templates, extended (installer/linux): /usr/bin/ocpizza, the
  # desktop entries, and the jar's date that the class archive was recorded with.
  mkdir -p "$OUT/resources"
  cp installer/linux/prerm "$OUT/resources/"
  sed "s/OCPIZZA_JAR_MTIME/$(stat -c %Y "$OUT/$NAME/lib/app/ocpizza.jar")/" installer/linux/postinst >"$OUT/resources/postinst"
  jpackage --type deb \
    --name "$NAME" \
    --app-version "$VERSION" \
    --vendor "OC Pizza" \
    --copyright "Copyright © 2026 OC Pizza" \
    --description "OC Pizza Terminal: caisse, cuisine et back office des pizzerias OC Pizza" \
    --license-file installer/linux/copyright \
    --app-image "$OUT/$NAME" \
    --resource-dir "$OUT/resources" \
    --linux-package-name "$NAME" \
    --linux-deb-maintainer it@ocpizza.example \
    --linux-menu-group "Office;Finance;" \
    --linux-app-category misc \
    --linux-app-release 1 \
    --linux-package-deps libgtk-3-0 \
    --dest "$OUT"
  say "deb: $(ls "$OUT"/*.deb) ($(du -h "$OUT"/*.deb | cut -f1))"
fi
say "done"
