#!/usr/bin/env bash
# `lore quiz --stats` after a quiz: accuracy per category and the weakest questions,
# in text and in JSON.
source "$(dirname "$0")/lib.sh"

quiz /dev/null --stats
expect_eq "no progress yet: status" 0 "$STATUS"
expect_contains "no progress yet" "$OUT" "No quiz answers recorded yet."

N=5
SEED=3
learn "$N" --seed "$SEED"
# Right, wrong, right, skipped, right.
input=$(answers_file "${ANSWERS[0]}" "not that" "${ANSWERS[2]}" "" "${ANSWERS[4]}")
quiz "$input" --seed "$SEED" -n "$N"
expect_eq "quiz status" 0 "$STATUS"
right_flags=(1 0 1 0 1)

quiz /dev/null --stats
expect_eq "stats status" 0 "$STATUS"
expect_eq "stats: no warning" "" "$ERR"
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
  expect_eq "row of $c" "${asked[$c]} ${right[$c]} $(percent "${right[$c]}" "${asked[$c]}")%" "$row"
done
expect_eq "one row per category" "${#asked[@]}" \
  "$(sed -n '2,/^$/p' <<<"$OUT" | grep -c '%$')"
# The missed questions are the weakest; the right ones are not listed.
weak=$(sed -n '/Weakest questions/,$p' <<<"$OUT")
expect_contains "weakest: the wrong one" "$weak" "0/1  ${IDS[1]}  ${PROMPTS[1]}"
expect_contains "weakest: the skipped one" "$weak" "0/1  ${IDS[3]}  ${PROMPTS[3]}"
for i in 0 2 4; do
  expect_not_contains "never missed: not weak" "$weak" "  ${IDS[$i]}  "
done

quiz /dev/null --stats --format json
expect_eq "json stats status" 0 "$STATUS"
expect_eq "json: asked in all" "$N" "$(jq '[.categories[].asked] | add' <<<"$OUT")"
expect_eq "json: right in all" 3 "$(jq '[.categories[].right] | add' <<<"$OUT")"
expect_eq "json: weakest" "$(printf '%s\n' "${IDS[1]}" "${IDS[3]}" | sort)" \
  "$(jq -r '.weakest[].id' <<<"$OUT" | sort)"
for c in "${!asked[@]}"; do
  expect_eq "json: $c" "${asked[$c]} ${right[$c]}" \
    "$(jq -r --arg c "$c" '.categories[] | select(.category == $c) | "\(.asked) \(.right)"' <<<"$OUT")"
done

# A second quiz adds to the counts.
quiz "$input" --seed "$SEED" -n "$N"
quiz /dev/null --stats --format json
expect_eq "after two quizzes" "$((2 * N)) 6" "$(jq -r '"\([.categories[].asked] | add) \([.categories[].right] | add)"' <<<"$OUT")"

finish
