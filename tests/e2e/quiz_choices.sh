#!/usr/bin/env bash
# Multiple choice (-m): the options are shown lettered, the same with the same seed,
# hold the answer exactly once and at most four; answered by letter or by number. A
# question with fewer than two fair options is asked freely, and the quiz says so in
# one line (issue 11). Options are fair: of the answer's shape, never an answer, never
# stated in the question's fact. "Which comes first" states the order, no number.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
set -eo pipefail

FREE_LINE="  (no fair options for this one: type your answer)"

N=8
SEED=5
learn "$N" --seed "$SEED" -m
first=$LEARNED
learn "$N" --seed "$SEED" -m
expect_eq "same seed, same options" "$(jq -c '[.questions[].options]' <<<"$LEARNED")" \
  "$(jq -c '[.questions[].options]' <<<"$first")"

# Every question has options (the answer once, at most four, no two alike), or none:
# it is asked freely.
expect_eq "options hold the answer exactly once" "$(jq \
  '[.questions[] | select(.options == null or ((.options | length) <= 4 and ([.options[] as $o | select($o == .answer)] | length) == 1))] | length' \
  <<<"$LEARNED")" "$N"
expect_eq "no option twice" "$(jq '[.questions[] | select(((.options // []) | unique | length) == ((.options // []) | length))] | length' <<<"$LEARNED")" \
  "$N"
with_options=$(jq '[.questions[] | select(.options != null)] | length' <<<"$LEARNED")
if ((with_options < 2)); then fail "seed $SEED: fewer than two questions with options"; fi

