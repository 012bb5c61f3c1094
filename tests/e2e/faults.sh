#!/usr/bin/env bash
# The fault matrix (issue 9): lore's writers (add, import -o, the quiz's progress save)
# against a full disk (ulimit -f), a read-only folder, a folder that cannot be read, and
# SIGKILL at random moments; and its readers against devices, FIFOs and link loops.
# The invariant each time: the file is the old or the new version, valid, and every
# entry acknowledged with exit 0 is in it. Uses lib.sh's run, expect_status, expect_eq
# and finish only.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ITERATIONS=${FAULT_ITERATIONS:-100}

# Permissions do not stop root: run as nobody where we are root (CI is).
AS_USER=()
if ((EUID == 0)); then
  if command -v setpriv >/dev/null && id nobody >/dev/null 2>&1; then
    AS_USER=(setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups --)
  else
    AS_USER=(skip)
  fi
fi
chmod 711 "$E2E_TMP"  # nobody must reach its own folders below

# as_user_run ARGS...: `run`, as a user that permissions stop.
as_user_run() {
  LAST_COMMAND="${AS_USER[*]} lore $*"
  "${AS_USER[@]}" env HOME="$HOME" XDG_STATE_HOME="$XDG_STATE_HOME" XDG_DATA_HOME="$XDG_DATA_HOME" \
    XDG_CONFIG_HOME="$XDG_CONFIG_HOME" "$LORE" "$@" </dev/null >"$OUT_FILE" 2>"$ERR_FILE"
  STATUS=$?
  read_outputs
}

