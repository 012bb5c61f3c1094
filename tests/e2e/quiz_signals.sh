#!/usr/bin/env bash
# Issue 11: every answer is saved as it is given, so a quiz that a signal ends loses
# none. SIGTERM and SIGHUP end it quietly with 128 + the signal; input that ends early
# ends it with the score so far. (Ctrl-C at a terminal is in quiz_tmux.sh: a shell
# script's background jobs ignore SIGINT.)
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
set -eo pipefail

N=5
SEED=12
learn "$N" --seed "$SEED"

# wait_recorded COUNT: polls up to 5 s until the progress file records COUNT questions.
wait_recorded() {
  local i
  for ((i = 0; i < 50; i++)); do
    [[ -s $PROGRESS && $(progress_count) == "$1" ]] && return 0
    sleep 0.1
  done
  return 1
}

# ------------------------------------------------------------ SIGTERM, SIGHUP
for signal in TERM HUP; do
  SECTION=$signal
  rm -f "$PROGRESS" "$E2E_TMP/fifo"
  mkfifo "$E2E_TMP/fifo"
  "$LORE" quiz --seed "$SEED" -n "$N" <"$E2E_TMP/fifo" >"$OUT_FILE" 2>"$ERR_FILE" &
  pid=$!
  exec 7>"$E2E_TMP/fifo"
  printf '%s\n%s\n' "${ANSWERS[0]}" "not the answer" >&7
  wait_recorded 2 || fail "$signal: two answers not recorded while the quiz waits"
  kill "-$signal" "$pid"
  STATUS=0
  wait "$pid" || STATUS=$?
  exec 7>&-
  read_outputs
  LAST_COMMAND="lore quiz --seed $SEED -n $N <fifo; kill -$signal after two answers"
  expected=$((128 + $(kill -l "$signal")))
  expect_status "$expected"
  expect_eq "$signal: first answer kept" "$(progress_field "${IDS[0]}" right)/$(progress_field "${IDS[0]}" asked)" 1/1
  expect_eq "$signal: second answer kept" "$(progress_field "${IDS[1]}" right)/$(progress_field "${IDS[1]}" asked)" 0/1
  expect_eq "$signal: nothing more" "$(progress_count)" 2
  expect_stdout_not_contains "Score:"
  expect_stdout_contains "Question 3/$N"
  expect_stderr_empty
  leftovers=$(find "$(dirname "$PROGRESS")" -mindepth 1 ! -name progress.toml ! -name progress.toml.lock)
  expect_eq "$signal: no temporary file left" "$leftovers" ""
done

# ------------------------------------------------------------ input that ends early
SECTION="early end"
rm -f "$PROGRESS"
run_shell "printf '%s\n%s\n' '${ANSWERS[0]}' '${ANSWERS[1]}' | \"\$LORE\" quiz --seed $SEED -n $N"
expect_status 0
expect_stdout_contains "Stopped after 2 of $N questions."
expect_stdout_contains "Score: 2/2 (100%)"
expect_eq "early end: both kept" "$(progress_count)" 2

# Each answer is on disk before the next question is read: the file already holds the
# first answer while the quiz waits for the second.
SECTION="as given"
rm -f "$PROGRESS" "$E2E_TMP/fifo"
mkfifo "$E2E_TMP/fifo"
"$LORE" quiz --seed "$SEED" -n "$N" <"$E2E_TMP/fifo" >"$OUT_FILE" 2>"$ERR_FILE" &
pid=$!
exec 7>"$E2E_TMP/fifo"
printf '%s\n' "${ANSWERS[0]}" >&7
wait_recorded 1 || fail "the first answer is not on disk while the quiz waits for the next"
expect_eq "as given: the first answer" "$(progress_field "${IDS[0]}" right)" 1
exec 7>&-
STATUS=0
wait "$pid" || STATUS=$?
read_outputs
expect_status 0
expect_stdout_contains "Stopped after 1 of $N questions."

finish
