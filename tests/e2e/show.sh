#!/usr/bin/env bash
# lore show ID...: prints those entries; DATASET:ID; unknown ids name the nearest.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

TALES_FILE=$(fixture tales.toml)
TALES=(--no-default --data "$TALES_FILE")
BOTH=(--no-default --data "$TALES_FILE" --data "$(fixture echo.toml)")

section "one entry of each kind"
run "${TALES[@]}" show hold-the-line
expect_status 0
expect_stderr_empty
expect_stdout_trimmed $'Hold the line’s end — don’t let go.\n-- Ripley, Fixture Tales (2001)'

run "${TALES[@]}" show stars-far-away
expect_status 0
expect_stdout_trimmed $'“Stars are only far away until you go.”\n-- Fixture Tales (2001)'

run "${TALES[@]}" show captain-name
expect_status 0
expect_stdout "The captain’s name is Dallas."

run "${TALES[@]}" show waking-up
expect_status 0
expect_stdout $'Waking up\nThe crew wakes from hypersleep to a blinking console.'

run "${TALES[@]}" show jones-the-cat
expect_status 0
expect_stdout $'The cat\nJones the cat appears in every act.'

section "several ids, in the order given"
run "${TALES[@]}" show ship-name hold-the-line jones-the-cat --format json
expect_status 0
expect_ids "ship-name hold-the-line jones-the-cat"

run "${TALES[@]}" show ship-name jones-the-cat
expect_status 0
expect_stdout_contains "The ship is called the Nostromo."
expect_stdout_contains "Jones the cat appears in every act."
expect_true "the entries come in the order given" \
  test "$(grep -n Nostromo "$OUT_FILE" | cut -d: -f1)" -lt "$(grep -n 'Jones the cat' "$OUT_FILE" | cut -d: -f1)"

section "an id asked for by name is shown even when it is a spoiler"
run "${TALES[@]}" show android-all-along
expect_status 0
expect_stdout_trimmed $'The captain was the android all along.\n-- Narrator, Fixture Tales (2001)'

section "the fields of a shown entry, as JSON"
run "${TALES[@]}" show captain-name --format json
expect_status 0
expect_json_valid
expect_jq '.[0] | [.kind, .id, .dataset, .fact, .category, .question, .answer] | join("|")' \
  "trivia|captain-name|tales|The captain’s name is Dallas.|crew|What is the captain’s name?|Dallas"
expect_jq '.[0].accept | join(",")' "Captain Dallas"
expect_jq '.[0].choices | join(",")' "Ash,Kane,Parker"
expect_jq '.[0].tags | join(",")' "crew,captain"

section "the built-in dataset"
run show director
expect_status 0
expect_stderr_empty
expect_stdout "IO is directed by Jonathan Helpert."

run show io:director
expect_status 0
expect_stdout "IO is directed by Jonathan Helpert."

run show hope-is-not-a-plan
expect_status 0
expect_stdout_trimmed $'Hope is not a plan. But it’s something.\n-- IO (2019)'

section "DATASET:ID picks one of two datasets that share an id"
WITH_ECHO=(--data "$(fixture echo.toml)")
run "${WITH_ECHO[@]}" show io:director
expect_status 0
expect_stdout "IO is directed by Jonathan Helpert."

run "${WITH_ECHO[@]}" show echo:director
expect_status 0
expect_stdout "Echo was directed by nobody at all."

run "${WITH_ECHO[@]}" show director
expect_status 1
expect_stdout_empty
expect_stderr_contains "io:director"
expect_stderr_contains "echo:director"

run "${WITH_ECHO[@]}" show nosuch:director
expect_status 1
expect_stderr_contains "nosuch:director"

section "DATASET:ID over two --data files"
run "${BOTH[@]}" show tales:hold-the-line
expect_status 0
expect_stdout_contains "Hold the line’s end — don’t let go."
expect_stdout_not_contains "An echo holds a different line."

run "${BOTH[@]}" show echo:hold-the-line
expect_status 0
expect_stdout_trimmed $'An echo holds a different line.\n-- Echo, Echo (2002)'

run "${BOTH[@]}" show hold-the-line
expect_status 1
expect_stderr_contains "tales:hold-the-line"
expect_stderr_contains "echo:hold-the-line"

section "an unknown id is an error that names the nearest ids"
run "${TALES[@]}" show hold-teh-line
expect_status 1
expect_stdout_empty
expect_stderr_contains "hold-teh-line"
expect_stderr_contains "hold-the-line"
expect_stderr_matches 'did you mean'

run "${TALES[@]}" show captian-name
expect_status 1
expect_stderr_contains "captain-name"

run show directr
expect_status 1
expect_stdout_empty
expect_stderr_contains "directr"
expect_stderr_contains "director"

run "${TALES[@]}" show zzzzzzzzzzzz
expect_status 1
expect_stdout_empty
expect_stderr_contains "zzzzzzzzzzzz"

section "a known id and an unknown one: status 1, the unknown one named"
run "${TALES[@]}" show ship-name shipp-name-x
expect_status 1
expect_stderr_contains "shipp-name-x"
expect_stderr_not_contains "unknown id 'ship-name'"

