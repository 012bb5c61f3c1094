#!/usr/bin/env bash
# `lore export --format fortune` read by Debian's own strfile and fortune (fortune-mod):
# strfile indexes every cookie, and fortune prints one of them, byte for byte.
# Exit 77 (skipped) when they are not installed.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

STRFILE=${STRFILE:-/usr/bin/strfile}
FORTUNE=${FORTUNE:-/usr/games/fortune}
if [[ ! -x $STRFILE || ! -x $FORTUNE ]]; then
  printf 'SKIP: %s and %s are not installed (fortune-mod)\n' "$STRFILE" "$FORTUNE"
  exit 77
fi

# index NAME LORE_ARGS...: `lore export --format fortune LORE_ARGS...` into $E2E_TMP/NAME,
# then strfile on it. Sets STRINGS to the count strfile reports.
index() {
  local name=$1
  shift
  run export --format fortune "$@"
  expect_status 0
  cp "$OUT_FILE" "$E2E_TMP/$name"
  LAST_COMMAND="strfile $E2E_TMP/$name"
  "$STRFILE" "$E2E_TMP/$name" >"$E2E_TMP/$name.strfile" 2>&1
  STATUS=$?
  expect_status 0
  STRINGS=$(sed -n 's/^There were \([0-9]*\) strings$/\1/p' "$E2E_TMP/$name.strfile")
  expect_true "strfile made $name.dat" test -s "$E2E_TMP/$name.dat"
}

# draw NAME TIMES: fortune prints one of NAME's cookies each time, exactly.
draw() {
  local name=$1 times=$2 i
  for ((i = 0; i < times; i++)); do
    LAST_COMMAND="fortune $E2E_TMP/$name"
    "$FORTUNE" "$E2E_TMP/$name" >"$E2E_TMP/drawn" 2>"$ERR_FILE"
    STATUS=$?
    expect_status 0
    expect_true "fortune printed one of the cookies of $name ($(head -c 60 "$E2E_TMP/drawn" | tr '\n' ' '))" \
      cookies is-cookie "$E2E_TMP/$name" "$E2E_TMP/drawn"
  done
}

# fortune_m NAME PATTERN EXPECTED: fortune -m PATTERN prints exactly EXPECTED then "%"
# (and, on stderr, the file's name). Its exit status is fortune-mod's affair.
fortune_m() {
  LAST_COMMAND="fortune -m '$2' $E2E_TMP/$1"
  "$FORTUNE" -m "$2" "$E2E_TMP/$1" >"$OUT_FILE" 2>"$ERR_FILE"
  STATUS=$?
  read_outputs
  expect_stdout "$3
%"
  expect_stderr_contains "($E2E_TMP/$1)"
}

section "the built-in dataset"
index io --spoilers
expect_eq "strfile counts every entry" "$STRINGS" "$(lore list --spoilers --format tsv | wc -l)"
expect_eq "as many cookies as the file has" "$STRINGS" "$(cookies count "$E2E_TMP/io")"
draw io 10
fortune_m io "Hope is not a plan" "Hope is not a plan. But it’s something."
# fortune's own checks on the index: the longest and shortest cookie, in bytes.
longest=$(perl -0777 -ne 'my $m = 0; for (split /^%\n/m) { $m = length if length > $m } print $m' "$E2E_TMP/io")
expect_true "strfile's longest string is the longest cookie ($longest bytes)" \
  grep -qx "Longest string: $longest bytes" "$E2E_TMP/io.strfile"

section "a fortune file of our own, imported and exported"
# With LF line ends: strfile takes only "%\n" as a separator, and the export gives a
# CR LF file back its CR LF.
tr -d '\r' <"$(fixture sample.fortune)" >"$E2E_TMP/sample.lf"
run import fortune "$E2E_TMP/sample.lf" -o "$E2E_TMP/sample.toml"
expect_status 0
index sample --no-default --data "$E2E_TMP/sample.toml"
expect_eq "strfile counts the 7 cookies" "$STRINGS" "7"
draw sample 15
# Attributions come out as fortune files have them: two tabs, "-- ", the name.
fortune_m sample "Two lines" "Two lines,
   the second indented.
		-- A. Person"
fortune_m sample "no indentation" "An attribution with no indentation.
-- Somebody Else"
fortune_m sample "Café" "Café and 100% of it."
# A quote with a speaker from a dataset of lore's own.
index tales quote --no-default --data "$(fixture tales.toml)"
expect_eq "strfile counts tales' quotes" "$STRINGS" "$(lore quote -a --format tsv --no-default --data "$(fixture tales.toml)" | wc -l)"
fortune_m tales "Hold the line" "Hold the line’s end — don’t let go.
		-- Ripley"
draw tales 5

section "fortune -f takes the file as a source of cookies"
LAST_COMMAND="fortune -f $E2E_TMP/sample"
"$FORTUNE" -f "$E2E_TMP/sample" >"$OUT_FILE" 2>"$ERR_FILE"
STATUS=$?
read_outputs
expect_status 0
expect_eq "fortune -f: the whole chance to the one file" "$ERR" "100.00% $E2E_TMP/sample"

finish
