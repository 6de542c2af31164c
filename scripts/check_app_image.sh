#!/usr/bin/env bash
# Builds LoopLab's app image (mvn -Papp-image) and checks that it stands on its own, as it must on a classroom PC
# with no JDK: the launcher, the bundled runtime, the icon and the lessons are inside; a copy moved to another
# folder runs a program from a clean environment on its own runtime, with CPython's output; and, when Xvfb is
# installed, the launcher with no arguments opens the window (a screenshot is kept for a person to look at).
#
#   scripts/check_app_image.sh [MAVEN OPTIONS...]      e.g. scripts/check_app_image.sh -o
#
# Needs python3 (the oracle for the expected output); the window check also needs xvfb-run and ImageMagick.
set -euo pipefail
cd "$(dirname "$0")/.."

readonly IMAGE=target/app-image/LoopLab
readonly SCREENSHOT=$PWD/target/app-image-window.png
readonly WINDOW_TIMEOUT_S=60
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
  echo "check_app_image: FAIL: $*" >&2
  exit 1
}

pass() {
  echo "check_app_image: ok: $*"
}

build_image() {
  local started=$SECONDS
  mvn -q -Papp-image -DskipTests "$@" package
  [[ -d $IMAGE ]] || fail "mvn -Papp-image did not produce $IMAGE"
  pass "built $IMAGE in $((SECONDS - started)) s, $(du -sh "$IMAGE" | cut -f1)"
}

check_layout() {
  [[ -x $IMAGE/bin/LoopLab ]] || fail "no executable launcher $IMAGE/bin/LoopLab"
  [[ -f $IMAGE/lib/runtime/lib/server/libjvm.so ]] || fail "no bundled Java runtime in $IMAGE/lib/runtime"
  [[ -f $IMAGE/lib/app/looplab.jar ]] || fail "no looplab.jar in $IMAGE/lib/app"
  cmp -s "$IMAGE/lib/LoopLab.png" assets/icon-512.png || fail "the image's icon is not assets/icon-512.png"
  grep -qx 'java-options=-Dlooplab.lessons=$APPDIR/lessons' "$IMAGE/lib/app/LoopLab.cfg" \
    || fail "the launcher does not name the bundled lessons folder ($IMAGE/lib/app/LoopLab.cfg)"
  pass "launcher, runtime ($(grep '^MODULES=' "$IMAGE/lib/runtime/release")), jar and icon are in place"
}

check_lessons() {
  local lessons=$IMAGE/lib/app/lessons
  [[ -n $(find lessons -name '*.py' 2>/dev/null | head -1) ]] || fail "lessons/ holds no lesson: nothing to bundle"
  diff -r lessons "$lessons" > "$work/lessons.diff" || fail "the image's lessons differ from lessons/: $(head -5 "$work/lessons.diff")"
  pass "all $(find "$lessons" -name '*.py' | wc -l) lesson programs are inside, identical to lessons/"
}

# A teacher copies the folder anywhere; a space in the path and an environment without JAVA_HOME or a java on
# PATH must not matter. glibc's loader log shows which libjvm.so the launcher really loaded.
copy_image_elsewhere() {
  mkdir -p "$work/Class room" "$work/home"
  cp -a "$IMAGE" "$work/Class room/"
  echo "$work/Class room/LoopLab"
}

write_programs() {
  cat > "$work/hello.py" <<'PY'
import asyncio

async def tick(name, delay):
    await asyncio.sleep(delay)
    print(name, "after", delay)
    return delay

async def main():
    results = await asyncio.gather(tick("slow", 0.2), tick("fast", 0.1))
    print("gathered", results)

asyncio.run(main())
PY
  cat > "$work/fails.py" <<'PY'
def check(n):
    if n > 2:
        raise ValueError(f"too big: {n}")

check(3)
PY
}

run_clean() {
  local copy=$1
  shift
  env -i PATH=/usr/bin:/bin HOME="$work/home" LD_DEBUG=files LD_DEBUG_OUTPUT="$work/loader" \
    "$copy/bin/LoopLab" "$@"
}