run "${TALES[@]}" show nope-one nope-two
expect_status 1
expect_stderr_contains "nope-one"
expect_stderr_contains "nope-two"

section "show needs an id"
run show
expect_status 2
expect_stdout_empty
expect_stderr_not_empty

# ---- two datasets that share an entry id: `show ID` lists the candidates as DATASET:ID
# (status 1), `show DATASET:ID` picks one, and -c/--show-source prints DATASET:ID with
# each entry, in full text and in list lines.
# alpha.toml and beta.toml both have a quote "shared" (see data/).
TWO=(--no-default --data "$(fixture alpha.toml)" --data "$(fixture beta.toml)")

section "show with an ambiguous id lists the candidates, status 1"
run show shared "${TWO[@]}"
expect_status 1
expect_stdout_empty
expect_stderr_contains "id 'shared' is in more than one dataset; name one of: alpha:shared, beta:shared"
# With an unambiguous id beside it, that one is still shown, and the status is still 1.
run show alpha-only shared "${TWO[@]}" --format jsonl
expect_status 1
expect_eq "the unambiguous entry is printed" "$(jq -r '.dataset + ":" + .id' "$OUT_FILE")" "alpha:alpha-only"
expect_stderr_contains "name one of: alpha:shared, beta:shared"
# The candidates are listed in loading order.
run show shared --no-default --data "$(fixture beta.toml)" --data "$(fixture alpha.toml)"
expect_status 1
expect_stderr_contains "name one of: beta:shared, alpha:shared"
# Through the search path just the same.
LORE_PATH=$E2E_DATA/alpha.toml:$E2E_DATA/beta.toml run show shared
expect_status 1
expect_stderr_contains "name one of: alpha:shared, beta:shared"

section "show DATASET:ID picks one"
run show alpha:shared "${TWO[@]}"
expect_status 0
expect_stdout "Alpha says the shared line.
    -- Ann, Alpha (2001)"
expect_stderr_empty
run show beta:shared "${TWO[@]}"
expect_status 0
expect_stdout "Beta says the shared line.
    -- Beta"
run show beta:shared alpha:shared "${TWO[@]}" --format jsonl
expect_status 0
expect_eq "in the order asked" "$(jq -r '.dataset + ":" + .text' "$OUT_FILE" | paste -sd'|' -)" \
  "beta:Beta says the shared line.|alpha:Alpha says the shared line."
# DATASET:ID of a unique id works too; a wrong dataset is an unknown id.
run show beta:beta-fact "${TWO[@]}" --format jsonl
expect_status 0
expect_jq '.id' "beta-fact"
run show alpha:beta-fact "${TWO[@]}"
expect_status 1
expect_stdout_empty
expect_stderr_contains "unknown id 'alpha:beta-fact'"
run show gamma:shared "${TWO[@]}"
expect_status 1
expect_stderr_contains "unknown dataset 'gamma' in 'gamma:shared'"
# An id of the built-in dataset that another dataset reuses (tests/e2e/data/echo.toml).
run show director --data "$(fixture echo.toml)"
expect_status 1
expect_stderr_contains "name one of: io:director, echo:director"
run show echo:director --data "$(fixture echo.toml)"
expect_status 0
expect_stdout "Echo was directed by nobody at all."

section "-c/--show-source: DATASET:ID with each entry"
run quote -a -c "${TWO[@]}"
expect_status 0
expect_stdout "(alpha:shared)
Alpha says the shared line.
    -- Ann, Alpha (2001)

(alpha:alpha-only)
Only alpha has this.
    -- Alpha (2001)

(beta:shared)
Beta says the shared line.
    -- Beta"
run show beta:shared --show-source "${TWO[@]}"
expect_status 0
expect_stdout "(beta:shared)
Beta says the shared line.
    -- Beta"
run list -c "${TWO[@]}"
expect_status 0
expect_stdout "alpha:shared      quote   Alpha says the shared line.
alpha:alpha-only  quote   Only alpha has this.
beta:shared       quote   Beta says the shared line.
beta:beta-fact    trivia  Beta has one fact."
# What -c prints, show takes back: every DATASET:ID names exactly its entry.
run list -c --width 0 "${TWO[@]}"
names=$(awk '{print $1}' "$OUT_FILE")
for name in $names; do
  run show "$name" "${TWO[@]}" --format jsonl
  expect_status 0
  expect_eq "show $name" "$(jq -r '.dataset + ":" + .id' "$OUT_FILE")" "$name"
done
# Without -c, list shows the bare ids, even the shared one.
run list "${TWO[@]}"
expect_status 0
expect_eq "list without -c" "$(awk '{print $1}' "$OUT_FILE" | paste -sd' ' -)" "shared alpha-only shared beta-fact"
# -c works with a picked entry and before the command.
run -c --seed 1 "${TWO[@]}" trivia
expect_status 0
expect_stdout "(beta:beta-fact)
Beta has one fact."
# Colour does not hide it.
run quote -a -c --color always -d beta "${TWO[@]}"
expect_status 0
expect_eq "coloured -c, colour removed" "$(strip_sgr <"$OUT_FILE" | head -n 1)" "(beta:shared)"

finish
