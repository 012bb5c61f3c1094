#!/usr/bin/env bash
# --no-save records nothing: no progress file, and an existing one is left as it was.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
set -eo pipefail

N=3
SEED=4
learn "$N" --seed "$SEED"
input=$(answers_file "${ANSWERS[0]}" "wrong answer here" "")

quiz "$input" --seed "$SEED" -n "$N" --no-save
expect_eq "status" "$STATUS" 0
expect_contains "the quiz ran" "$OUT" "Score: 1/3 (33%)"
[[ -e "$PROGRESS" ]] && fail "--no-save wrote $PROGRESS"
[[ -e "$XDG_STATE_HOME/lore" ]] && fail "--no-save made $XDG_STATE_HOME/lore"
# (the learning runs above used --no-save too)

# Saved once, then --no-save changes nothing.
quiz "$input" --seed "$SEED" -n "$N"
expect_eq "saved: status" "$STATUS" 0
[[ -f "$PROGRESS" ]] || fail "a quiz without --no-save wrote no $PROGRESS"
before=$(cat "$PROGRESS")
expect_eq "saved: questions" "$(progress_count)" 3
quiz "$input" --seed "$SEED" -n "$N" --no-save
expect_eq "--no-save left the file as it was" "$(cat "$PROGRESS")" "$before"
expect_eq "asked once, not twice" "$(progress_field "${IDS[0]}" asked)" 1

finish