check_run_without_jdk() {
  local copy=$1 status=0 started
  write_programs
  python3 "$work/hello.py" > "$work/expected.txt"
  started=$(date +%s%N)
  run_clean "$copy" run "$work/hello.py" > "$work/out.txt" 2> "$work/err.txt" || status=$?
  local elapsed_ms=$((($(date +%s%N) - started) / 1000000))
  [[ $status -eq 0 ]] || fail "run hello.py exited with $status: $(cat "$work/err.txt")"
  [[ ! -s $work/err.txt ]] || fail "run hello.py printed to stderr (the moved copy's class-data archive?): $(cat "$work/err.txt")"
  diff "$work/expected.txt" "$work/out.txt" > "$work/out.diff" || fail "run hello.py differs from CPython: $(cat "$work/out.diff")"
  grep -h 'file=.*libjvm.so.*dynamically loaded' "$work"/loader.* | grep -qF "$copy/lib/runtime/" \
    || fail "the launcher did not load the bundled libjvm.so"
  ! grep -h 'file=/' "$work"/loader.* | grep -q '/usr/lib/jvm/' || fail "the launcher loaded a library of the system's JDK"
  pass "a copy in '$copy' ran hello.py on its own runtime in $elapsed_ms ms, output as CPython's"

  status=0
  run_clean "$copy" run "$work/fails.py" > /dev/null 2> "$work/err.txt" || status=$?
  [[ $status -eq 1 ]] || fail "run fails.py exited with $status, expected 1 as python3 does"
  [[ $(tail -1 "$work/err.txt") == "ValueError: too big: 3" ]] || fail "run fails.py printed: $(cat "$work/err.txt")"
  pass "an uncaught exception exits with 1 and a Python traceback"
}

# Xvfb's empty root window is one colour; LoopLab's window brings hundreds. The launcher runs from $work, not from
# the image, as a double-click would, so the window finds the lessons only through the launcher's options.
check_window() {
  local copy=$1
  if ! command -v xvfb-run > /dev/null || ! command -v import > /dev/null; then
    echo "check_app_image: skipped the window check: it needs xvfb-run and ImageMagick's import"
    return
  fi
  local log=$work/window.log
  (cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work/home" \
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
      started=$(date +%s%N)
      "$1/bin/LoopLab" > "$3" 2>&1 &
      app=$!
      shown=""
      while kill -0 $app 2> /dev/null && (( ($(date +%s%N) - started) / 1000000000 < $4 )); do
        import -window root "$2"
        if (( $(identify -format %k "$2") > 64 )); then shown=$((($(date +%s%N) - started) / 1000000)); break; fi
        sleep 0.2
      done
      sleep 2                       # let the first lesson load before the screenshot that is kept
      kill -0 $app 2> /dev/null && import -window root "$2"
      kill $app 2> /dev/null; wait $app 2> /dev/null
      [[ -n $shown ]] && echo "window shown after $shown ms"
    ' window "$copy" "$SCREENSHOT" "$log" "$WINDOW_TIMEOUT_S") > "$work/window.out" \
    || fail "no window within $WINDOW_TIMEOUT_S s; the launcher printed: $(cat "$log")"
  ! grep -q 'Exception' "$log" || fail "the window logged an exception: $(grep -m3 'Exception' "$log")"
  pass "$(cat "$work/window.out") under Xvfb; screenshot in ${SCREENSHOT#"$PWD"/}"
}

# The class-data archive (scripts/record_launch_archive.sh) must map where it was recorded: -Xshare:on makes the
# JVM fail instead of quietly starting without it. The window's launch time is measured there too.
check_launch_archive() {
  if [[ ! -f $IMAGE/lib/app/looplab.jsa ]]; then
    echo "check_app_image: no class-data archive was recorded (no display?): the image starts slower"
    return
  fi
  write_programs
  JAVA_TOOL_OPTIONS=-Xshare:on "$IMAGE/bin/LoopLab" run "$work/hello.py" > /dev/null 2> "$work/cds.txt" \
    || fail "the launcher cannot map its class-data archive: $(cat "$work/cds.txt")"
  local launch=""
  if command -v xvfb-run > /dev/null; then
    launch=$(XDG_CONFIG_HOME=$work/config xvfb-run -a -s "-screen 0 1280x800x24" "$IMAGE/bin/LoopLab" gui \
      --measure-launch 2> /dev/null | grep '^launch:' || true)
  fi
  pass "the launcher maps its $(du -h "$IMAGE/lib/app/looplab.jsa" | cut -f1) class-data archive${launch:+; $launch}"
}

main() {
  build_image "$@"
  check_layout
  check_lessons
  check_launch_archive
  local copy
  copy=$(copy_image_elsewhere)
  check_run_without_jdk "$copy"
  check_window "$copy"
  echo "check_app_image: all checks passed"
}

main "$@"
