#!/usr/bin/env bash
# lore list [KIND]: every matching entry, one line each (id, kind, a one-line
# summary cut to the width), in dataset order, scenes in story order.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

TALES_FILE=$(fixture tales.toml)
TALES=(--no-default --data "$TALES_FILE")
TALES_IDS="hold-the-line stars-far-away short-cutoff long-cutoff second-words captain-name ship-name waking-up jones-the-cat"

section "every entry, one line each, in dataset order, spoilers left out"
run "${TALES[@]}" list
expect_status 0
expect_stderr_empty
expect_stdout_lines 9
expect_eq "the first column is the ids in dataset order" "$(stdout_first_column)" "$TALES_IDS"
expect_eq "the second column is the kinds" "$(awk '{print $2}' "$OUT_FILE" | paste -sd' ' -)" \
  "quote quote quote quote quote trivia trivia scene egg"

section "the summary: a quote's text, a fact, a scene's or egg's title"
expect_stdout_matches '^hold-the-line +quote +Hold the line’s end — don’t let go\.$'
expect_stdout_matches '^stars-far-away +quote +“Stars are only far away until you go\.”$'
expect_stdout_matches '^captain-name +trivia +The captain’s name is Dallas\.$'
expect_stdout_matches '^waking-up +scene +Waking up$'
expect_stdout_matches '^jones-the-cat +egg +The cat$'
# Without a width (a pipe, no COLUMNS) nothing is cut.
expect_stdout_matches '^long-cutoff +quote +Café crème — déjà vu: a long entry .* until its own end is met\.$'

section "--spoilers adds the spoiler entries in their places"
run "${TALES[@]}" list --spoilers
expect_status 0
expect_stdout_lines 12
expect_eq "ids with spoilers" "$(stdout_first_column)" \
  "hold-the-line stars-far-away short-cutoff long-cutoff android-all-along second-words captain-name ship-name who-is-android waking-up the-escape jones-the-cat"

section "scenes in story order: by order, then file order, in every list"
STORY=$E2E_TMP/story.toml
scene() { printf '[[scene]]\nid = "%s"\ntitle = "%s"\n%bdescription = "Scene %s."\ntags = []\n\n' "$1" "$2" "$3" "$1"; }
{
  printf '[dataset]\nid = "story"\ntitle = "Story"\n\n'
  scene the-end "The end" 'order = 9\n'
  scene after-the-end "After the end" ''
  printf '[[quote]]\nid = "a-quote"\ntext = "A quote."\ntags = []\n\n'
  scene middle-one "Middle one" 'order = 4\n'
  scene the-start "The start" 'order = 1\n'
  scene middle-two "Middle two" 'order = 4\n'
} >"$STORY"
STORY_SCENES="the-start middle-one middle-two the-end after-the-end"
run --no-default --data "$STORY" scene --all --format jsonl
expect_status 0
expect_ids "$STORY_SCENES"
run --no-default --data "$STORY" scene --all
expect_eq "scene --all as text: the titles in story order" "$(grep -v '^Scene' "$OUT_FILE" | grep . | paste -sd, -)" \
  "The start,Middle one,Middle two,The end,After the end"
run --no-default --data "$STORY" list scene
expect_eq "list scene" "$(stdout_first_column)" "$STORY_SCENES"
run --no-default --data "$STORY" list
expect_eq "list: the quote keeps its place among the scenes" "$(stdout_first_column)" \
  "the-start middle-one a-quote middle-two the-end after-the-end"
run --no-default --data "$STORY" search Scene --format json
expect_ids "$STORY_SCENES"
run --no-default --data "$STORY" list scene --format tsv
expect_eq "tsv" "$(cut -f1 "$OUT_FILE" | paste -sd' ' -)" "$STORY_SCENES"
run --no-default --data "$STORY" export scene
expect_eq "export writes them in story order" \
  "$(sed -n '/^\[\[scene\]\]/,/^id/s/^id = .\(.*\).$/\1/p' "$OUT_FILE" | paste -sd' ' -)" "$STORY_SCENES"
# The same from the index, on a later run.
lore --no-default --data "$STORY" list >/dev/null
run --no-default --data "$STORY" list scene
expect_eq "list scene from the index" "$(stdout_first_column)" "$STORY_SCENES"

section "list KIND"
for kind in quote quotes; do
  run "${TALES[@]}" list "$kind"
  expect_status 0
  expect_eq "list $kind ids" "$(stdout_first_column)" \
    "hold-the-line stars-far-away short-cutoff long-cutoff second-words"
done
run "${TALES[@]}" list trivia
expect_status 0
expect_eq "list trivia ids" "$(stdout_first_column)" "captain-name ship-name"
for kind in scene scenes; do
  run "${TALES[@]}" list "$kind"
  expect_status 0
  expect_eq "list $kind ids" "$(stdout_first_column)" "waking-up"
done
for kind in egg eggs; do
  run "${TALES[@]}" list "$kind"
  expect_status 0
  expect_eq "list $kind ids" "$(stdout_first_column)" "jones-the-cat"
done

run "${TALES[@]}" list bogus
expect_status 2
expect_stdout_empty
expect_stderr_not_empty

section "the summary is cut to the width"
for width_source in flag env; do
  if [[ $width_source == flag ]]; then
    run "${TALES[@]}" list --width 60
  else
    COLUMNS=60 run "${TALES[@]}" list
  fi
  expect_status 0
  expect_stdout_lines 9
  expect_max_width 60
  expect_valid_utf8
  expect_stdout_matches '^long-cutoff +quote +Café crème — déjà vu: .*…$'
  expect_stdout_matches '^hold-the-line +quote +Hold the line’s end — don’t let go\.$'
  expect_eq "the cut lines are exactly 60 columns wide" \
    "$(grep '^long-cutoff' "$OUT_FILE" | wc -L)" "60"
done

run "${TALES[@]}" list -w 0
expect_stdout_matches 'until its own end is met\.$'
COLUMNS=60 run "${TALES[@]}" list --width 0
expect_stdout_matches 'until its own end is met\.$'

section "the summary of wide text is cut by display width, never inside a character"
for width in 30 31 37; do
  run --no-default --data "$(fixture wrap.toml)" list --width "$width"
  expect_status 0
  expect_valid_utf8
  expect_max_width "$width"
  expect_stdout_matches '^wide-cjk +quote +吾'
done

section "the built-in dataset"
run list
expect_status 0
expect_stderr_empty
expected_count=$(lore random -a --format json | jq length)
expect_stdout_lines "$expected_count"
expect_eq "list starts with the first built-in quote" "$(head -n 1 "$OUT_FILE" | awk '{print $1}')" "earth-is-our-home"
expect_stdout_not_matches '^the-thing-it-needed-to-survive-without '
run list --spoilers
expect_stdout_matches '^the-thing-it-needed-to-survive-without +quote '

section "several datasets: the built-in one first, then each --data in order"
run --data "$TALES_FILE" list
expect_status 0
expect_eq "the built-in entries come first" "$(head -n 1 "$OUT_FILE" | awk '{print $1}')" "earth-is-our-home"
expect_eq "the fixture's entries come last" "$(tail -n 1 "$OUT_FILE" | awk '{print $1}')" "jones-the-cat"
expect_stdout_lines $((expected_count + 9))

section "--data is repeatable"
run --no-default --data "$TALES_FILE" --data "$(fixture single.toml)" list
expect_status 0
expect_stderr_empty
expect_eq "two --data files, in order" "$(stdout_first_column)" \
  "$TALES_IDS only-quote only-trivia only-scene only-egg"

finish
