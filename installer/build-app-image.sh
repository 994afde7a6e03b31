#!/usr/bin/env bash
# Builds a self-contained Linux app image of the terminal (its own Java runtime) with jpackage,
# from the shaded jar: target/installer/ocpizza/bin/ocpizza starts the desktop application, and
# the same launcher takes the command line ("ocpizza doctor"). The .deb, .msi and .pkg recipes,
# desktop entries per workspace and the trimmed runtime are the installers issue's work.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package
rm -rf target/installer
mkdir -p target/installer/input
cp target/ocpizza.jar target/installer/input/
jpackage --type app-image \
  --name ocpizza \
  --app-version "$(mvn -q -DforceStdout help:evaluate -Dexpression=project.version 2>/dev/null | sed 's/-SNAPSHOT//' || echo 1.0.0)" \
  --input target/installer/input \
  --main-jar ocpizza.jar \
  --java-options '-Dfile.encoding=UTF-8' \
  --dest target/installer
echo "App image: target/installer/ocpizza ($(du -sh target/installer/ocpizza | cut -f1))"
