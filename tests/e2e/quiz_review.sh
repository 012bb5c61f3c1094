#!/usr/bin/env bash
# --review: the questions that are due come first, lowest Leitner box first, then the
# longest unseen. Progress files are written by hand with dates in the past, as if the
# quiz were taken on earlier days.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
set -eo pipefail

days_ago() { date -d "$1 days ago" +%F; }
skips() { local i; for ((i = 0; i < $1; i++)); do echo; done >"$E2E_TMP/skips"; echo "$E2E_TMP/skips"; }

# Real question ids, from a quiz of 8.
learn 8 --seed 2
A=${IDS[0]} B=${IDS[1]} C=${IDS[2]} D=${IDS[3]} E=${IDS[4]}

# ------------------------------------------------------------ by box, then by date
mkdir -p "$(dirname "$PROGRESS")"
cat >"$PROGRESS" <<TOML
# written by hand: A box 3 seen 10 days ago (due after 4), B box 1 seen 2 days ago,
# C box 1 seen 5 days ago (box 1: missed, due at once), D box 2 seen yesterday (not
# due for another day), E box 1 seen today (missed today: due at once, after C and B).
[questions."$A"]
asked = 4
right = 3
box = 3
last_seen = $(days_ago 10)

[questions."$B"]
asked = 1
right = 0
box = 1
last_seen = $(days_ago 2)

[questions."$C"]
asked = 2
right = 0
box = 1
last_seen = $(days_ago 5)

[questions."$D"]
asked = 1
right = 1
box = 2
last_seen = $(days_ago 1)

[questions."$E"]
asked = 1
right = 0
box = 1
last_seen = $TODAY
TOML

for seed in 1 2 3; do
  quiz "$(skips 3)" --review -n 3 --seed "$seed" --format json --no-save
  expect_eq "review (seed $seed): status" "$STATUS" 0
  expect_eq "review (seed $seed): the due ones, box 1 oldest first" "$(jq -r '[.questions[].id] | join(" ")' <<<"$OUT")" \
    "$C $B $E"
done
quiz "$(skips 10)" --review -n 10 --seed 1 --format json --no-save
expect_eq "due first, box 1 then box 3, then others" "$(jq -r '[.questions[:4][].id] | join(" ")' <<<"$OUT")" "$C $B $E $A"
expect_not_contains "D is not due" "$(jq -r '[.questions[:4][].id] | join(" ")' <<<"$OUT")" "$D"
expect_eq "ten asked" "$(jq '.questions | length' <<<"$OUT")" 10
# Without --review the progress does not decide the order.
orders=""
for seed in 1 2 3 4; do
  quiz "$(skips 3)" -n 3 --seed "$seed" --format json --no-save
  orders+="$(jq -r '[.questions[].id] | join(" ")' <<<"$OUT")|"
done
[[ "$orders" == "$C $B $E|$C $B $E|$C $B $E|$C $B $E|" ]] && fail "without --review the due questions still came first"

# ------------------------------------------------------------ the next day
# Today: one right, two missed. Tomorrow (the dates moved back a day), --review asks
# the missed ones first.
rm -f "$PROGRESS"
learn 5 --seed 31
input=$(answers_file "${ANSWERS[0]}" "" "not it" "${ANSWERS[3]}" "${ANSWERS[4]}")
quiz "$input" -n 5 --seed 31
expect_eq "first day: status" "$STATUS" 0
expect_contains "first day: missed" "$OUT" "Missed: ${ENTRIES[1]} ${ENTRIES[2]}"
sed -i "s/^last_seen = .*/last_seen = $(days_ago 1)/" "$PROGRESS"
quiz "$(skips 5)" --review -n 5 --seed 77 --format json
expect_eq "next day: status" "$STATUS" 0
expect_eq "next day: the missed questions first" "$(jq -r '.questions[:2][].id' <<<"$OUT" | sort)" \
  "$(printf '%s\n' "${IDS[1]}" "${IDS[2]}" | sort)"
for i in 0 3 4; do  # right yesterday: box 2, due tomorrow only
  expect_not_contains "next day: ${IDS[$i]} not first" "$(jq -r '.questions[:2][].id' <<<"$OUT")" "${IDS[$i]}"
done
# The review itself was recorded: asked again today, still missed.
expect_eq "review recorded: asked" "$(progress_field "${IDS[1]}" asked)" 2
expect_eq "review recorded: box" "$(progress_field "${IDS[1]}" box)" 1
expect_eq "review recorded: last seen" "$(progress_field "${IDS[1]}" last_seen)" "$TODAY"

# ------------------------------------------------------------ right after a miss
# Issue 11: a question missed a minute ago is due now, so --review asks it at once.
rm -f "$PROGRESS"
learn 3 --seed 41
input=$(answers_file "${ANSWERS[0]}" "surely not this" "${ANSWERS[2]}")
quiz "$input" -n 3 --seed 41
expect_eq "a miss: status" "$STATUS" 0
quiz "$(skips 3)" --review -n 3 --seed 99 --format json --no-save
expect_eq "review at once: the missed one first" "$(jq -r '.questions[0].id' <<<"$OUT")" "${IDS[1]}"
expect_eq "review at once: nothing said" "$ERR" ""
quiz "$(skips 3)" --review-only -n 3 --seed 99 --format json --no-save
expect_eq "review only: status" "$STATUS" 0
expect_eq "review only: the missed one alone" "$(jq -r '[.questions[].id] | join(" ")' <<<"$OUT")" "${IDS[1]}"
# Answered right now: box 2, due in two days; nothing is due any more.
quiz "$(answers_file "${ANSWERS[1]}")" --review-only -n 3 --seed 99
expect_eq "reviewed: status" "$STATUS" 0
expect_contains "reviewed: right" "$OUT" "Right!"
expect_eq "reviewed: box 2" "$(progress_field "${IDS[1]}" box)" 2

# ------------------------------------------------------------ nothing due
cp "$PROGRESS" "$E2E_TMP/before"
quiz "$(skips 2)" --review-only -n 2 --seed 5
expect_eq "nothing due, --review-only: status" "$STATUS" 0
expect_eq "nothing due, --review-only: says so" "$ERR" "No questions are due for review."
expect_eq "nothing due, --review-only: asks nothing" "$OUT" ""
expect_file_unchanged "nothing due, --review-only" "$PROGRESS" "$E2E_TMP/before"
quiz "$(skips 2)" --review -n 2 --seed 5 --no-save
expect_eq "nothing due, --review: status" "$STATUS" 0
expect_eq "nothing due, --review: says so in one line" "$ERR" \
  "No questions are due for review; asking others."
expect_contains "nothing due, --review: then the usual questions" "$OUT" "Question 2/2"
# The same with --format json: standard output is the record alone.
quiz "$(skips 2)" --review -n 2 --seed 5 --no-save --format json
expect_json_valid
expect_eq "nothing due, json: two asked" "$(jq '.questions | length' <<<"$OUT")" 2

finish
