#!/usr/bin/env bash
# Multiple choice (-m): the options are shown lettered, the same with the same seed,
# hold the answer exactly once and at most four; answered by letter or by number.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
set -eo pipefail

N=8
SEED=5
learn "$N" --seed "$SEED" -m
first=$LEARNED
learn "$N" --seed "$SEED" -m
expect_eq "same seed, same options" "$(jq -c '[.questions[].options]' <<<"$LEARNED")" \
  "$(jq -c '[.questions[].options]' <<<"$first")"

# Every question has options: the answer once, at most four, no two alike.
expect_eq "options hold the answer exactly once" "$(jq \
  '[.questions[] | select((.options | length) <= 4 and ([.options[] as $o | select($o == .answer)] | length) == 1)] | length' \
  <<<"$LEARNED")" "$N"
expect_eq "no option twice" "$(jq '[.questions[] | select((.options | unique | length) == (.options | length))] | length' <<<"$LEARNED")" \
  "$N"

letters=(a b c d e f g h)
declare -a given index
for i in "${!IDS[@]}"; do
  mapfile -t options < <(jq -r ".questions[$i].options[]" <<<"$LEARNED")
  index[i]=-1
  for j in "${!options[@]}"; do
    if [[ "${options[$j]}" == "${ANSWERS[$i]}" ]]; then index[i]=$j; fi
  done
  # Even questions by letter (upper case once), odd ones by number.
  if ((i % 2 == 0)); then
    given[i]=${letters[${index[$i]}]}
    if ((i == 2)); then given[i]=${given[$i]^^}; fi
  else
    given[i]=$((index[i] + 1))
  fi
done
# The last one: a wrong letter (past the end when the answer is the only option).
last=$((N - 1))
count=$(jq ".questions[$last].options | length" <<<"$LEARNED")
if ((count == 1)); then given[last]=b; else given[last]=${letters[$(((index[last] + 1) % count))]}; fi

input=$(answers_file "${given[@]}")
quiz "$input" --seed "$SEED" -n "$N" -m
expect_eq "exit status" "$STATUS" 0
expect_eq "standard error" "$ERR" ""
for i in "${!IDS[@]}"; do
  n=$((i + 1))
  # The options, lettered, under the question, in the order the JSON gave them.
  mapfile -t options < <(jq -r ".questions[$i].options[]" <<<"$LEARNED")
  shown="${PROMPTS[$i]}"
  for j in "${!options[@]}"; do shown+=$'\n'"  ${letters[$j]}) ${options[$j]}"; done
  expect_contains "options of question $n" "$OUT" "Question $n/$N  [${CATEGORIES[$i]}]"$'\n'"$shown"$'\n'"> ${given[$i]}"$'\n'
  if ((i == last)); then
    expect_contains "wrong letter" "$OUT" "> ${given[$i]}"$'\n'"Wrong. The answer is: ${ANSWERS[$i]}"$'\n'
  else
    expect_contains "right by ${given[$i]}" "$OUT" "> ${given[$i]}"$'\n'"Right!"$'\n'
  fi
done
expect_contains "score" "$OUT" "Score: $((N - 1))/$N ($(percent $((N - 1)) "$N")%)"
expect_contains "missed" "$OUT" "Missed: ${ENTRIES[$last]}"

# The JSON record of the same answers agrees.
quiz "$input" --seed "$SEED" -n "$N" -m --format json --no-save
expect_eq "json right" "$(jq .right <<<"$OUT")" "$((N - 1))"
expect_eq "json given" "$(jq -r '.questions[].given' <<<"$OUT")" "$(printf '%s\n' "${given[@]}")"
expect_eq "json options as shown" "$(jq -c '[.questions[].options]' <<<"$OUT")" \
  "$(jq -c '[.questions[].options]' <<<"$LEARNED")"

finish
