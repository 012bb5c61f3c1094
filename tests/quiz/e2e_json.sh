#!/usr/bin/env bash
# --format json: one JSON record of the whole quiz on standard output, read back with
# jq; its questions, answers given, verdicts and score agree with each other and with
# what was typed.
source "$(dirname "$0")/lib.sh"

N=7
SEED=21
learn "$N" --seed "$SEED"
typo_at=-1  # among the questions after the third
for i in "${!ANSWERS[@]}"; do
  if ((i > 2)) && is_typoable "${ANSWERS[$i]}"; then typo_at=$i; break; fi
done
if ((typo_at < 0)); then fail "seed $SEED asks no one-word answer after the third question"; fi

# First right, second skipped, third wrong, a typo where one fits, the rest right.
declare -a given verdict
for i in "${!ANSWERS[@]}"; do
  if ((i == typo_at)); then
    given[$i]=$(typo_of "${ANSWERS[$i]}"); verdict[$i]=near-miss
  elif ((i == 1)); then
    given[$i]=""; verdict[$i]=skipped
  elif ((i == 2)); then
    given[$i]="certainly not this"; verdict[$i]=wrong
  else
    given[$i]=${ANSWERS[$i]}; verdict[$i]=right
  fi
done
input=$(answers_file "${given[@]}")
quiz "$input" --seed "$SEED" -n "$N" --format json
expect_eq "exit status" 0 "$STATUS"
expect_eq "standard error" "" "$ERR"
if ! jq -e . >/dev/null <<<"$OUT"; then fail "standard output is not one JSON document: $OUT"; finish; fi
expect_eq "one JSON object alone" object "$(jq -r 'type' <<<"$OUT")"
expect_not_contains "no transcript mixed in" "$OUT" "Question 1/"

# What was asked and typed.
expect_eq "ids" "$(printf '%s\n' "${IDS[@]}")" "$(jq -r '.questions[].id' <<<"$OUT")"
expect_eq "answers" "$(printf '%s\n' "${ANSWERS[@]}")" "$(jq -r '.questions[].answer' <<<"$OUT")"
expect_eq "questions" "$(printf '%s\n' "${PROMPTS[@]}")" "$(jq -r '.questions[].question' <<<"$OUT")"
expect_eq "given" "$(printf '%s\n' "${given[@]}")" "$(jq -r '.questions[].given' <<<"$OUT")"
expect_eq "verdicts" "$(printf '%s\n' "${verdict[@]}")" "$(jq -r '.questions[].verdict' <<<"$OUT")"
expect_eq "facts present" "$N" "$(jq '[.questions[] | select((.fact | length) > 0)] | length' <<<"$OUT")"

# The score agrees with the verdicts.
expect_eq "right flags follow verdicts" true "$(jq \
  'all(.questions[]; .right == (.verdict == "right" or .verdict == "near-miss"))' <<<"$OUT")"
expect_eq "planned" "$N" "$(jq .planned <<<"$OUT")"
expect_eq "asked" "$N" "$(jq .asked <<<"$OUT")"
expect_eq "asked = questions" true "$(jq '.asked == (.questions | length)' <<<"$OUT")"
expect_eq "right = right questions" true "$(jq '.right == ([.questions[] | select(.right)] | length)' <<<"$OUT")"
right=$(jq .right <<<"$OUT")
expect_eq "right count" "$((N - 2))" "$right"
expect_eq "percent" true "$(jq '((.percent - (100 * .right / .asked)) | fabs) < 1e-9' <<<"$OUT")"
expect_eq "missed = questions not right" true \
  "$(jq '.missed == [.questions[] | select(.right | not) | .id]' <<<"$OUT")"
expect_eq "missed ids" "${IDS[1]} ${IDS[2]}" "$(jq -r '.missed | join(" ")' <<<"$OUT")"
expect_eq "longest streak" true "$(jq '.longest_streak == (reduce .questions[] as $q ({c: 0, m: 0};
  if $q.right then .c += 1 | .m = ([.m, .c] | max) else .c = 0 end) | .m)' <<<"$OUT")"
expect_eq "longest streak value" "$((N - 3))" "$(jq .longest_streak <<<"$OUT")"
expect_eq "not stopped early" false "$(jq .stopped_early <<<"$OUT")"
expect_eq "no pass mark, no passed" null "$(jq .passed <<<"$OUT")"

# The same quiz in text says the same.
quiz "$input" --seed "$SEED" -n "$N" --no-save
expect_contains "text score agrees" "$OUT" "Score: $right/$N ($(percent "$right" "$N")%)"

# Stopped early: what was asked, no more.
input=$(answers_file "${ANSWERS[0]}" "q")
quiz "$input" --seed "$SEED" -n "$N" --format json --no-save
expect_eq "early: status" 0 "$STATUS"
expect_eq "early: asked" 1 "$(jq .asked <<<"$OUT")"
expect_eq "early: planned" "$N" "$(jq .planned <<<"$OUT")"
expect_eq "early: questions" 1 "$(jq '.questions | length' <<<"$OUT")"
expect_eq "early: stopped" true "$(jq .stopped_early <<<"$OUT")"
expect_eq "early: percent" 100 "$(jq .percent <<<"$OUT")"

# Multiple choice: the options are in the record.
learn 3 --seed "$SEED" -m
expect_eq "options recorded" 3 "$(jq '[.questions[] | select((.options | type) == "array")] | length' <<<"$LEARNED")"

finish
