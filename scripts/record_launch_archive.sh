#!/usr/bin/env bash
# Records the app image's class-data archive (AppCDS), which about halves the time the window takes to open: the
# classes a launch loads (JavaFX, RichTextFX, Ikonli, LoopLab) are parsed and verified once, here, instead of at
# every start. Runs the image once with -XX:ArchiveClassesAtExit, opening the window up to its first frame
# (`gui --measure-launch`), and only if the archive was written tells the launcher to map it. Without a display
# (and no xvfb-run), or if anything fails, the image is left as it was: it works, it only starts slower.
#
#   scripts/record_launch_archive.sh IMAGE_DIR        (mvn -Papp-image calls it with target/app-image/LoopLab)
#   LoopLab/lib/app/record-launch-archive.sh          (the copy inside an image records for that image)
#
# The archive is only used where it was recorded: Java 17 checks that looplab.jar has the same path, size and
# modification time as then. A copy of the image in another folder starts without it (silently: the launcher turns
# the JVM's "unable to use shared archive" warning off), as fast as an image without an archive, until this script
# is run once in the new place (docs/install.md).
set -uo pipefail

readonly image=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
[[ -x $image/bin/LoopLab ]] || { echo "record_launch_archive: $image is not a LoopLab app image" >&2; exit 1; }
readonly archive=$image/lib/app/looplab.jsa
readonly cfg=$image/lib/app/LoopLab.cfg

launch=("$image/bin/LoopLab" gui --measure-launch)
if [[ -z ${DISPLAY:-} ]]; then
  if ! command -v xvfb-run > /dev/null; then
    echo "record_launch_archive: no display and no xvfb-run: the image stays without a class-data archive" >&2
    exit 0
  fi
  launch=(xvfb-run -a -s "-screen 0 1280x800x24" "${launch[@]}")
fi

# A throwaway config folder: recording must not read or change the settings of whoever builds the image.
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
# Recording with the launcher's own archive named would make the JVM refuse (the same file in and out), so the
# lines that name it go until a new archive is there.
rm -f "$archive"
sed -i -e '/SharedArchiveFile/d' -e '/-Xlog:cds/d' "$cfg"
XDG_CONFIG_HOME=$config JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive -Xlog:cds=off -Xlog:cds+dynamic=off" \
  "${launch[@]}" 2>&1 | grep -v -e '^Picked up JAVA_TOOL_OPTIONS' -e 'PlatformImpl startup' -e '^WARNING: Unsupported JavaFX'
if [[ ! -s $archive ]]; then
  echo "record_launch_archive: the launch wrote no archive: the image starts without one" >&2
  exit 0
fi
# [JavaOptions] is the last section of jpackage's launcher file, so an appended line belongs to it.
printf '%s\n' 'java-options=-XX:SharedArchiveFile=$APPDIR/looplab.jsa' \
  'java-options=-Xlog:cds=off' 'java-options=-Xlog:cds+dynamic=off' >> "$cfg"
echo "record_launch_archive: $(du -h "$archive" | cut -f1) class-data archive recorded; the launcher maps it"
