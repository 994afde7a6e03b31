#!/usr/bin/env bash
# Renders ocpizza.svg to the icon files the installers take (run after editing the SVG; the outputs
# are committed so that building an installer needs no image tools):
#   ocpizza-256.png, -128, -48 (Linux, jpackage --icon and the desktop entries),
#   ocpizza.ico (Windows: 16 to 256 in one file), ocpizza.icns (macOS).
# Needs: apt-get install -y librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 32 48 128 256 512; do
  rsvg-convert -w "$size" -h "$size" ocpizza.svg -o "/tmp/ocpizza-$size.png"
done
for size in 48 128 256; do
  cp "/tmp/ocpizza-$size.png" "ocpizza-$size.png"
done
# /usr/bin/convert by its full path: ImageMagick 6 from Debian.
/usr/bin/convert /tmp/ocpizza-16.png /tmp/ocpizza-32.png /tmp/ocpizza-48.png /tmp/ocpizza-128.png /tmp/ocpizza-256.png ocpizza.ico
png2icns ocpizza.icns /tmp/ocpizza-16.png /tmp/ocpizza-32.png /tmp/ocpizza-48.png /tmp/ocpizza-128.png /tmp/ocpizza-256.png /tmp/ocpizza-512.png >/dev/null
rm -f /tmp/ocpizza-{16,32,48,128,256,512}.png
ls -l ocpizza-*.png ocpizza.ico ocpizza.icns
