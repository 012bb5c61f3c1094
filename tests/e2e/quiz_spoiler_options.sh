#!/usr/bin/env bash
# Without --spoilers, questions that give the ending away are left out (issue 3), and
# so must the spoilers' text be: a multiple-choice option is shown to the person, so no
# option of a quiz without --spoilers may be the answer of a spoiler question.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
set -eo pipefail

ALL=500  # more than there are questions: every one, once
skips=$(mktemp "$E2E_TMP/skips.XXXXXX")
for ((i = 0; i < ALL; i++)); do echo; done >"$skips"

quiz "$skips" -n "$ALL" --seed 1 --spoilers --format json --no-save
with=$OUT
quiz "$skips" -n "$ALL" --seed 1 --format json --no-save
without=$OUT
spoiler_count=$(jq -n --argjson a "$with" --argjson b "$without" '($a.questions | length) - ($b.questions | length)')
if ((spoiler_count <= 0)); then fail "--spoilers adds no question"; finish; fi
expect_eq "without --spoilers, no spoiler question" "$(jq -r '.questions[].id' <<<"$without" | grep -Fx -f <(jq -rn --argjson a "$with" --argjson b "$without" \
    '($b.questions | map(.id)) as $ok | $a.questions[] | select(.id as $i | $ok | index($i) | not) | .id') || true)" \
  ""

# The answers only spoiler questions have: of the questions asked with --spoilers (over
# three seeds, since no quiz asks two questions on one fact), those made from an entry
# marked a spoiler, less any answer a question from another entry also has. ("Which
# comes first" questions are left out: a pair is a spoiler when its later scene is,
# and its answer is the earlier scene.)
lore list --spoilers --format json | jq -r '.[] | select(.spoiler) | .id' >"$E2E_TMP/spoiler-ids"
asked=$E2E_TMP/asked
: >"$asked"
for seed in 1 2 3; do
  quiz "$skips" -n "$ALL" --seed "$seed" --spoilers --format json --no-save
  jq -r '.questions[] | select(.id | startswith("order:") | not)
    | "\(.id | sub("^[a-z]+:"; ""))\t\(.answer)"' <<<"$OUT" >>"$asked"
done
awk -F'\t' 'NR == FNR { spoiler[$0] = 1; next }
  ($1 in spoiler) { only[$2] = 1; next } { other[$2] = 1 }
  END { for (a in only) if (!(a in other)) print a }' "$E2E_TMP/spoiler-ids" "$asked" |
  sort -u >"$E2E_TMP/spoiler-answers"
expect_eq "spoiler answers found" "$([[ -s "$E2E_TMP/spoiler-answers" ]] && echo true || echo false)" true

for seed in 1 2 3; do
  quiz "$skips" -n "$ALL" --seed "$seed" -m --format json --no-save
  expect_eq "seed $seed: status" "$STATUS" 0
  leaks=$(jq -r '.questions[] | .id as $id | (.options // [])[] | "\(.)\t\($id)"' <<<"$OUT" |
    awk -F'\t' 'NR == FNR { spoiler[$0] = 1; next } ($1 in spoiler) { print "  \"" $1 "\" offered in " $2 }' \
      "$E2E_TMP/spoiler-answers" - | sort -u)
  expect_eq "seed $seed: no spoiler answer among the options" "$leaks" ""
done

finish
