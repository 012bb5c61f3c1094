#!/usr/bin/env bash
# A corrupt progress file is moved aside to PATH.corrupt with a warning, and the quiz
# goes on as if there were none.
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
expect_contains "naming where it went" "$ERR" "$PROGRESS.corrupt"
expect_eq "one warning" "$(grep -c 'warning' <<<"$ERR")" 1
[[ -f "$PROGRESS.corrupt" ]] || fail "$PROGRESS.corrupt was not made"
cmp -s "$E2E_TMP/garbage" "$PROGRESS.corrupt" || fail "the damaged file was not kept byte for byte"
expect_eq "a fresh file with this quiz" "$(progress_count)" "$N"
expect_eq "and its answers" "$(for id in "${IDS[@]}"; do progress_field "$id" right; done | tr '\n' ' ' | sed 's/ $//')" \
  "1 0 1"

# With --review the file is read first: the same warning, once, and the quiz goes on.
printf 'questions = "not a table"\n' >"$PROGRESS"
quiz "$input" --seed "$SEED" -n "$N" --review
expect_eq "review: status" "$STATUS" 0
expect_eq "review: one warning" "$(grep -c 'warning' <<<"$ERR")" 1
expect_contains "review: moved aside" "$ERR" "$PROGRESS.corrupt"
expect_contains "review: the quiz went on" "$OUT" "Score: 2/3 (67%)"
expect_eq "review: saved afresh" "$(progress_count)" "$N"
expect_eq "review: the newer damaged file is kept" "$(cat "$PROGRESS.corrupt")" 'questions = "not a table"'

# --stats on a damaged file: the warning, and no stats.
printf 'asked = \n' >"$PROGRESS"
quiz /dev/null --stats
expect_eq "stats: status" "$STATUS" 0
expect_contains "stats: warning" "$ERR" "$PROGRESS.corrupt"
expect_contains "stats: nothing recorded" "$OUT" "No quiz answers recorded yet."

# Counts that cannot be (more right than asked) are damage too.
printf '[questions.director]\nasked = 1\nright = 9\nbox = 1\n' >"$PROGRESS"
quiz "$input" --seed "$SEED" -n "$N"
expect_eq "bad counts: status" "$STATUS" 0
expect_contains "bad counts: warning" "$ERR" "$PROGRESS.corrupt"
expect_eq "bad counts: director dropped" "$(progress_field director asked)" none

finish