# user_folder PATH: a folder the unprivileged user owns.
user_folder() {
  mkdir -p "$1"
  if ((${#AS_USER[@]} > 0)); then chown nobody "$1"; fi
}

same_bytes() { if cmp -s "$1" "$2"; then echo same; else echo different; fi; }
temporaries() { find "$1" -name '*.tmp-*' | wc -l; }
quotes_in() { grep -c '^\[\[quote\]\]' "$1"; }
valid() { if "$LORE" validate "$1" >/dev/null 2>&1; then echo valid; else echo invalid; fi; }

# full_disk ARGS...: runs lore with a file size limit of 1 KiB, as a full disk would
# (SIGXFSZ left as a shell leaves it: lore must ignore it itself, or die of it).
full_disk() {
  LAST_COMMAND="(ulimit -f 1; lore $*)"
  (
    ulimit -f 1
    exec "$LORE" "$@"
  ) <"${FAULT_INPUT:-/dev/null}" >"$OUT_FILE" 2>"$ERR_FILE"
  STATUS=$?
  read_outputs
}

# random_delay: 0 to 0.2 s, printed for sleep (a run takes about 0.1 s).
random_delay() { printf '0.%03d' $((RANDOM % 200)); }
# kill_and_wait PID: SIGKILL unless it has ended; succeeds when it had exited 0.
kill_and_wait() {
  kill -9 "$1" 2>/dev/null
  wait "$1" 2>/dev/null
}

LONG_TEXT=$(printf 'x%.0s' {1..3000})

# ----------------------------------------------------------------- full disk

SECTION="full disk: add"
DISK=$E2E_TMP/full
mkdir -p "$DISK"
run add quote --text "Before the disk filled." --to "$DISK/x.toml"
expect_status 0
cp "$DISK/x.toml" "$E2E_TMP/x.before"
full_disk add quote --text "$LONG_TEXT" --to "$DISK/x.toml"
expect_status 74
expect_eq "add: nothing acknowledged" "$OUT" ""
expect_eq "add: the file is the old one" "$(same_bytes "$DISK/x.toml" "$E2E_TMP/x.before")" same
expect_eq "add: no temporary file" "$(temporaries "$DISK")" 0

SECTION="full disk: import -o"
for ((i = 1; i <= 40; i++)); do printf 'Cookie number %d, long enough to fill a block.\n%%\n' "$i"; done \
  >"$E2E_TMP/cookies"
run import fortune "$E2E_TMP/cookies" -o "$DISK/cookies.toml" --id cookies
expect_status 0
cp "$DISK/cookies.toml" "$E2E_TMP/cookies.before"
printf 'A new cookie.\n%%\n' >>"$E2E_TMP/cookies"
full_disk import fortune "$E2E_TMP/cookies" -o "$DISK/cookies.toml" --id cookies --force
expect_status 74
expect_eq "import: the file is the old one" \
  "$(same_bytes "$DISK/cookies.toml" "$E2E_TMP/cookies.before")" same
expect_eq "import: no temporary file" "$(temporaries "$DISK")" 0

SECTION="full disk: the quiz's save"
PROGRESS=$XDG_STATE_HOME/lore/progress.toml
mkdir -p "$(dirname "$PROGRESS")"
{
  printf '[questions]\n'
  for ((i = 1; i <= 40; i++)); do printf '\n[questions.filler-%d]\nasked = 1\nright = 0\nbox = 1\n' "$i"; done
} >"$PROGRESS"
cp "$PROGRESS" "$E2E_TMP/progress.before"
printf 'no\nno\n' >"$E2E_TMP/answers"
FAULT_INPUT=$E2E_TMP/answers full_disk quiz -n 2 --seed 1
expect_status 0  # the quiz went well; the save is a warning
expect_eq "quiz: a warning" "$([[ $ERR == *"quiz progress not saved"* ]] && echo warned)" warned
expect_eq "quiz: the progress is the old one" "$(same_bytes "$PROGRESS" "$E2E_TMP/progress.before")" same
expect_eq "quiz: no temporary file" "$(temporaries "$(dirname "$PROGRESS")")" 0

# ------------------------------------------------------------ folder permissions

if [[ ${AS_USER[0]:-} == skip ]]; then
  printf 'note: root without setpriv: the permission cases are left out\n'
else
  SECTION="a read-only folder"
  RO=$E2E_TMP/read-only
  user_folder "$RO"
  "${AS_USER[@]}" "$LORE" add quote --text "Kept." --to "$RO/x.toml" </dev/null >/dev/null 2>&1
  cp "$RO/x.toml" "$E2E_TMP/ro.before"
  chmod 0555 "$RO"
  as_user_run add quote --text "Refused." --to "$RO/x.toml"
  expect_status 74
  expect_eq "read-only folder: nothing acknowledged" "$OUT" ""
  expect_eq "read-only folder: the file is the old one" "$(same_bytes "$RO/x.toml" "$E2E_TMP/ro.before")" same
  as_user_run import fortune "$E2E_TMP/cookies" -o "$RO/cookies.toml" --id cookies
  expect_status 74
  expect_eq "read-only folder: import writes nothing" "$(ls "$RO")" x.toml
  expect_eq "read-only folder: the lock's real reason" \
    "$([[ $ERR == *"cannot lock"*"Permission denied"* ]] && echo said)" said
  # A read-only state folder: the quiz cannot take its lock, says so, exits 74.
  STATE=$E2E_TMP/ro-state
  user_folder "$STATE/lore"
  chmod 0555 "$STATE/lore"
  LAST_COMMAND="XDG_STATE_HOME=$STATE lore quiz -n 2 --seed 1"
  "${AS_USER[@]}" env HOME="$HOME" XDG_STATE_HOME="$STATE" "$LORE" quiz -n 2 --seed 1 \
    <"$E2E_TMP/answers" >"$OUT_FILE" 2>"$ERR_FILE"
  STATUS=$?
  expect_status 74
  expect_eq "read-only state: nothing written" "$(ls -A "$STATE/lore")" ""

  SECTION="a folder that cannot be read (0333): 20 adds at once, all kept"
  WO=$E2E_TMP/write-only
  user_folder "$WO"
  chmod 0333 "$WO"
  pids=()
  for ((i = 1; i <= 20; i++)); do
    "${AS_USER[@]}" "$LORE" add quote --text "Parallel $i." --to "$WO/x.toml" </dev/null \
      >"$E2E_TMP/parallel.$i" 2>&1 &
    pids+=($!)
  done
  acknowledged=0
  for pid in "${pids[@]}"; do if wait "$pid"; then acknowledged=$((acknowledged + 1)); fi; done
  chmod 0755 "$WO"
  expect_eq "0333: every add exits 0" "$acknowledged" 20
  expect_eq "0333: every entry is kept" "$(quotes_in "$WO/x.toml")" 20
  expect_eq "0333: the file is valid" "$(valid "$WO/x.toml")" valid
  # The quiz saves in such a folder too.
  STATE=$E2E_TMP/wo-state
  user_folder "$STATE/lore"
  chmod 0333 "$STATE/lore"
  "${AS_USER[@]}" env HOME="$HOME" XDG_STATE_HOME="$STATE" "$LORE" quiz -n 2 --seed 1 \
    <"$E2E_TMP/answers" >"$OUT_FILE" 2>"$ERR_FILE"
  STATUS=$?
  expect_status 0
  chmod 0755 "$STATE/lore"
  expect_eq "0333 state: saved, without a warning" "$(grep -c '^asked' "$STATE/lore/progress.toml")|$(cat "$ERR_FILE")" "2|"

  SECTION="a read-only file in a writable folder"
  RF=$E2E_TMP/read-only-file
  user_folder "$RF"
  "${AS_USER[@]}" "$LORE" add quote --text "Kept." --to "$RF/x.toml" </dev/null >/dev/null 2>&1
  chmod 0444 "$RF/x.toml"
  cp "$RF/x.toml" "$E2E_TMP/rf.before"
  as_user_run add quote --text "Refused." --to "$RF/x.toml"
  expect_status 74
  expect_eq "read-only file: kept" "$(same_bytes "$RF/x.toml" "$E2E_TMP/rf.before")" same
fi
# Root too: the mode is checked, not only access().
RF=$E2E_TMP/read-only-file-root
mkdir -p "$RF"
run add quote --text "Kept." --to "$RF/x.toml"
chmod 0444 "$RF/x.toml"
cp "$RF/x.toml" "$E2E_TMP/rf.before"
run add quote --text "Refused." --to "$RF/x.toml"
expect_status 74
expect_eq "read-only file (as $(id -un)): kept" "$(same_bytes "$RF/x.toml" "$E2E_TMP/rf.before")" same
expect_eq "read-only file: the reason" "$([[ $ERR == *read-only* ]] && echo said)" said

# ----------------------------------------------------------------- SIGKILL

SECTION="add killed at random moments, $ITERATIONS times"
KILL=$E2E_TMP/kill
mkdir -p "$KILL"
acknowledged=0
broken=0
for ((i = 1; i <= ITERATIONS; i++)); do
  "$LORE" add quote --text "Killed $i." --to "$KILL/x.toml" </dev/null >/dev/null 2>&1 &
  pid=$!
  sleep "$(random_delay)"
  if kill_and_wait "$pid"; then
    acknowledged=$((acknowledged + 1))
    grep -qx "text = 'Killed $i.'" "$KILL/x.toml" || broken=$((broken + 1))
  fi
  if [[ -e $KILL/x.toml && $(valid "$KILL/x.toml") != valid ]]; then broken=$((broken + 1)); fi
done
expect_eq "add: every file valid, every acknowledged entry there" "$broken" 0
expect_eq "add: no entry lost (at least the $acknowledged acknowledged)" \
  "$(( $(quotes_in "$KILL/x.toml" 2>/dev/null || echo 0) >= acknowledged ))" 1
printf 'note: %d of %d adds finished before the kill\n' "$acknowledged" "$ITERATIONS"
# What the killed ones left is cleaned up by the next write, once it is a day old.
for left in "$KILL"/x.toml.tmp-*; do [[ -e $left ]] && touch -d '2 days ago' "$left"; done
run add quote --text "After the kills." --to "$KILL/x.toml"
expect_status 0
expect_eq "stale temporary files are gone" "$(temporaries "$KILL")" 0

SECTION="the quiz's save killed at random moments, $ITERATIONS times"
STATE=$E2E_TMP/kill-state
PROGRESS=$STATE/lore/progress.toml
acknowledged=0
broken=0
for ((i = 1; i <= ITERATIONS; i++)); do
  XDG_STATE_HOME=$STATE "$LORE" quiz -n 2 --seed "$i" <"$E2E_TMP/answers" >/dev/null 2>&1 &
  pid=$!
  sleep "$(random_delay)"
  if kill_and_wait "$pid"; then acknowledged=$((acknowledged + 1)); fi
  # A damaged file would be moved aside, with a warning, by the next load.
  if [[ -e $PROGRESS ]] && ! XDG_STATE_HOME=$STATE "$LORE" quiz --stats >/dev/null 2>"$E2E_TMP/stats.err" \
    || [[ -s $E2E_TMP/stats.err ]] || compgen -G "$PROGRESS.corrupt*" >/dev/null; then
    broken=$((broken + 1))
  fi
done
asked=0
if [[ -e $PROGRESS ]]; then asked=$(awk '/^asked = / { sum += $3 } END { print sum + 0 }' "$PROGRESS"); fi
expect_eq "quiz: every file valid" "$broken" 0
expect_eq "quiz: every acknowledged answer counted ($acknowledged quizzes, $asked answers)" \
  "$((asked >= 2 * acknowledged))" 1

# ------------------------------------------------------------- hostile inputs

SECTION="devices, FIFOs and loops"
run --data /dev/zero quote
expect_status 66
expect_eq "/dev/zero: refused as a device" "$([[ $ERR == *"a device, not a file"* ]] && echo said)" said
mkdir -p "$XDG_DATA_HOME/lore"
mkfifo "$XDG_DATA_HOME/lore/pipe.toml"
ln -s /dev/zero "$XDG_DATA_HOME/lore/zero.toml"
run quote --seed 1
expect_status 0
expect_eq "a FIFO on the search path: skipped with a warning, never opened" \
  "$([[ $ERR == *"pipe.toml: warning: skipping this dataset: a FIFO"* ]] && echo said)" said
expect_eq "a link to a device on the search path: skipped with a warning" \
  "$([[ $ERR == *"zero.toml: warning: skipping this dataset: a device"* ]] && echo said)" said
rm "$XDG_DATA_HOME/lore/pipe.toml" "$XDG_DATA_HOME/lore/zero.toml"
head -c 5000 /dev/zero | tr '\0' '#' >"$E2E_TMP/big.toml"
LAST_COMMAND="LORE_MAX_FILE=4096 lore --data big.toml"
LORE_MAX_FILE=4096 "$LORE" --data "$E2E_TMP/big.toml" </dev/null >"$OUT_FILE" 2>"$ERR_FILE"
STATUS=$?
expect_status 66
ln -s loop-b "$E2E_TMP/loop-a"
ln -s loop-a "$E2E_TMP/loop-b"
run --data "$E2E_TMP/loop-a" quote
expect_status 66
expect_eq "a link loop says so" "$ERR" "$E2E_TMP/loop-a: error: Too many levels of symbolic links"
mkdir -p "$XDG_CONFIG_HOME/lore/config.toml"
run quote --seed 1
expect_status 0
expect_eq "a config.toml that is a folder: a warning" \
  "$ERR" "$XDG_CONFIG_HOME/lore/config.toml: warning: a folder, not a file; no settings read from it"
rmdir "$XDG_CONFIG_HOME/lore/config.toml"

SECTION="writers never replace a FIFO or a device"
SPECIAL=$E2E_TMP/special
mkdir -p "$SPECIAL"
mkfifo "$SPECIAL/pipe.toml"
ln -s pipe.toml "$SPECIAL/link-to-pipe.toml"
printf 'One.\n%%\n' >"$E2E_TMP/one-cookie"
for target in pipe.toml link-to-pipe.toml; do
  LAST_COMMAND="lore import fortune one-cookie -o $target"
  timeout 10 "$LORE" import fortune "$E2E_TMP/one-cookie" -o "$SPECIAL/$target" </dev/null \
    >"$OUT_FILE" 2>"$ERR_FILE"
  STATUS=$?
  read_outputs
  expect_status 74
  expect_eq "import -o $target: refused as not a regular file" \
    "$([[ $ERR == *"not a regular file"* ]] && echo said)" said
  LAST_COMMAND="lore add quote --text x --to $target"
  timeout 10 "$LORE" add quote --text x --to "$SPECIAL/$target" </dev/null >"$OUT_FILE" 2>"$ERR_FILE"
  STATUS=$?
  read_outputs
  expect_status 74
done
expect_eq "the FIFO is still a FIFO" "$([[ -p $SPECIAL/pipe.toml ]] && echo fifo)" fifo
if ((EUID == 0)) && mknod "$SPECIAL/null.toml" c 1 3 2>/dev/null; then
  run import fortune "$E2E_TMP/one-cookie" -o "$SPECIAL/null.toml"
  expect_status 74
  expect_eq "a device node is still a device" "$([[ -c $SPECIAL/null.toml ]] && echo device)" device
  expect_eq "no lock file beside the device" "$(ls -A "$SPECIAL" | grep -c lock)" 0
fi
mkdir -p "$XDG_STATE_HOME/lore"
rm -f "$XDG_STATE_HOME/lore/progress.toml"
mkfifo "$XDG_STATE_HOME/lore/progress.toml"
LAST_COMMAND="printf 'x\n' | lore quiz -n 1 --seed 1 (progress.toml a FIFO)"
printf 'x\n' | timeout 10 "$LORE" quiz -n 1 --seed 1 >"$OUT_FILE" 2>"$ERR_FILE"
STATUS=$?
read_outputs
expect_eq "a FIFO as progress.toml: no hang" "$((STATUS != 124))" 1
expect_eq "a FIFO as progress.toml: a warning" \
  "$([[ $ERR == *"progress.toml: not a regular file"* ]] && echo said)" said
rm "$XDG_STATE_HOME/lore/progress.toml"

SECTION="a dangling link given to add --to"
mkdir -p "$E2E_TMP/linked/real"
ln -s real/target.toml "$E2E_TMP/linked/link.toml"
pids=()
for ((i = 1; i <= 10; i++)); do
  "$LORE" add quote --text "Via the link $i." --to "$E2E_TMP/linked/link.toml" </dev/null >/dev/null 2>&1 &
  pids+=($!)
  "$LORE" add quote --text "Via the path $i." --to "$E2E_TMP/linked/real/target.toml" </dev/null >/dev/null 2>&1 &
  pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done
expect_eq "the link is kept" "$(readlink "$E2E_TMP/linked/link.toml")" real/target.toml
expect_eq "20 adds through the link and the path: one file, all kept" \
  "$(quotes_in "$E2E_TMP/linked/real/target.toml")" 20

finish