letters=(a b c d e f g h)
declare -a given index
last=-1  # the last question with options: answered wrong
for i in "${!IDS[@]}"; do
  mapfile -t options < <(jq -r ".questions[$i].options // [] | .[]" <<<"$LEARNED")
  index[i]=-1
  for j in "${!options[@]}"; do
    if [[ "${options[$j]}" == "${ANSWERS[$i]}" ]]; then index[i]=$j; fi
  done
  if ((${#options[@]} == 0)); then
    given[i]=${ANSWERS[$i]}  # asked freely: typed
    continue
  fi
  last=$i
  # Even questions by letter (upper case once), odd ones by number.
  if ((i % 2 == 0)); then
    given[i]=${letters[${index[$i]}]}
    if ((i == 2)); then given[i]=${given[$i]^^}; fi
  else
    given[i]=$((index[i] + 1))
  fi
done
count=$(jq ".questions[$last].options | length" <<<"$LEARNED")
given[last]=${letters[$(((index[last] + 1) % count))]}

input=$(answers_file "${given[@]}")
quiz "$input" --seed "$SEED" -n "$N" -m
expect_eq "exit status" "$STATUS" 0
expect_eq "standard error" "$ERR" ""
for i in "${!IDS[@]}"; do
  n=$((i + 1))
  # The options, lettered, under the question, in the order the JSON gave them; or
  # the line that says it is asked freely.
  mapfile -t options < <(jq -r ".questions[$i].options // [] | .[]" <<<"$LEARNED")
  shown="${PROMPTS[$i]}"
  for j in "${!options[@]}"; do shown+=$'\n'"  ${letters[$j]}) ${options[$j]}"; done
  if ((${#options[@]} == 0)); then shown+=$'\n'"$FREE_LINE"; fi
  expect_contains "options of question $n" "$OUT" "Question $n/$N  [${CATEGORIES[$i]}]"$'\n'"$shown"$'\n'"> ${given[$i]}"$'\n'
  if ((i == last)); then
    expect_contains "wrong letter" "$OUT" "> ${given[$i]}"$'\n'"Wrong. The answer is: ${ANSWERS[$i]}"$'\n'
  else
    expect_contains "right by ${given[$i]}" "$OUT" "> ${given[$i]}"$'\n'"Right!"$'\n'
  fi
done
expect_contains "score" "$OUT" "Score: $((N - 1))/$N ($(percent $((N - 1)) "$N")%)"
expect_contains "missed" "$OUT" "Missed: ${ENTRIES[$last]}"
# Without -m, no question says it has no options.
quiz "$input" --seed "$SEED" -n "$N" --no-save
expect_not_contains "no free line without -m" "$OUT" "$FREE_LINE"

# The JSON record of the same answers agrees.
quiz "$input" --seed "$SEED" -n "$N" -m --format json --no-save
expect_eq "json right" "$(jq .right <<<"$OUT")" "$((N - 1))"
expect_eq "json given" "$(jq -r '.questions[].given' <<<"$OUT")" "$(printf '%s\n' "${given[@]}")"
expect_eq "json options as shown" "$(jq -c '[.questions[].options]' <<<"$OUT")" \
  "$(jq -c '[.questions[].options]' <<<"$LEARNED")"

# ------------------------------------------------------------ a dataset of one's own
# Trivia without choices: four years (one stated in another's fact), a question alone
# of its kind, a yes/no question; seven scenes, two of them at the same moment.
HARBOUR="$E2E_TMP/harbour.toml"
{
  printf '[dataset]\nid = "harbour"\ntitle = "Harbour"\n'
  trivia() {
    printf '\n[[trivia]]\nid = "%s"\ncategory = "%s"\nquestion = "%s"\nanswer = "%s"\nfact = "%s"\ntags = []\n' "$@"
  }
  trivia year-lighthouse history "In what year did the lighthouse open?" 1890 "The lighthouse opened in 1890."
  trivia year-bridge history "In what year was the bridge built?" 1932 "The bridge was built in 1932."
  trivia year-mill history "In what year did the mill burn down?" 1907 "The mill burned down in 1907, long after the lighthouse of 1890."
  trivia year-ferry transport "In what year did the ferry start?" 1955 "The ferry started in 1955."
  trivia lamp people "What did Ada Finch keep?" "the lighthouse lamp" "She kept the lamp lit."
  trivia lit now "Is the lighthouse still lit?" "Yes" "It is lit every night."
  scene() { printf '\n[[scene]]\nid = "%s"\ntitle = "%s"\norder = %s\ndescription = "The %s."\ntags = []\n' "$1" "$2" "$3" "$2"; }
  scene storm "The storm" 1
  scene wreck "The wreck" 2
  scene bell "The bell" 2
  scene rescue "The rescue" 3
  scene inquest "The inquest" 4
  scene repair "The repair" 5
  scene relight "The relighting" 6
} >"$HARBOUR"
own() { quiz "$1" --no-default --data "$HARBOUR" "${@:2}"; }
skips=$(answers_file_of_skips 30)

own "$skips" -m -n 30 --seed 3 --format json --no-save
expect_eq "own: status" "$STATUS" 0
expect_eq "own: years offer years" "$(jq -r '.questions[] | select(.id | startswith("year-")) | .options[]' <<<"$OUT" |
  grep -cvx '[0-9][0-9][0-9][0-9]' || true)" 0
expect_eq "own: every year question has options" \
  "$(jq '[.questions[] | select((.id | startswith("year-")) and ((.options | length) >= 3))] | length' <<<"$OUT")" 4
expect_eq "own: the year in the mill's fact is not offered for it" \
  "$(jq -c '.questions[] | select(.id == "year-mill") | .options | sort' <<<"$OUT")" '["1907","1932","1955"]'
expect_eq "own: yes/no offers yes and no" \
  "$(jq -c '.questions[] | select(.id == "lit") | .options | sort' <<<"$OUT")" '["No","Yes"]'
expect_eq "own: a question alone of its kind has no options" \
  "$(jq -c '.questions[] | select(.id == "lamp") | .options' <<<"$OUT")" null
expect_eq "own: no option stated in its question's fact" "$(jq -r '.questions[] | select(.id | startswith("order:") | not)
  | .fact as $f | .answer as $a | (.options // [])[] | select(. != $a)
  | select(. as $o | $f | ascii_downcase | contains($o | ascii_downcase))' <<<"$OUT")" ""

# Asked freely, said so in one line, and answered by typing.
own "$(answers_file "lighthouse lamp")" -m -n 1 --category people --no-save
expect_eq "own free: status" "$STATUS" 0
expect_contains "own free: the line" "$OUT" "Question 1/1  [people]"$'\n'"What did Ada Finch keep?"$'\n'"$FREE_LINE"$'\n'"> lighthouse lamp"$'\n'"Right!"

# Which comes first: only scenes at different moments; the fact gives the order, no
# number (the source numbers no scenes).
own "$skips" -n 30 --seed 3 --category story --format json --no-save
expect_eq "order: pairs, earlier first" "$(jq -r '.questions[] | "\(.answer) < \(.options - [.answer] | .[0])"' <<<"$OUT" | sort)" \
  "$(printf '%s\n' "The bell < The repair" "The rescue < The relighting" "The storm < The inquest" "The wreck < The repair" | sort)"
expect_eq "order: facts state the order alone" "$(jq -r '.questions[] | select(.fact != "“\(.answer)” comes before “\(.options - [.answer] | .[0])”.") | .fact' <<<"$OUT")" ""
own "$(answers_file a)" -n 1 --seed 3 --category story --no-save
expect_contains "order: the fact shown" "$OUT" "” comes before “"
expect_not_contains "order: no scene number" "$OUT" "is scene"

# The built-in story too.
quiz "$skips" -n 30 --category story --spoilers --format json --no-save
expect_eq "built-in: order questions asked" "$(jq '.asked > 3' <<<"$OUT")" true
expect_eq "built-in order facts give no number" "$(jq -r '.questions[].fact | select(test("[0-9]|scene"))' <<<"$OUT")" ""

finish
