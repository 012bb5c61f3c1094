#!/usr/bin/env bash
# A progress file that is not TOML is moved aside to PATH.corrupt.N (the first N free,
# so no backup is ever replaced) with a warning, and the quiz goes on as if there were
# none. A bad record costs only itself: dropped or mended, named by FILE:LINE:COL.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
set -eo pipefail

N=3
SEED=6
learn "$N" --seed "$SEED"
input=$(answers_file "${ANSWERS[0]}" "" "${ANSWERS[2]}")
quiz "$input" --seed "$SEED" -n "$N" --no-save
clean_out=$OUT

garbage=$'[questions.director]\nasked = "many"\nthis is = = not toml\n'
mkdir -p "$(dirname "$PROGRESS")"
printf '%s' "$garbage" >"$PROGRESS"
printf '%s' "$garbage" >"$E2E_TMP/garbage"

quiz "$input" --seed "$SEED" -n "$N"
expect_eq "status" "$STATUS" 0
expect_eq "the quiz output is intact" "$OUT" "$clean_out"
expect_contains "a warning" "$ERR" "lore: warning: "
expect_contains "naming where it went" "$ERR" "$PROGRESS.corrupt.1"
expect_eq "one warning" "$(grep -c 'warning' <<<"$ERR")" 1
[[ -f "$PROGRESS.corrupt.1" ]] || fail "$PROGRESS.corrupt.1 was not made"
cmp -s "$E2E_TMP/garbage" "$PROGRESS.corrupt.1" || fail "the damaged file was not kept byte for byte"
expect_eq "a fresh file with this quiz" "$(progress_count)" "$N"
expect_eq "and its answers" "$(for id in "${IDS[@]}"; do progress_field "$id" right; done | tr '\n' ' ' | sed 's/ $//')" \
  "1 0 1"

# With --review the file is read first: the same warning, once, and the quiz goes on.
printf 'questions = "not a table"\n' >"$PROGRESS"
quiz "$input" --seed "$SEED" -n "$N" --review
expect_eq "review: status" "$STATUS" 0
expect_eq "review: one warning" "$(grep -c 'warning' <<<"$ERR")" 1
expect_contains "review: moved aside" "$ERR" "$PROGRESS.corrupt.2"
expect_contains "review: the quiz went on" "$OUT" "Score: 2/3 (67%)"
expect_eq "review: saved afresh" "$(progress_count)" "$N"
# Two damaged files in a row: two backups, the first one untouched.
expect_eq "review: the newer damaged file is kept" "$(cat "$PROGRESS.corrupt.2")" 'questions = "not a table"'
cmp -s "$E2E_TMP/garbage" "$PROGRESS.corrupt.1" || fail "the first backup was replaced"

# --stats on a damaged file: the warning, and no stats.
printf 'asked = \n' >"$PROGRESS"
quiz /dev/null --stats
expect_eq "stats: status" "$STATUS" 0
expect_contains "stats: warning" "$ERR" "$PROGRESS.corrupt.3"
expect_contains "stats: nothing recorded" "$OUT" "No quiz answers recorded yet."
expect_eq "three backups" "$(find "$(dirname "$PROGRESS")" -name 'progress.toml.corrupt.*' | wc -l)" 3

# ------------------------------------------------------------ a bad record
# Issue 11: a hand-edited record costs that record alone, never the file.
rm -f "$PROGRESS" "$PROGRESS".corrupt.*
learn "$N" --seed "$SEED"
cat >"$PROGRESS" <<TOML
[questions.kept-as-it-was]
asked = 4
right = 3
box = 3
last_seen = 2026-01-02

[questions.boxed-too-high]
asked = 2
right = 1
box = 99

[questions.more-right-than-asked]
asked = 1
right = 9
box = 1

[questions.wrong-type]
asked = "many"
right = 0
box = 1
TOML
quiz "$input" --seed "$SEED" -n "$N"
expect_eq "bad records: status" "$STATUS" 0
expect_eq "bad records: the quiz output is intact" "$OUT" "$clean_out"
expect_contains "bad records: the box, by line and column" "$ERR" \
  "lore: warning: $PROGRESS:10:7: question 'boxed-too-high': box 99 is out of range (1 to 5); read as 5"
expect_contains "bad records: more right than asked" "$ERR" \
  "lore: warning: $PROGRESS:14:9: question 'more-right-than-asked': right (9) is more than asked (1); read as 1"
expect_contains "bad records: the wrong type" "$ERR" \
  "lore: warning: $PROGRESS:18:9: question 'wrong-type': asked is not a whole number"
expect_eq "bad records: each said once" "$(grep -c 'warning' <<<"$ERR")" 3
expect_eq "bad records: nothing moved aside" "$(find "$(dirname "$PROGRESS")" -name '*.corrupt*')" ""
expect_eq "bad records: the good one kept" \
  "$(progress_field kept-as-it-was asked) $(progress_field kept-as-it-was right) $(progress_field kept-as-it-was box) $(progress_field kept-as-it-was last_seen)" \
  "4 3 3 2026-01-02"
expect_eq "bad records: the box clamped" "$(progress_field boxed-too-high box)" 5
expect_eq "bad records: right cut to asked" "$(progress_field more-right-than-asked right)" 1
expect_eq "bad records: the wrong type dropped" "$(progress_field wrong-type asked)" none
expect_eq "bad records: this quiz saved too" "$(progress_field "${IDS[0]}" right)" 1
# Mended once and saved: the next run says nothing.
quiz "$input" --seed "$SEED" -n "$N"
expect_eq "bad records mended: no warning" "$ERR" ""

finish
