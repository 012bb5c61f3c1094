#!/usr/bin/env bash
# --no-save records nothing: no progress file, and an existing one is left as it was.
source "$(dirname "$0")/lib.sh"

N=3
SEED=4
learn "$N" --seed "$SEED"
input=$(answers_file "${ANSWERS[0]}" "wrong answer here" "")

quiz "$input" --seed "$SEED" -n "$N" --no-save
expect_eq "status" 0 "$STATUS"
expect_contains "the quiz ran" "$OUT" "Score: 1/3 (33%)"
[[ -e "$PROGRESS" ]] && fail "--no-save wrote $PROGRESS"
[[ -e "$XDG_STATE_HOME/lore" ]] && fail "--no-save made $XDG_STATE_HOME/lore"
# (the learning runs above used --no-save too)

# Saved once, then --no-save changes nothing.
quiz "$input" --seed "$SEED" -n "$N"
expect_eq "saved: status" 0 "$STATUS"
[[ -f "$PROGRESS" ]] || fail "a quiz without --no-save wrote no $PROGRESS"
before=$(cat "$PROGRESS")
expect_eq "saved: questions" 3 "$(progress_count)"
quiz "$input" --seed "$SEED" -n "$N" --no-save
expect_eq "--no-save left the file as it was" "$before" "$(cat "$PROGRESS")"
expect_eq "asked once, not twice" 1 "$(progress_field "${IDS[0]}" asked)"

finish
