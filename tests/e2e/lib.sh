# shellcheck shell=bash
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
#
# Datasets: $E2E_DATA holds the fixtures; `fixture NAME` prints the path of one.

set -u

: "${LORE:?LORE must name the lore binary (ctest sets it)}"
: "${E2E_DATA:?E2E_DATA must name tests/e2e/data (ctest sets it)}"
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
E2E_TMP=$(mktemp -d "${TMPDIR:-/tmp}/lore-e2e.XXXXXX")
trap 'rm -rf "$E2E_TMP"' EXIT

# No dataset, configuration or saved state of the caller's may reach lore: an
# empty home and XDG folders of our own, and no LORE_PATH.
unset LORE_PATH
export HOME=$E2E_TMP/home
export XDG_DATA_HOME=$HOME/.local/share
export XDG_CONFIG_HOME=$HOME/.config
export XDG_STATE_HOME=$HOME/.local/state
export XDG_CACHE_HOME=$HOME/.cache
export XDG_DATA_DIRS=$E2E_TMP/xdg-data-dirs
export XDG_CONFIG_DIRS=$E2E_TMP/xdg-config-dirs
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_STATE_HOME" "$XDG_CACHE_HOME" \
  "$XDG_DATA_DIRS" "$XDG_CONFIG_DIRS"
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
    -e 's/^/      | /'
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
