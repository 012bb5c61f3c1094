# shellcheck shell=bash disable=SC2034 # the variables set here are for the scripts
# Helpers for the end-to-end tests of lore: source this file from a test script.
#
# The tests run the real binary ($LORE) and check its standard output, standard
# error and exit status. Every check counts; a failing check prints what was
# expected and what came, and the script goes on so that one run reports every
# failure. `finish` (call it last) prints the tally and exits non-zero if any
# check failed.
#
#   run ARGS...          runs "$LORE ARGS..." with stdin from /dev/null and sets
#                        STATUS, OUT and ERR (OUT and ERR without their trailing
#                        newlines and NUL bytes; the exact bytes are in "$OUT_FILE"
#                        and "$ERR_FILE"). Environment assignments written before
#                        it (NO_COLOR=1 run quote) reach the binary.
#   run_shell SCRIPT     runs a bash script in which "$LORE" is the binary, for
#                        pipelines; sets the same variables.
#   run_tty ARGS...      runs lore on a pseudo-terminal (script(1)); stdout and
#                        stderr both arrive in OUT, with the terminal's \r removed.
#                        TTY_COLS (default 80) sets the terminal's width.
#   lore ARGS...         the binary itself, for building expected values.
#   quiz INPUT ARGS...   runs "lore quiz ARGS..." reading INPUT; sets the same
#                        variables (see "quiz" below for learn, progress_field...).
#
# Datasets: $E2E_DATA holds the fixtures (data/README.md); `fixture NAME` prints
# the path of one. Every script runs in a temporary home of its own
# (tests/support/xdg_home.sh): no dataset, config or state of the caller's is seen.
# Only LORE need be set: E2E_DATA defaults to the data folder beside this file.

set -u

: "${LORE:?LORE must name the lore binary (ctest sets it)}"
E2E_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# Some scripts change folder: a relative LORE must still name the binary.
if [[ $LORE != /* && $LORE == */* ]]; then LORE=$PWD/$LORE; fi
: "${E2E_DATA:=$E2E_DIR/data}"
export E2E_DATA
if [[ ! -x $LORE || -d $LORE ]]; then
  printf 'FAIL: LORE=%s is not an executable file: build the lore target first\n' "$LORE"
  exit 1
fi
if ! command -v jq >/dev/null; then
  printf 'FAIL: jq is missing (scripts/install-deps installs it)\n'
  exit 1
fi

# Do not depend on the caller's environment (see also the XDG folders below).
unset NO_COLOR CLICOLOR_FORCE CLICOLOR COLUMNS LINES
export TERM=xterm
export LC_ALL=C.UTF-8

E2E_SCRIPT=$(basename "${BASH_SOURCE[1]:-$0}")
# shellcheck source=../support/xdg_home.sh
source "$E2E_DIR/../support/xdg_home.sh"
E2E_TMP=$XDG_HOME_ROOT
OUT_FILE=$E2E_TMP/stdout
ERR_FILE=$E2E_TMP/stderr

CHECKS=0
FAILURES=0
LAST_COMMAND="(nothing run yet)"
STATUS=""
OUT=""
ERR=""
SECTION=""

# --------------------------------------------------------------------- running

fixture() { printf '%s/%s\n' "$E2E_DATA" "$1"; }

lore() { "$LORE" "$@" </dev/null; }

quote_words() {
  local word out=""
  for word in "$@"; do out+="$(printf '%q' "$word") "; done
  printf '%s' "${out% }"
}

# The assignments given before the helper (NAME=value run ...), for messages.
environment_note() {
  local name note=""
  for name in NO_COLOR CLICOLOR_FORCE COLUMNS; do
    if [[ -v $name ]]; then note+="$name=$(printf '%q' "${!name}") "; fi
  done
  if [[ $TERM != xterm ]]; then note+="TERM=$(printf '%q' "$TERM") "; fi
  printf '%s' "$note"
}

read_outputs() {
  OUT=$(tr -d '\000' <"$OUT_FILE")
  ERR=$(tr -d '\000' <"$ERR_FILE")
}

run() {
  LAST_COMMAND="$(environment_note)lore $(quote_words "$@")"
  "$LORE" "$@" </dev/null >"$OUT_FILE" 2>"$ERR_FILE"
  STATUS=$?
  read_outputs
}

