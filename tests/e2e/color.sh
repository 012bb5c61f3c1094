#!/usr/bin/env bash
# Colour: --color auto|always|never; auto means a terminal, TERM not dumb, and
# NO_COLOR unset or empty; CLICOLOR_FORCE forces it. On a pipe, auto means none.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

TALES=(--no-default --data "$(fixture tales.toml)")
SHOW=("${TALES[@]}" show hold-the-line captain-name waking-up jones-the-cat)

plain=$(lore "${SHOW[@]}" --color never)

section "on a pipe, auto (the default) means no colour"
run "${SHOW[@]}"
expect_status 0
expect_no_colour
expect_eq "the default output on a pipe is the --color never output" "$OUT" "$plain"
run "${SHOW[@]}" --color auto
expect_no_colour
for command in "" quote trivia scene egg random list "search the" info tags; do
  # shellcheck disable=SC2086 # the command and its argument split on purpose
  run "${TALES[@]}" $command
  expect_status 0
  expect_no_colour
done

section "--color always colours, even on a pipe; only colour codes are added"
for flag in --color --colour; do
  run "${SHOW[@]}" "$flag" always
  expect_status 0
  expect_colour
  expect_eq "$flag always, colour codes removed, is the plain output" "$(strip_sgr <"$OUT_FILE")" "$plain"
done
# (A trivia fact and the tag list are plain text: nothing in them to colour.)
for command in "--kind quote" quote "trivia --question" scene egg "random -a" list "search the" info; do
  # shellcheck disable=SC2086
  run "${TALES[@]}" $command --color always
  expect_status 0
  expect_colour
done
NO_COLOR=1 run "${SHOW[@]}" --color always
expect_colour
TERM=dumb run "${SHOW[@]}" --color always
expect_colour

section "--color never never colours"
run "${SHOW[@]}" --color never
expect_no_colour
CLICOLOR_FORCE=1 run "${SHOW[@]}" --color never
expect_no_colour
TTY_COLS=80 run_tty "${SHOW[@]}" --color never
expect_status 0
expect_no_colour
CLICOLOR_FORCE=1 run_tty "${SHOW[@]}" --color never
expect_no_colour

section "CLICOLOR_FORCE forces colour in auto mode"
CLICOLOR_FORCE=1 run "${SHOW[@]}"
expect_colour
expect_eq "CLICOLOR_FORCE=1, colour codes removed, is the plain output" "$(strip_sgr <"$OUT_FILE")" "$plain"
CLICOLOR_FORCE=1 TERM=dumb run "${SHOW[@]}"
expect_colour
CLICOLOR_FORCE=0 run "${SHOW[@]}"
expect_no_colour
CLICOLOR_FORCE='' run "${SHOW[@]}"
expect_no_colour

section "on a terminal, auto colours unless NO_COLOR is set or TERM is dumb"
run_tty "${SHOW[@]}"
expect_status 0
expect_colour
expect_eq "on a terminal, colour codes removed, is the plain output" "$(strip_sgr <"$OUT_FILE")" "$plain"
run_tty "${SHOW[@]}" --color auto
expect_colour
NO_COLOR=1 run_tty "${SHOW[@]}"
expect_status 0
expect_no_colour
NO_COLOR=anything run_tty "${SHOW[@]}"
expect_no_colour
NO_COLOR='' run_tty "${SHOW[@]}"
expect_colour
TERM=dumb run_tty "${SHOW[@]}"
expect_status 0
expect_no_colour
NO_COLOR=1 run_tty "${SHOW[@]}" --color always
expect_colour
TERM=dumb run_tty "${SHOW[@]}" --color always
expect_colour
for command in "--kind quote" list "search the" info; do  # a quote has a styled attribution
  # shellcheck disable=SC2086
  run_tty "${TALES[@]}" $command
  expect_colour
  # shellcheck disable=SC2086
  NO_COLOR=1 run_tty "${TALES[@]}" $command
  expect_no_colour
done

section "an unknown colour mode is a usage error"
run "${SHOW[@]}" --color sometimes
expect_status 2
expect_stdout_empty
expect_stderr_contains "sometimes"

finish
