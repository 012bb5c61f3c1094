#!/usr/bin/env bash
# Two datasets that share an entry id: `show ID` lists the candidates as DATASET:ID
# (status 1), `show DATASET:ID` picks one, and -c/--show-source prints DATASET:ID with
# each entry, in full text and in list lines.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# alpha.toml and beta.toml both have a quote "shared" (see data/).
TWO=(--no-default --data "$(ds_fixture alpha.toml)" --data "$(ds_fixture beta.toml)")

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
run show shared --no-default --data "$(ds_fixture beta.toml)" --data "$(ds_fixture alpha.toml)"
expect_status 1
expect_stderr_contains "name one of: beta:shared, alpha:shared"
# Through the search path just the same.
LORE_PATH=$DS_DATA/alpha.toml:$DS_DATA/beta.toml run show shared
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
expect_stderr_contains "unknown id 'gamma:shared'"
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