run_shell() {
  LAST_COMMAND="$(environment_note)bash -c '$1'   (LORE=$LORE)"
  LORE=$LORE bash -c "$1" </dev/null >"$OUT_FILE" 2>"$ERR_FILE"
  STATUS=$?
  read_outputs
}

run_tty() {
  local cols=${TTY_COLS:-80}
  LAST_COMMAND="$(environment_note)lore $(quote_words "$@")   (on a terminal of $cols columns)"
  # The shell that script(1) starts may set COLUMNS from the terminal (bash's
  # checkwinsize): give lore exactly the COLUMNS of the caller, or none.
  local columns=(env -u COLUMNS)
  if [[ -v COLUMNS ]]; then columns=(env "COLUMNS=$COLUMNS"); fi
  local command
  command="stty cols $cols rows 24 2>/dev/null; exec $(quote_words "${columns[@]}" "$LORE" "$@")"
  script -qec "$command" /dev/null </dev/null >"$E2E_TMP/tty" 2>"$ERR_FILE"
  STATUS=$?
  tr -d '\r' <"$E2E_TMP/tty" >"$OUT_FILE"
  read_outputs
}

# ---------------------------------------------------------------------- report

section() {
  SECTION=$1
  printf '## %s\n' "$1"
}

# show_value LABEL VALUE: a value in a failure message, control bytes made visible.
show_value() {
  local label=$1 value=$2
  if [[ -z $value ]]; then
    printf '    %s: (empty)\n' "$label"
    return
  fi
  printf '    %s:\n' "$label"
  printf '%s\n' "$value" | head -n 25 | LC_ALL=C sed -e 's/\x1b/\\e/g' -e 's/\r/\\r/g' \
    -e 's/^/      | /' || true
  local lines
  lines=$(printf '%s\n' "$value" | wc -l)
  if ((lines > 25)); then printf '      | ... (%d lines in all)\n' "$lines"; fi
}

pass() { CHECKS=$((CHECKS + 1)); }

