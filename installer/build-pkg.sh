#!/usr/bin/env bash
# Builds the terminal's macOS installer (.pkg) with jpackage, on a Mac:
#
#   installer/build-pkg.sh      -> target/installer/OC Pizza-<version>.pkg
#
# Needs: JDK 17 (jdeps, jlink, jpackage), Maven, Xcode command-line tools. Build it on macOS: the
# shaded jar must carry JavaFX's macOS native libraries, which Maven picks by the building machine's
# system. Unsigned unless MAC_SIGNING_KEY names a "Developer ID Installer" identity in the keychain
# (no key or password is kept in the repository). Not built nor run by the project's CI (a Linux
# machine); it follows installer/build.sh step by step. See installer/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=target/installer
VERSION=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)
VERSION=${VERSION%-SNAPSHOT}

mvn -B -q -DskipTests package
rm -rf "$OUT"
mkdir -p "$OUT/input"
cp -p target/ocpizza.jar "$OUT/input/"
# The jar carries the embedded PostgreSQL for every platform; keep the macOS one only (x86_64: it
# runs under Rosetta on Apple silicon).
zip -q -d "$OUT/input/ocpizza.jar" postgres-windows-x86_64.txz postgres-linux-x86_64.txz \
  postgres-linux-x86_64-alpine_linux.txz

# The runtime: jdeps' modules plus those only seen at run time (see installer/build.sh for why each).
STATIC_MODULES=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 "$OUT/input/ocpizza.jar")
jlink --add-modules "$STATIC_MODULES,jdk.security.auth,jdk.crypto.ec,jdk.localedata" \
  --include-locales=en,fr --strip-debug --no-header-files --no-man-pages --compress=2 \
  --generate-cds-archive --output "$OUT/runtime"

signing=()
if [[ -n "${MAC_SIGNING_KEY:-}" ]]; then
  signing=(--mac-sign --mac-signing-key-user-name "$MAC_SIGNING_KEY")
fi

# "OC Pizza.app" opens the desktop application; the workspace launchers sit beside it in
# Contents/MacOS (macOS has no per-launcher menu entry): see installer/README.md.
jpackage --type pkg \
  --name "OC Pizza" \
  --app-version "$VERSION" \
  --vendor "OC Pizza" \
  --copyright "Copyright © 2026 OC Pizza" \
  --description "OC Pizza Terminal: caisse, cuisine et back office" \
  --license-file installer/linux/copyright \
  --icon installer/icons/ocpizza.icns \
  --runtime-image "$OUT/runtime" \
  --input "$OUT/input" \
  --main-jar ocpizza.jar \
  --main-class fr.ocpizza.pos.app.Main \
  --java-options '-Dfile.encoding=UTF-8' \
  --add-launcher ocpizza-caisse=installer/launchers/ocpizza-caisse.properties \
  --add-launcher ocpizza-cuisine=installer/launchers/ocpizza-cuisine.properties \
  --add-launcher ocpizza-backoffice=installer/launchers/ocpizza-backoffice.properties \
  --mac-package-identifier fr.ocpizza.terminal \
  --mac-package-name "OC Pizza" \
  --mac-app-category public.app-category.business \
  ${signing[@]+"${signing[@]}"} \
  --dest "$OUT"
ls -l "$OUT"/*.pkg
