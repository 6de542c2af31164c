#!/usr/bin/env bash
# Takes the README's screenshots from the real window: the built jar under Xvfb (1280x800 unless SIZE=WxH is set
# for a shot, software pipeline), each opened with `gui FILE --at SECONDS [--inspect TASK]` and a settings file for
# its theme and zoom.
# Needs: apt-get install -y xvfb libgtk-3-0 imagemagick; the jar: mvn -q -o -DskipTests package.
# Usage: scripts/screenshots.sh [OUT_DIR]   (default assets/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-assets/screenshots}
jar=target/looplab.jar
[ -f "$jar" ] || { echo "build the jar first: mvn -q -o -DskipTests package" >&2; exit 2; }
mkdir -p "$out"

# [SIZE=WxH] shot NAME THEME ZOOM FILE ARGS...: one PNG of the whole screen, 10 s after launch (the run and layout
# are done by then)
shot() {
  local name=$1 theme=$2 zoom=$3 size=${SIZE:-1280x800}; shift 3
  local config
  rm -f "$out/$name.png"
  config=$(mktemp -d)
  mkdir -p "$config/looplab"
  printf '{"theme":"%s","zoom":%s,"speed":"NORMAL"}\n' "$theme" "$zoom" > "$config/looplab/settings.json"
  XDG_CONFIG_HOME=$config xvfb-run -a -s "-screen 0 ${size}x24" sh -c \
    "java -Dprism.order=sw -jar $jar gui --size $size $* >/dev/null 2>&1 & P=\$!; sleep 10; import -window root '$out/$name.png'; kill \$P"
  rm -rf "$config"
  [ -s "$out/$name.png" ] || { echo "no screenshot written: $out/$name.png" >&2; exit 1; }
  echo "$out/$name.png"
}

shot mid-run-three-fetches LIGHT 1.0 lessons/02-the-minimal-example/main.py --at 0.5
shot blocked-loop LIGHT 1.0 lessons/05-blocking-code-stalls-the-loop/main.py --at 0.3
shot blocked-loop-high-contrast HIGH_CONTRAST 1.0 lessons/05-blocking-code-stalls-the-loop/main.py --at 0.3
shot cancellation LIGHT 1.0 lessons/07-cancellation-and-cleanup/main.py --at 1.3 --inspect Task-2
shot executor LIGHT 1.0 lessons/06-offloading-to-threads/main.py --at 1.0 --inspect Task-1
shot semaphore-crawl-dark DARK 1.0 lessons/11-back-pressure-with-a-semaphore/main.py --at 0.05
shot zoom-150 LIGHT 1.5 lessons/02-the-minimal-example/main.py --at 0.5
shot zoom-200 LIGHT 2.0 lessons/02-the-minimal-example/main.py --at 0.5
SIZE=1920x1080 shot zoom-200-1920x1080 LIGHT 2.0 lessons/02-the-minimal-example/main.py --at 0.5
