#!/usr/bin/env bash
# A quiz driven through standard input with --seed: the same seed gives the same
# questions; right answers, typos, skips and wrong answers get their verdicts; `q`,
# `quit` and the end of input stop early; the summary shows score, percentage, streak
# and the missed ids; the answers land in the progress file.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
set -eo pipefail

N=6
# The first seed from 11 whose quiz holds a one-word answer to misspell.
typo_at=-1
for seed in $(seq 11 60); do
  learn "$N" --seed "$seed"
  for i in "${!ANSWERS[@]}"; do
    if is_typoable "${ANSWERS[$i]}"; then typo_at=$i; break; fi
  done
  if ((typo_at >= 0)); then break; fi
done
if ((typo_at < 0)); then
  fail "no seed from 11 to 60 asks a one-word answer"
  finish
fi
SEED=$seed
first_ids=("${IDS[@]}")

# ------------------------------------------------------------ same seed, same quiz
learn "$N" --seed "$SEED"
expect_eq "the same seed asks the same questions" "${IDS[*]}" "${first_ids[*]}"
learn "$N" --seed $((SEED + 1000))
if [[ "${first_ids[*]}" == "${IDS[*]}" ]]; then fail "another seed asked the very same quiz"; fi
learn "$N" --seed "$SEED"

# ------------------------------------------------------------ one answer of each kind
# The typo where a one-word answer is asked; among the others, the first answered in
# capitals, the second skipped, the third wrong, the rest right as given.
declare -a given expected
others=0
for i in "${!ANSWERS[@]}"; do
  answer=${ANSWERS[$i]}
  if ((i == typo_at)); then
    given[i]=$(typo_of "$answer")
    # shellcheck disable=SC1111  # the curly quotes are lore's own
    expected[i]="Right! (It is spelled “$answer”.)"
    continue
  fi
  case $others in
    0) given[i]=${answer^^}; expected[i]="Right!" ;;
    1) given[i]=""; expected[i]="Skipped. The answer is: $answer" ;;
    2) given[i]="zzzz qqqq xxxx"; expected[i]="Wrong. The answer is: $answer" ;;
    *) given[i]=$answer; expected[i]="Right!" ;;
  esac
  others=$((others + 1))
done
input=$(answers_file "${given[@]}")
quiz "$input" --seed "$SEED" -n "$N"
expect_eq "exit status" "$STATUS" 0
expect_eq "standard error" "$ERR" ""
for i in "${!IDS[@]}"; do
  n=$((i + 1))
  expect_contains "question $n is shown with its category" "$OUT" \
    "Question $n/$N  [${CATEGORIES[$i]}]"$'\n'"${PROMPTS[$i]}"
  # The answer as typed, then the verdict on a line of its own.
  expect_contains "verdict of question $n" "$OUT" "> ${given[$i]}"$'\n'"${expected[$i]}"$'\n'
done
# A plain right answer shows no spelling; the typo alone does.
expect_eq "spelling shown once" "$(grep -c 'It is spelled' <<<"$OUT")" 1

# The summary: 4 of 6 right (the typo counts), the skipped and the wrong one missed.
missed=()
streak=0
longest=0
right=0
for i in "${!IDS[@]}"; do
  if [[ ${expected[$i]} == Right!* ]]; then
    right=$((right + 1))
    streak=$((streak + 1))
    if ((streak > longest)); then longest=$streak; fi
  else
    streak=0
    missed+=("${ENTRIES[$i]}")
  fi
done
expect_eq "right answers" "$right" 4
expect_contains "score" "$OUT" "Score: $right/$N ($(percent "$right" "$N")%)"$'\n'
expect_contains "longest streak" "$OUT" $'\n'"Longest streak: $longest"$'\n'
missed_line="${missed[*]}"
expect_contains "missed ids" "$OUT" $'\n'"Missed: $missed_line"
expect_eq "summary is the end" "$(tail -n 1 <<<"$OUT")" "Missed: $missed_line"
expect_not_contains "not stopped early" "$OUT" "Stopped after"
# What the Missed line names, lore show shows.
# shellcheck disable=SC2086 # one argument per id
run show --format json ${missed_line}
expect_eq "lore show takes the missed entries: status" "$STATUS" 0
expect_eq "lore show takes the missed entries: each" \
  "$(jq -r '.[] | "\(.dataset):\(.id)"' <<<"$OUT" | paste -sd' ' -)" "$missed_line"

# Every answer is recorded: right ones up to box 2, missed ones in box 1.
expect_eq "recorded questions" "$(progress_count)" "$N"
for i in "${!IDS[@]}"; do
  id=${IDS[$i]}
  expect_eq "$id asked" "$(progress_field "$id" asked)" 1
  if [[ ${expected[$i]} == Right!* ]]; then
    expect_eq "$id right" "$(progress_field "$id" right)" 1
    expect_eq "$id box" "$(progress_field "$id" box)" 2
  else
    expect_eq "$id right" "$(progress_field "$id" right)" 0
    expect_eq "$id box" "$(progress_field "$id" box)" 1
  fi
  expect_eq "$id last seen" "$(progress_field "$id" last_seen)" "$TODAY"
done

# ------------------------------------------------------------ stopping early
for stop in q quit Q " QUIT "; do
  input=$(answers_file "${ANSWERS[0]}" "$stop" "${ANSWERS[2]}")
  quiz "$input" --seed "$SEED" -n "$N" --no-save
  expect_eq "'$stop' exit status" "$STATUS" 0
  expect_contains "'$stop' stops" "$OUT" "Stopped after 1 of $N questions."$'\n'
  expect_contains "'$stop' score" "$OUT" "Score: 1/1 (100%)"
  expect_not_contains "'$stop' asks no more" "$OUT" "Question 3/$N"
  expect_not_contains "'$stop' is no answer" "$OUT" "Wrong."
done

# The end of input stops too, even in the middle of a line.
input=$(answers_file "${ANSWERS[0]}")
quiz "$input" --seed "$SEED" -n "$N" --no-save
expect_eq "end of input: exit status" "$STATUS" 0
expect_contains "end of input stops" "$OUT" "Stopped after 1 of $N questions."
expect_contains "end of input score" "$OUT" "Score: 1/1 (100%)"

printf '%s' "${ANSWERS[0]}" >"$E2E_TMP/no-newline"
quiz "$E2E_TMP/no-newline" --seed "$SEED" -n "$N" --no-save
expect_contains "a last line without newline is an answer" "$OUT" \
  "> ${ANSWERS[0]}"$'\n'"Right!"
expect_contains "then input ends" "$OUT" "Stopped after 1 of $N questions."

: >"$E2E_TMP/empty"
quiz "$E2E_TMP/empty" --seed "$SEED" -n "$N"
expect_eq "no input at all: exit status" "$STATUS" 0
expect_contains "no input at all" "$OUT" "Stopped after 0 of $N questions."$'\n'"Score: 0/0 (0%)"

# CR LF line endings, as a Windows editor writes them.
printf '%s\r\n%s\r\n' "${ANSWERS[0]}" "${ANSWERS[1]}" >"$E2E_TMP/crlf"
quiz "$E2E_TMP/crlf" --seed "$SEED" -n "$N" --no-save
expect_contains "CR LF answers" "$OUT" "Score: 2/2 (100%)"

finish
