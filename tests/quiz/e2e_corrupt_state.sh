#!/usr/bin/env bash
# A corrupt progress file is moved aside to PATH.corrupt with a warning, and the quiz
# goes on as if there were none.
source "$(dirname "$0")/lib.sh"

N=3
SEED=6
learn "$N" --seed "$SEED"
input=$(answers_file "${ANSWERS[0]}" "" "${ANSWERS[2]}")
quiz "$input" --seed "$SEED" -n "$N" --no-save
clean_out=$OUT

garbage=$'[questions.director]\nasked = "many"\nthis is = = not toml\n'
mkdir -p "$(dirname "$PROGRESS")"
printf '%s' "$garbage" >"$PROGRESS"
printf '%s' "$garbage" >"$WORK/garbage"

quiz "$input" --seed "$SEED" -n "$N"
expect_eq "status" 0 "$STATUS"
expect_eq "the quiz output is intact" "$clean_out" "$OUT"
expect_contains "a warning" "$ERR" "lore: warning: "
expect_contains "naming where it went" "$ERR" "$PROGRESS.corrupt"
expect_eq "one warning" 1 "$(grep -c 'warning' <<<"$ERR")"
[[ -f "$PROGRESS.corrupt" ]] || fail "$PROGRESS.corrupt was not made"
cmp -s "$WORK/garbage" "$PROGRESS.corrupt" || fail "the damaged file was not kept byte for byte"
expect_eq "a fresh file with this quiz" "$N" "$(progress_count)"
expect_eq "and its answers" "1 0 1" \
  "$(for id in "${IDS[@]}"; do progress_field "$id" right; done | tr '\n' ' ' | sed 's/ $//')"

# With --review the file is read first: the same warning, once, and the quiz goes on.
printf 'questions = "not a table"\n' >"$PROGRESS"
quiz "$input" --seed "$SEED" -n "$N" --review
expect_eq "review: status" 0 "$STATUS"
expect_eq "review: one warning" 1 "$(grep -c 'warning' <<<"$ERR")"
expect_contains "review: moved aside" "$ERR" "$PROGRESS.corrupt"
expect_contains "review: the quiz went on" "$OUT" "Score: 2/3 (67%)"
expect_eq "review: saved afresh" "$N" "$(progress_count)"
expect_eq "review: the newer damaged file is kept" 'questions = "not a table"' "$(cat "$PROGRESS.corrupt")"

# --stats on a damaged file: the warning, and no stats.
printf 'asked = \n' >"$PROGRESS"
quiz /dev/null --stats
expect_eq "stats: status" 0 "$STATUS"
expect_contains "stats: warning" "$ERR" "$PROGRESS.corrupt"
expect_contains "stats: nothing recorded" "$OUT" "No quiz answers recorded yet."

# Counts that cannot be (more right than asked) are damage too.
printf '[questions.director]\nasked = 1\nright = 9\nbox = 1\n' >"$PROGRESS"
quiz "$input" --seed "$SEED" -n "$N"
expect_eq "bad counts: status" 0 "$STATUS"
expect_contains "bad counts: warning" "$ERR" "$PROGRESS.corrupt"
expect_eq "bad counts: director dropped" none "$(progress_field director asked)"

finish
