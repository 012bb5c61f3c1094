#!/usr/bin/env bash
# An unwritable state folder gives a warning on standard error, not a failure: exit
# status 0 and the quiz output intact. The tests run as root, which permissions do not
# stop, so the state folder is made impossible by a regular file where a parent folder
# should be.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
set -eo pipefail

N=3
SEED=9
learn "$N" --seed "$SEED"
input=$(answers_file "${ANSWERS[0]}" "nope" "${ANSWERS[2]}")
quiz "$input" --seed "$SEED" -n "$N" --no-save
clean_out=$OUT
quiz "$input" --seed "$SEED" -n "$N" --no-save --format json
clean_json=$OUT

echo "just a file" >"$E2E_TMP/blocker"
for state in "$E2E_TMP/blocker/state" "$E2E_TMP/blocker"; do
  export XDG_STATE_HOME=$state
  quiz "$input" --seed "$SEED" -n "$N"
  expect_eq "$state: status" "$STATUS" 0
  expect_eq "$state: the quiz output is intact" "$OUT" "$clean_out"
  expect_contains "$state: a warning" "$ERR" "lore: warning: quiz progress not saved"
  expect_contains "$state: naming the folder" "$ERR" "$E2E_TMP/blocker"
  expect_eq "$state: one line" "$(wc -l <<<"$ERR")" 1

  quiz "$input" --seed "$SEED" -n "$N" --format json
  expect_eq "$state json: status" "$STATUS" 0
  expect_eq "$state json: the record is intact" "$OUT" "$clean_json"
  expect_contains "$state json: a warning" "$ERR" "quiz progress not saved"

  # --pass still decides the status.
  quiz "$input" --seed "$SEED" -n "$N" --pass 90
  expect_eq "$state --pass: status" "$STATUS" 1
  expect_contains "$state --pass: warning" "$ERR" "quiz progress not saved"
  expect_contains "$state --pass: below" "$ERR" "below the pass mark"
done
expect_eq "the blocking file is untouched" "$(cat "$E2E_TMP/blocker")" "just a file"

# The progress file itself cannot be replaced (a folder is in its way).
export XDG_STATE_HOME="$E2E_TMP/state2"
mkdir -p "$XDG_STATE_HOME/lore/progress.toml/in-the-way"
quiz "$input" --seed "$SEED" -n "$N"
expect_eq "folder in the way: status" "$STATUS" 0
expect_eq "folder in the way: output intact" "$OUT" "$clean_out"
expect_contains "folder in the way: warning" "$ERR" "quiz progress not saved"
leftovers=$(find "$XDG_STATE_HOME/lore" -maxdepth 1 -name 'progress.toml.tmp*')
expect_eq "folder in the way: no temporary file left" "$leftovers" ""

finish
