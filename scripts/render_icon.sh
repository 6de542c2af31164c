#!/usr/bin/env bash
# Renders assets/icon.svg to the raster icons jpackage takes: PNG for Linux (256 and 512 px) and ICO for
# Windows. The rendered files are committed, so only someone who changes the SVG needs to run this.
# Needs ImageMagick's convert and rsvg-convert (Debian: imagemagick librsvg2-bin), which convert calls for SVG.
set -euo pipefail
cd "$(dirname "$0")/../assets"

for size in 256 512; do
  # -strip leaves out the timestamps ImageMagick writes, so an unchanged SVG renders to identical bytes.
  convert -background none -density 384 icon.svg -resize "${size}x${size}" -strip "icon-${size}.png"
done
convert -background none -density 384 icon.svg -define icon:auto-resize=256,64,48,32,16 icon.ico
ls -l icon-256.png icon-512.png icon.ico
