#!/usr/bin/env bash
# --pass PERCENT: exit status 1 when the score is below the mark, 0 at or above it; the
# quiz output is whole either way.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
set -eo pipefail

N=4
SEED=8
learn "$N" --seed "$SEED"
# Three right, one wrong: 75%.
input=$(answers_file "${ANSWERS[0]}" "${ANSWERS[1]}" "no idea at all" "${ANSWERS[3]}")

for mark in 0 50 74.9 75; do
  quiz "$input" --seed "$SEED" -n "$N" --no-save --pass "$mark"
  expect_eq "75% with --pass $mark: status" "$STATUS" 0
  expect_eq "75% with --pass $mark: no message" "$ERR" ""
  expect_contains "75% with --pass $mark: score" "$OUT" "Score: 3/4 (75%)"
done

for mark in 75.1 76 100; do
  quiz "$input" --seed "$SEED" -n "$N" --no-save --pass "$mark"
  expect_eq "75% with --pass $mark: status" "$STATUS" 1
  expect_contains "75% with --pass $mark: says why" "$ERR" "below the pass mark"
  expect_contains "75% with --pass $mark: the quiz is all there" "$OUT" \
    "Question 4/$N"
  expect_contains "75% with --pass $mark: summary" "$OUT" "Score: 3/4 (75%)"
done

# The JSON record tells the mark and whether it was reached.
quiz "$input" --seed "$SEED" -n "$N" --no-save --pass 80 --format json
expect_eq "json below: status" "$STATUS" 1
expect_eq "json below: pass" "$(jq .pass <<<"$OUT")" 80
expect_eq "json below: passed" "$(jq .passed <<<"$OUT")" false
quiz "$input" --seed "$SEED" -n "$N" --no-save --pass 75 --format json
expect_eq "json at the mark: status" "$STATUS" 0
expect_eq "json at the mark: passed" "$(jq .passed <<<"$OUT")" true

# All right passes 100; nothing right passes only 0.
input=$(answers_file "${ANSWERS[@]}")
quiz "$input" --seed "$SEED" -n "$N" --no-save --pass 100
expect_eq "100% with --pass 100" "$STATUS" 0
input=$(answers_file "" "" "" "")
quiz "$input" --seed "$SEED" -n "$N" --no-save --pass 0
expect_eq "0% with --pass 0" "$STATUS" 0
quiz "$input" --seed "$SEED" -n "$N" --no-save --pass 1
expect_eq "0% with --pass 1" "$STATUS" 1

# Quitting early does not pass: the mark is judged over the questions planned.
input=$(answers_file "${ANSWERS[0]}" "q")
quiz "$input" --seed "$SEED" -n "$N" --no-save --pass 100
expect_eq "one right of 4, then q, with --pass 100" "$STATUS" 1
expect_contains "quit early: says why" "$ERR" "25% of 4 questions is below the pass mark"
quiz "$input" --seed "$SEED" -n "$N" --no-save --pass 25
expect_eq "one right of 4, then q, with --pass 25" "$STATUS" 0

# The mark is a percentage.
for bad in 101 -1 abc; do
  quiz "$input" --seed "$SEED" -n "$N" --no-save --pass "$bad"
  expect_eq "--pass $bad is a usage error" "$STATUS" 2
done

finish