# fail DESCRIPTION [LABEL VALUE]...: one failed check, with the command run last.
fail() {
  CHECKS=$((CHECKS + 1))
  FAILURES=$((FAILURES + 1))
  local where
  # The frame of the test script line that called the expect_* helper.
  local i=1
  while [[ ${BASH_SOURCE[$i]:-} == "${BASH_SOURCE[0]}" ]]; do i=$((i + 1)); done
  where="$(basename "${BASH_SOURCE[$i]:-?}"):${BASH_LINENO[$((i - 1))]:-?}"
  printf 'FAIL %s [%s] %s\n' "$where" "$SECTION" "$1"
  printf '    command: %s\n' "$LAST_COMMAND"
  shift
  while (($# >= 2)); do
    show_value "$1" "$2"
    shift 2
  done
  show_value "status" "$STATUS"
  show_value "stdout" "$OUT"
  show_value "stderr" "$ERR"
}

finish() {
  if ((FAILURES == 0)); then
    printf '%s: %d checks, all passed\n' "$E2E_SCRIPT" "$CHECKS"
    exit 0
  fi
  printf '%s: %d checks, %d FAILED\n' "$E2E_SCRIPT" "$CHECKS" "$FAILURES"
  exit 1
}

# -------------------------------------------------------------------- checks

expect_status() {
  if [[ $STATUS == "$1" ]]; then pass; else fail "exit status should be $1, was $STATUS"; fi
}

# expect_status_in "0 141": one of these.
expect_status_in() {
  local s
  for s in $1; do
    if [[ $STATUS == "$s" ]]; then
      pass
      return
    fi
  done
  fail "exit status should be one of: $1; was $STATUS"
}

# expect_stdout TEXT: stdout is exactly TEXT followed by one newline.
expect_stdout() {
  if printf '%s\n' "$1" | cmp -s - "$OUT_FILE"; then
    pass
  else
    fail "stdout should be exactly the expected text (with one final newline)" \
      "expected" "$1" "diff (expected -> actual)" \
      "$(printf '%s\n' "$1" | diff - "$OUT_FILE" | head -n 30)"
  fi
}

expect_stdout_empty() {
  if [[ ! -s $OUT_FILE ]]; then pass; else fail "stdout should be empty"; fi
}

expect_stderr_empty() {
  if [[ ! -s $ERR_FILE ]]; then pass; else fail "stderr should be empty"; fi
}

expect_stdout_not_empty() {
  if [[ -n $OUT ]]; then pass; else fail "stdout should not be empty"; fi
}

expect_stderr_not_empty() {
  if [[ -n $ERR ]]; then pass; else fail "stderr should not be empty (a message was expected)"; fi
}

expect_stdout_contains() {
  if [[ $OUT == *"$1"* ]]; then pass; else fail "stdout should contain the text" "expected text" "$1"; fi
}

expect_stdout_not_contains() {
  if [[ $OUT != *"$1"* ]]; then pass; else fail "stdout should not contain the text" "unwanted text" "$1"; fi
}

expect_stderr_contains() {
  if [[ $ERR == *"$1"* ]]; then pass; else fail "stderr should contain the text" "expected text" "$1"; fi
}

expect_stderr_not_contains() {
  if [[ $ERR != *"$1"* ]]; then pass; else fail "stderr should not contain the text" "unwanted text" "$1"; fi
}

# expect_stdout_matches ERE: some line of stdout matches the extended regex.
expect_stdout_matches() {
  if grep -qE -- "$1" "$OUT_FILE"; then pass; else fail "a line of stdout should match /$1/"; fi
}

expect_stdout_not_matches() {
  if ! grep -qE -- "$1" "$OUT_FILE"; then
    pass
  else
    fail "no line of stdout should match /$1/" "matching lines" "$(grep -E -- "$1" "$OUT_FILE")"
  fi
}

expect_stderr_matches() {
  if grep -qE -- "$1" "$ERR_FILE"; then pass; else fail "a line of stderr should match /$1/"; fi
}

# expect_every_stderr_line_matches ERE
expect_every_stderr_line_matches() {
  local bad
  bad=$(grep -vE -- "$1" "$ERR_FILE")
  if [[ -s $ERR_FILE && -z $bad ]]; then
    pass
  else
    fail "every line of stderr should match /$1/" "lines that do not" "$bad"
  fi
}

# expect_stdout_lines N: stdout has N lines.
expect_stdout_lines() {
  local count
  count=$(wc -l <"$OUT_FILE")
  if ((count == $1)); then pass; else fail "stdout should have $1 lines, has $count"; fi
}

expect_json_valid() {
  if [[ -s $OUT_FILE ]] && jq -e . "$OUT_FILE" >/dev/null 2>&1; then
    pass
  else
    fail "stdout should be valid JSON" "jq says" "$(jq . "$OUT_FILE" 2>&1 >/dev/null)"
  fi
}

# expect_jq FILTER EXPECTED: jq -r FILTER over stdout prints EXPECTED (lines joined by \n).
expect_jq() {
  local actual
  actual=$(jq -r "$1" "$OUT_FILE" 2>&1)
  if [[ $actual == "$2" ]]; then
    pass
  else
    fail "jq '$1' over stdout" "expected" "$2" "jq gave" "$actual"
  fi
}

# expect_eq DESCRIPTION ACTUAL EXPECTED
expect_eq() {
  if [[ $2 == "$3" ]]; then pass; else fail "$1" "expected" "$3" "actual" "$2"; fi
}

expect_ne() {
  if [[ $2 != "$3" ]]; then pass; else fail "$1" "both were" "$2"; fi
}

# expect_true DESCRIPTION COMMAND...: the command succeeds.
expect_true() {
  local description=$1
  shift
  if "$@"; then pass; else fail "$description"; fi
}

# No terminal control byte in stdout: C0 controls but tab and newline, DEL, and the
# UTF-8 encodings of the C1 controls (U+0080-U+009F).
count_raw_controls() {
  local c0 c1
  c0=$(LC_ALL=C tr -cd '\000-\010\013-\037\177' <"$1" | wc -c)
  c1=$(LC_ALL=C grep -caP '\xc2[\x80-\x9f]' "$1")
  printf '%d\n' $((c0 + c1))
}

expect_no_raw_controls() {
  local count
  count=$(count_raw_controls "$OUT_FILE")
  if ((count == 0)); then
    pass
  else
    fail "stdout should hold no raw control characters (found $count)" \
      "bytes" "$(LC_ALL=C od -c "$OUT_FILE" | head -n 20)"
  fi
}

has_escape_byte() { LC_ALL=C grep -qa $'\x1b' "$1"; }

expect_colour() {
  if has_escape_byte "$OUT_FILE" && grep -qaE $'\x1b\\[[0-9;]*m' "$OUT_FILE"; then
    pass
  else
    fail "stdout should be coloured (hold SGR escape sequences)"
  fi
}

expect_no_colour() {
  if ! has_escape_byte "$OUT_FILE"; then pass; else fail "stdout should hold no escape byte (no colour)"; fi
}

expect_valid_utf8() {
  if iconv -f UTF-8 -t UTF-8 "$OUT_FILE" >/dev/null 2>&1; then
    pass
  else
    fail "stdout should be valid UTF-8"
  fi
}

# Removes SGR colour sequences.
strip_sgr() { LC_ALL=C sed -e $'s/\x1b\\[[0-9;]*m//g'; }

# The widest line of stdout, in terminal columns (wc -L counts East Asian wide
# characters as two).
widest_line() { wc -L <"$OUT_FILE"; }

expect_max_width() {
  local widest
  widest=$(widest_line)
  if ((widest <= $1)); then pass; else fail "no line of stdout should be wider than $1 columns; widest is $widest"; fi
}

# expect_stdout_trimmed TEXT: stdout, with the spaces that begin each line removed,
# is exactly TEXT and a final newline (for text whose indentation is style).
expect_stdout_trimmed() {
  local trimmed
  trimmed=$(sed -e 's/^ *//' "$OUT_FILE"; printf .)
  trimmed=${trimmed%.}
  if [[ $trimmed == "$1"$'\n' ]]; then
    pass
  else
    fail "stdout (leading spaces removed) should be exactly the expected text" \
      "expected" "$1" "diff (expected -> actual)" \
      "$(diff <(printf '%s\n' "$1") <(printf '%s' "$trimmed") | head -n 30)"
  fi
}

# The ids of a JSON array (or JSON lines) on stdout, space-separated.
stdout_ids() { jq -r 'if type == "array" then .[].id else .id end' "$OUT_FILE" 2>/dev/null | paste -sd' ' -; }

# expect_ids "ID ID ...": stdout is JSON (array or lines) of exactly these entries, in order.
expect_ids() {
  local ids
  ids=$(stdout_ids)
  if [[ $ids == "$1" ]]; then pass; else fail "ids on stdout (JSON)" "expected" "$1" "actual" "$ids"; fi
}

# The first column of the text lines on stdout, space-separated.
stdout_first_column() { awk '{print $1}' "$OUT_FILE" | paste -sd' ' -; }

# A generated dataset of N quotes (for output too big for a pipe buffer, or entries
# too long for a backtracking regex engine); prints its path.
make_big_dataset() {
  local count=$1 path=$E2E_TMP/big-$1.toml
  {
    printf '[dataset]\nid = "big"\ntitle = "Big"\nyear = 2000\ndescription = "Generated."\n'
    local i
    for ((i = 1; i <= count; i++)); do
      printf '\n[[quote]]\nid = "q-%d"\ntext = "Quote %d of a dataset big enough to fill a pipe buffer many times over."\ntags = ["big"]\n' "$i" "$i"
    done
  } >"$path"
  printf '%s\n' "$path"
}

# expect_false DESCRIPTION COMMAND...: the command fails (e.g. grep finds nothing).
expect_false() {
  local description=$1
  shift
  if ! "$@"; then pass; else fail "$description"; fi
}

# expect_contains DESCRIPTION TEXT PART: TEXT holds PART.
expect_contains() {
  if [[ $2 == *"$3"* ]]; then pass; else fail "$1" "expected part" "$3" "in" "$2"; fi
}

# expect_not_contains DESCRIPTION TEXT PART: TEXT does not hold PART.
expect_not_contains() {
  if [[ $2 != *"$3"* ]]; then pass; else fail "$1" "unwanted part" "$3" "in" "$2"; fi
}

# ------------------------------------------------------------------- files

# The bad datasets of the validation table.
# shellcheck disable=SC2034  # for the scripts that source this file
E2E_INVALID=$E2E_DATA/invalid

# cookies ARGS...: tests/e2e/fortune_cookies.pl (see there).
cookies() { perl "$E2E_DIR/fortune_cookies.pl" "$@"; }

# file_bytes FILE: the bytes of FILE as hex, for comparing files exactly.
file_bytes() { od -An -v -tx1 "$1" | tr -d ' \n'; }

# expect_file_unchanged DESCRIPTION FILE COPY: FILE has exactly the bytes of COPY.
expect_file_unchanged() {
  if cmp -s "$2" "$3"; then
    pass
  else
    fail "$1: the file should be byte for byte as before" "cmp" "$(cmp "$2" "$3" 2>&1)"
  fi
}

# expect_prefix DESCRIPTION OLD NEW: the file NEW starts with every byte of the file OLD.
expect_prefix() {
  local size
  size=$(wc -c <"$2")
  if cmp -s -n "$size" "$2" "$3" && (($(wc -c <"$3") > size)); then
    pass
  else
    fail "$1: the new file should start with every byte of the old one and add to it" \
      "cmp" "$(cmp -n "$size" "$2" "$3" 2>&1)"
  fi
}

# skip_unless_fortune_mod: exits 77 (skipped) without Debian's strfile and fortune;
# sets STRFILE and FORTUNE.
skip_unless_fortune_mod() {
  STRFILE=${STRFILE:-/usr/bin/strfile}
  FORTUNE=${FORTUNE:-/usr/games/fortune}
  if [[ ! -x $STRFILE || ! -x $FORTUNE ]]; then
    printf 'SKIP: %s and %s are not installed (fortune-mod)\n' "$STRFILE" "$FORTUNE"
    exit 77
  fi
}

# -------------------------------------------------------------------- quiz
# The quiz scripts keep their progress in $PROGRESS, under the temporary home.

PROGRESS=$XDG_STATE_HOME/lore/progress.toml
TODAY=$(date +%F)

# answers_file LINE...: a file with one line per argument (an empty argument: an empty
# line), printed as its path.
answers_file() {
  local file
  file=$(mktemp "$E2E_TMP/answers.XXXXXX")
  if (($# > 0)); then printf '%s\n' "$@" >"$file"; fi
  echo "$file"
}

# quiz INPUT_FILE ARGS...: runs `lore quiz ARGS` reading INPUT_FILE; sets OUT, ERR and
# STATUS, as run does.
quiz() {
  local input=$1
  shift
  LAST_COMMAND="lore quiz $(quote_words "$@") <$input"
  STATUS=0
  "$LORE" quiz "$@" <"$input" >"$OUT_FILE" 2>"$ERR_FILE" || STATUS=$?
  read_outputs
}

# learn N ARGS...: a quiz of N questions, every one skipped, read back as JSON with
# nothing saved. Sets IDS, ENTRIES (DATASET:ID, as the Missed line and `lore show`
# name them), ANSWERS, PROMPTS and CATEGORIES (arrays, in the order asked) and LEARNED
# (the JSON).
learn() {
  local n=$1
  shift
  quiz "$(answers_file_of_skips "$n")" -n "$n" --format json --no-save "$@"
  if [[ $STATUS -ne 0 ]]; then
    fail "learning run (lore quiz -n $n $*) exited with $STATUS: $ERR"
    return 1
  fi
  LEARNED=$OUT
  mapfile -t IDS < <(jq -r '.questions[].id' <<<"$LEARNED")
  mapfile -t ENTRIES < <(jq -r '.questions[].entry' <<<"$LEARNED")
  mapfile -t ANSWERS < <(jq -r '.questions[].answer' <<<"$LEARNED")
  mapfile -t PROMPTS < <(jq -r '.questions[].question' <<<"$LEARNED")
  mapfile -t CATEGORIES < <(jq -r '.questions[].category' <<<"$LEARNED")
  expect_eq "learning run asks $n questions" "${#IDS[@]}" "$n"
  expect_eq "learning run skips every one" \
    "$(jq '[.questions[] | select(.verdict == "skipped")] | length' <<<"$LEARNED")" "$n"
}

# answers_file_of_skips N: a file of N empty lines (N skipped questions), as its path.
answers_file_of_skips() {
  local file i
  file=$(mktemp "$E2E_TMP/skips.XXXXXX")
  for ((i = 0; i < $1; i++)); do echo; done >"$file"
  echo "$file"
}

# percent RIGHT ASKED: the percentage as the summary rounds it.
percent() {
  python3 -c 'import sys; r, a = int(sys.argv[1]), int(sys.argv[2]); print(round(100 * r / a) if a else 0)' "$1" "$2"
}

# progress_field ID FIELD: a field of one question's record in the progress file
# (read with Python's TOML parser), or "none".
progress_field() {
  python3 - "$PROGRESS" "$1" "$2" <<'PY'
import sys, tomllib
path, qid, field = sys.argv[1:4]
with open(path, "rb") as f:
    data = tomllib.load(f)
record = data.get("questions", {}).get(qid)
print("none" if record is None or field not in record else record[field])
PY
}

# progress_count: how many questions the progress file records.
progress_count() {
  python3 - "$PROGRESS" <<'PY'
import sys, tomllib
with open(sys.argv[1], "rb") as f:
    print(len(tomllib.load(f).get("questions", {})))
PY
}

# typo_of ANSWER: ANSWER with its last letter dropped (one edit).
typo_of() { echo "${1%?}"; }

# is_typoable ANSWER: one word of at least five ASCII letters, so that dropping a letter
# is a typo the matcher forgives and not another word.
is_typoable() { [[ $1 =~ ^[A-Za-z]{5,}$ ]]; }

# -------------------------------------------------------------------- tmux
# use_tmux: a private tmux server for this script, killed on exit (skips with 77
# without tmux). Then tmx runs tmux on it, and the helpers below read the screen of
# its session "quiz".
use_tmux() {
  command -v tmux >/dev/null || {
    echo "tmux is not installed: skipped"
    exit 77
  }
  TMUX_SOCKET="lore-test-$$"
  trap 'tmux -L "$TMUX_SOCKET" kill-server 2>/dev/null || true
        rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$TMUX_SOCKET"
        xdg_home_cleanup' EXIT
  # The pane stays after the quiz ends, so its last screen and status can be read.
  printf 'set -g remain-on-exit on\nset -g history-limit 2000\n' >"$E2E_TMP/tmux.conf"
}

tmx() { tmux -L "$TMUX_SOCKET" -f "$E2E_TMP/tmux.conf" "$@"; }

# tmx_new_session ARGS...: tmx new-session, tried again when the tmux server dies as
# it starts ("server exited unexpectedly", seen once on a loaded machine): that is
# tmux's trouble, not lore's. Any other error stands.
tmx_new_session() {
  local try error
  for try in 1 2 3; do
    if error=$(tmx new-session "$@" 2>&1); then return 0; fi
    [[ $error == *"server exited unexpectedly"* ]] || break
    sleep 0.2
  done
  echo "$error" >&2
  return 1
}

screen() { tmx capture-pane -p -t quiz "$@"; }

# wait_for TEXT [capture options]: polls the screen up to 5 s, in 0.1 s steps.
wait_for() {
  local text=$1 i
  shift
  for ((i = 0; i < 50; i++)); do
    if [[ "$(screen "$@" 2>/dev/null)" == *"$text"* ]]; then return 0; fi
    sleep 0.1
  done
  fail "not on screen after 5 s: [$text]" "screen" "$(screen 2>&1)"
  return 1
}

# wait_for_file FILE: polls up to 5 s for FILE to be written.
wait_for_file() {
  local i
  for ((i = 0; i < 50; i++)); do
    [[ -s $1 ]] && return 0
    sleep 0.1
  done
  return 1
}

# sgr_before WORD: the SGR parameters set just before WORD on the screen, one per
# line (tmux may rewrite "ESC[1;32m" as "ESC[1mESC[32m").
sgr_before() {
  screen -e | python3 -c '
import re, sys
found = re.search(r"((?:\x1b\[[0-9;]*m)+)" + re.escape(sys.argv[1]), sys.stdin.read())
sequences = re.findall(r"\[([0-9;]*)m", found.group(1)) if found else []
print("\n".join(p for seq in sequences for p in seq.split(";")))
' "$1"
}

# has_sgr WORD PARAM: "yes" when PARAM (e.g. 32, green) is set just before WORD.
has_sgr() { if grep -qx "$2" <<<"$(sgr_before "$1")"; then echo yes; else echo no; fi; }

# The screen with its lines joined: what wraps at 100 columns reads as one text.
flat() { screen -J | tr '\n' ' ' | tr -s ' '; }
squeeze() { tr '\n' ' ' <<<"$1" | tr -s ' '; }
