#!/usr/bin/env bash
# --format json: one JSON record of the whole quiz on standard output, read back with
# jq; its questions, answers given, verdicts and score agree with each other and with
# what was typed.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
set -eo pipefail

N=7
# The first seed from 21 whose quiz has a one-word answer after the third question
# (which questions a seed draws changes with the built-in data).
typo_at=-1  # among the questions after the third
for SEED in $(seq 21 60); do
  learn "$N" --seed "$SEED"
  for i in "${!ANSWERS[@]}"; do
    if ((i > 2)) && is_typoable "${ANSWERS[$i]}"; then typo_at=$i; break; fi
  done
  if ((typo_at >= 0)); then break; fi
done
if ((typo_at < 0)); then fail "no seed from 21 to 60 asks a one-word answer after the third question"; fi

# First right, second skipped, third wrong, a typo where one fits, the rest right.
declare -a given verdict
for i in "${!ANSWERS[@]}"; do
  if ((i == typo_at)); then
    given[i]=$(typo_of "${ANSWERS[$i]}"); verdict[i]=near-miss
  elif ((i == 1)); then
    given[i]=""; verdict[i]=skipped
  elif ((i == 2)); then
    given[i]="certainly not this"; verdict[i]=wrong
  else
    given[i]=${ANSWERS[$i]}; verdict[i]=right
  fi
done
input=$(answers_file "${given[@]}")
quiz "$input" --seed "$SEED" -n "$N" --format json
expect_eq "exit status" "$STATUS" 0
expect_eq "standard error" "$ERR" ""
if ! jq -e . >/dev/null <<<"$OUT"; then fail "standard output is not one JSON document: $OUT"; finish; fi
expect_eq "one JSON object alone" "$(jq -r 'type' <<<"$OUT")" object
expect_not_contains "no transcript mixed in" "$OUT" "Question 1/"

# What was asked and typed.
expect_eq "ids" "$(jq -r '.questions[].id' <<<"$OUT")" "$(printf '%s\n' "${IDS[@]}")"
# Issue 11: each question's entry, as lore show takes it, beside its id.
expect_eq "every entry is DATASET:ID" "$(jq '[.questions[].entry | test("^io:[^:]+$")] | all' <<<"$OUT")" true
e1=$(jq -r '.questions[1].entry' <<<"$OUT") e2=$(jq -r '.questions[2].entry' <<<"$OUT")
expected_missed=$e1
[[ $e2 != "$e1" ]] && expected_missed+=" $e2"
expect_eq "missed entries: those of the skipped and the wrong" \
  "$(jq -r '.missed_entries | join(" ")' <<<"$OUT")" "$expected_missed"
# shellcheck disable=SC2046 # one argument per entry
shown=0
lore show $(jq -r '.questions[].entry' <<<"$OUT" | sort -u) >/dev/null 2>&1 || shown=$?
expect_eq "lore show takes every entry" "$shown" 0
expect_eq "answers" "$(jq -r '.questions[].answer' <<<"$OUT")" "$(printf '%s\n' "${ANSWERS[@]}")"
expect_eq "questions" "$(jq -r '.questions[].question' <<<"$OUT")" "$(printf '%s\n' "${PROMPTS[@]}")"
expect_eq "given" "$(jq -r '.questions[].given' <<<"$OUT")" "$(printf '%s\n' "${given[@]}")"
expect_eq "verdicts" "$(jq -r '.questions[].verdict' <<<"$OUT")" "$(printf '%s\n' "${verdict[@]}")"
expect_eq "facts present" "$(jq '[.questions[] | select((.fact | length) > 0)] | length' <<<"$OUT")" "$N"

# The score agrees with the verdicts.
expect_eq "right flags follow verdicts" "$(jq \
  'all(.questions[]; .right == (.verdict == "right" or .verdict == "near-miss"))' <<<"$OUT")" true
expect_eq "planned" "$(jq .planned <<<"$OUT")" "$N"
expect_eq "asked" "$(jq .asked <<<"$OUT")" "$N"
expect_eq "asked = questions" "$(jq '.asked == (.questions | length)' <<<"$OUT")" true
expect_eq "right = right questions" "$(jq '.right == ([.questions[] | select(.right)] | length)' <<<"$OUT")" true
right=$(jq .right <<<"$OUT")
expect_eq "right count" "$right" "$((N - 2))"
expect_eq "percent" "$(jq '((.percent - (100 * .right / .asked)) | fabs) < 1e-9' <<<"$OUT")" true
expect_eq "missed = questions not right" "$(jq '.missed == [.questions[] | select(.right | not) | .id]' <<<"$OUT")" \
  true
expect_eq "missed ids" "$(jq -r '.missed | join(" ")' <<<"$OUT")" "${IDS[1]} ${IDS[2]}"
expect_eq "longest streak" "$(jq '.longest_streak == (reduce .questions[] as $q ({c: 0, m: 0};
  if $q.right then .c += 1 | .m = ([.m, .c] | max) else .c = 0 end) | .m)' <<<"$OUT")" true
expect_eq "longest streak value" "$(jq .longest_streak <<<"$OUT")" "$((N - 3))"
expect_eq "not stopped early" "$(jq .stopped_early <<<"$OUT")" false
expect_eq "no pass mark, no passed" "$(jq .passed <<<"$OUT")" null

# The same quiz in text says the same.
quiz "$input" --seed "$SEED" -n "$N" --no-save
expect_contains "text score agrees" "$OUT" "Score: $right/$N ($(percent "$right" "$N")%)"

# Stopped early: what was asked, no more.
input=$(answers_file "${ANSWERS[0]}" "q")
quiz "$input" --seed "$SEED" -n "$N" --format json --no-save
expect_eq "early: status" "$STATUS" 0
expect_eq "early: asked" "$(jq .asked <<<"$OUT")" 1
expect_eq "early: planned" "$(jq .planned <<<"$OUT")" "$N"
expect_eq "early: questions" "$(jq '.questions | length' <<<"$OUT")" 1
expect_eq "early: stopped" "$(jq .stopped_early <<<"$OUT")" true
expect_eq "early: percent" "$(jq .percent <<<"$OUT")" 100

# Multiple choice: the options are in the record, for each question that has fair ones;
# the others were asked freely, as the transcript says.
learn 3 --seed "$SEED" -m
with_options=$(jq '[.questions[] | select((.options | type) == "array")] | length' <<<"$LEARNED")
quiz "$(answers_file_of_skips 3)" -n 3 --seed "$SEED" -m --no-save
free=$(grep -c '^  (no fair options for this one: type your answer)$' <<<"$OUT" || true)
expect_eq "options recorded, or asked freely" "$((with_options + free))" 3

finish
