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
expect_stderr_not_contains "'ship-name'"

run "${TALES[@]}" show nope-one nope-two
expect_status 1
expect_stderr_contains "nope-one"
expect_stderr_contains "nope-two"

section "show needs an id"
run show
expect_status 2
expect_stdout_empty
expect_stderr_not_empty

finish
