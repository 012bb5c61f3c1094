#!/usr/bin/env bash
# `lore quiz --stats` after a quiz: accuracy per category and the weakest questions,
# in text and in JSON.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
set -eo pipefail

quiz /dev/null --stats
expect_eq "no progress yet: status" "$STATUS" 0
expect_contains "no progress yet" "$OUT" "No quiz answers recorded yet."

N=5
SEED=3
learn "$N" --seed "$SEED"
# Right, wrong, right, skipped, right.
input=$(answers_file "${ANSWERS[0]}" "not that" "${ANSWERS[2]}" "" "${ANSWERS[4]}")
quiz "$input" --seed "$SEED" -n "$N"
expect_eq "quiz status" "$STATUS" 0
right_flags=(1 0 1 0 1)

quiz /dev/null --stats
expect_eq "stats status" "$STATUS" 0
expect_eq "stats: no warning" "$ERR" ""
expect_contains "stats header" "$OUT" "Category"
expect_contains "stats header" "$OUT" "Accuracy"
# Each category asked, with its own counts (read from the table's rows).
declare -A asked right
for i in "${!IDS[@]}"; do
  c=${CATEGORIES[$i]}
  asked[$c]=$((${asked[$c]:-0} + 1))
  right[$c]=$((${right[$c]:-0} + right_flags[i]))
done
for c in "${!asked[@]}"; do
  row=$(awk -v c="$c" '$1 == c { print $2, $3, $4; exit }' <<<"$OUT")
  expect_eq "row of $c" "$row" "${asked[$c]} ${right[$c]} $(percent "${right[$c]}" "${asked[$c]}")%"
done
expect_eq "one row per category" "$(sed -n '2,/^$/p' <<<"$OUT" | grep -c '%$')" \
  "${#asked[@]}"
# The missed questions are the weakest; the right ones are not listed.
weak=$(sed -n '/Weakest questions/,$p' <<<"$OUT")
expect_contains "weakest: the wrong one" "$weak" "0/1  ${IDS[1]}  ${PROMPTS[1]}"
expect_contains "weakest: the skipped one" "$weak" "0/1  ${IDS[3]}  ${PROMPTS[3]}"
for i in 0 2 4; do
  expect_not_contains "never missed: not weak" "$weak" "  ${IDS[$i]}  "
done

quiz /dev/null --stats --format json
expect_eq "json stats status" "$STATUS" 0
expect_eq "json: asked in all" "$(jq '[.categories[].asked] | add' <<<"$OUT")" "$N"
expect_eq "json: right in all" "$(jq '[.categories[].right] | add' <<<"$OUT")" 3
expect_eq "json: weakest" "$(jq -r '.weakest[].id' <<<"$OUT" | sort)" \
  "$(printf '%s\n' "${IDS[1]}" "${IDS[3]}" | sort)"
for c in "${!asked[@]}"; do
  expect_eq "json: $c" "$(jq -r --arg c "$c" '.categories[] | select(.category == $c) | "\(.asked) \(.right)"' <<<"$OUT")" \
    "${asked[$c]} ${right[$c]}"
done

# Issue 11: the filters choose which questions count.
one=${CATEGORIES[0]}
quiz /dev/null --stats --category "$one" --format json
expect_eq "--category: status" "$STATUS" 0
expect_eq "--category: its row alone" "$(jq -r '[.categories[].category] | join(" ")' <<<"$OUT")" "$one"
expect_eq "--category: its counts" "$(jq -r '.categories[0] | "\(.asked) \(.right)"' <<<"$OUT")" \
  "${asked[$one]} ${right[$one]}"
for i in "${!IDS[@]}"; do
  if [[ ${CATEGORIES[$i]} != "$one" ]]; then
    expect_not_contains "--category: no weak question of another" "$(jq -r '.weakest[].id' <<<"$OUT")" "${IDS[$i]}"
  fi
done
quiz /dev/null --stats -t no-entry-has-this-tag
expect_eq "-t: status" "$STATUS" 0
expect_contains "-t: nothing counts" "$OUT" "No quiz answers recorded yet."
quiz /dev/null --stats --data "$(fixture tales.toml)" -d tales
expect_contains "-d: only that dataset's questions count" "$OUT" "No quiz answers recorded yet."
quiz /dev/null --stats --data "$(fixture tales.toml)" -d io --format json
expect_eq "-d io: all of them" "$(jq '[.categories[].asked] | add' <<<"$OUT")" "$N"

# A second quiz adds to the counts.
quiz "$input" --seed "$SEED" -n "$N"
quiz /dev/null --stats --format json
expect_eq "after two quizzes" "$(jq -r '"\([.categories[].asked] | add) \([.categories[].right] | add)"' <<<"$OUT")" "$((2 * N)) 6"

finish
