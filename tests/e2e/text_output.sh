#!/usr/bin/env bash
# The text format: wrapping to --width N, then COLUMNS, then the terminal's width,
# else no wrap, by display width and never inside a UTF-8 sequence or a grapheme;
# lines that fit kept as written (poems, ASCII art), long ones hanging at their own
# indent; the attribution line; control characters in the data shown escaped.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

WRAP=(--no-default --data "$(fixture wrap.toml)")
TALES=(--no-default --data "$(fixture tales.toml)")
CONTROLS=(--no-default --data "$(fixture controls.toml)")

# The text of an entry of wrap.toml, with its TOML escapes decoded.
entry_text() { lore "${WRAP[@]}" show "$1" --format json | jq -r '.[0].text'; }
# What is left of stdout with every space and newline taken out.
squeezed_stdout() { tr -d ' \n' <"$OUT_FILE"; }

section "--width N wraps by display width, keeping every word whole"
latin=$(entry_text accented-latin)
cjk=$(entry_text wide-cjk)
for width in 12 17 23 40 61; do
  run "${WRAP[@]}" show accented-latin --width "$width"
  expect_status 0
  expect_valid_utf8
  expect_max_width "$width"
  expect_true "accented text at width $width takes several lines" test "$(wc -l <"$OUT_FILE")" -ge 3
  expect_eq "accented text at width $width: the same characters, in order" \
    "$(squeezed_stdout)" "$(tr -d ' ' <<<"$latin")--HélèneBœuf,Wrap(2010)"
  # Every word of the text that fits on a line comes out whole on one line.
  broken=""
  for word in $latin; do
    if (($(wc -L <<<"$word") <= width)) && ! grep -qF -- "$word" "$OUT_FILE"; then broken+="$word "; fi
  done
  expect_eq "accented text at width $width: no word that fits is broken" "$broken" ""

  run "${WRAP[@]}" show wide-cjk --width "$width"
  expect_status 0
  expect_valid_utf8
  expect_max_width "$width"
  expect_eq "wide text at width $width: the same characters, in order" \
    "$(squeezed_stdout)" "$(tr -d ' ' <<<"$cjk")--猫,Wrap(2010)"
done

run "${WRAP[@]}" show wide-cjk --width 20
expect_stdout_matches '^吾輩は猫である。$'
expect_true "wide characters count two columns: no line of wide text holds more than 10 of them" \
  test "$(head -n -2 "$OUT_FILE" | perl -CSD -ne 'chomp; print length, "\n"' | sort -n | tail -n 1)" -le 10

section "graphemes are never split: combining accents, ZWJ emoji, flags"
graphemes=$(entry_text graphemes)
for width in 4 7 10 13 20; do
  run "${WRAP[@]}" show graphemes --width "$width"
  expect_status 0
  expect_valid_utf8
  expect_eq "graphemes at width $width: the same characters, in order" \
    "$(squeezed_stdout)" "$(tr -d ' ' <<<"$graphemes")--Wrap(2010)"
  expect_false "no line starts with a combining accent (U+0301) at width $width" \
    env LC_ALL=C grep -qa $'^ *\xcc\x81' "$OUT_FILE"
  expect_false "no line starts or ends with a zero-width joiner at width $width" \
    env LC_ALL=C grep -qaE $'^ *\xe2\x80\x8d|\xe2\x80\x8d$' "$OUT_FILE"
  # A flag is two regional indicators: a line cut between them holds an odd number.
  odd=$(perl -CSD -ne '$n = () = /[\x{1F1E6}-\x{1F1FF}]/g; print "$.\n" if $n % 2' "$OUT_FILE")
  expect_eq "no flag split across lines at width $width (lines with an odd number of regional indicators)" "$odd" ""
  # A family is man ZWJ woman ZWJ girl: a whole one has one of each.
  split=$(perl -CSD -ne '$m = () = /\x{1F468}/g; $g = () = /\x{1F467}/g; print "$.\n" if $m != $g' "$OUT_FILE")
  expect_eq "no family emoji split across lines at width $width" "$split" ""
  over=$(perl -CSD -ne '$n = () = /e\x{301}/g; print "$.\n" if $n > '"$width" "$OUT_FILE")
  expect_eq "no line holds more than $width accented e's (one column each) at width $width" "$over" ""
done

section "the width comes from --width, then COLUMNS, then the terminal, else no wrap"
run "${WRAP[@]}" show accented-latin
expect_stdout_lines 2
expect_eq "on a pipe without COLUMNS the text is one line" "$(head -n 1 "$OUT_FILE")" "$latin"

COLUMNS=30 run "${WRAP[@]}" show accented-latin
expect_max_width 30
expect_true "COLUMNS=30 wraps" test "$(wc -l <"$OUT_FILE")" -gt 4

COLUMNS=30 run "${WRAP[@]}" show accented-latin --width 70
expect_max_width 70
expect_true "--width 70 beats COLUMNS=30: some line is wider than 30" test "$(widest_line)" -gt 30

COLUMNS=30 run "${WRAP[@]}" show accented-latin --width 0
expect_eq "--width 0 never wraps, even with COLUMNS" "$(head -n 1 "$OUT_FILE")" "$latin"

for columns in "" abc 0 -5; do
  COLUMNS=$columns run "${WRAP[@]}" show accented-latin
  expect_status 0
  expect_eq "COLUMNS='$columns' is not a width: no wrap" "$(head -n 1 "$OUT_FILE")" "$latin"
done

TTY_COLS=30 run_tty "${WRAP[@]}" show accented-latin
expect_status 0
expect_max_width 30
expect_true "a terminal of 30 columns wraps" test "$(wc -l <"$OUT_FILE")" -gt 4

COLUMNS=50 TTY_COLS=30 run_tty "${WRAP[@]}" show accented-latin
expect_max_width 50
expect_true "COLUMNS=50 beats a terminal of 30 columns" test "$(widest_line)" -gt 30

TTY_COLS=30 run_tty "${WRAP[@]}" show accented-latin --width 45
expect_max_width 45
expect_true "--width 45 beats a terminal of 30 columns" test "$(widest_line)" -gt 30

section "a quote ends with its attribution line"
run "${TALES[@]}" show hold-the-line
expect_eq "attribution with a speaker" "$(tail -n 1 "$OUT_FILE" | sed 's/^ *//')" "-- Ripley, Fixture Tales (2001)"
run "${TALES[@]}" show stars-far-away
expect_eq "attribution without a speaker" "$(tail -n 1 "$OUT_FILE" | sed 's/^ *//')" "-- Fixture Tales (2001)"
run show earth-is-our-home
expect_eq "attribution on the built-in dataset" "$(tail -n 1 "$OUT_FILE" | sed 's/^ *//')" "-- IO (2019)"
run "${WRAP[@]}" show wide-cjk
expect_eq "attribution with a wide speaker" "$(tail -n 1 "$OUT_FILE" | sed 's/^ *//')" "-- 猫, Wrap (2010)"
run "${TALES[@]}" show hold-the-line --width 20
expect_max_width 20
expect_eq "a wrapped attribution keeps its words" "$(sed -n '3,$p' "$OUT_FILE" | tr -s ' \n' ' ' | sed 's/^ //; s/ $//')" \
  "-- Ripley, Fixture Tales (2001)"

section "control characters in the data are shown escaped, never written raw"
for args in "show red-alert" "show csi-and-del" "show escape-scene" "show clear-screen" \
  "random -a" "quote" "trivia --question" "list" "search ." "search -i ALERT" "info" "tags"; do
  # shellcheck disable=SC2086 # the command and its arguments split on purpose
  run "${CONTROLS[@]}" $args
  expect_status 0
  expect_no_raw_controls
done
# The same with colour on: lore's own colour codes are the only escapes.
for args in "show red-alert" "random -a" "list" "search alert" "info"; do
  # shellcheck disable=SC2086
  run "${CONTROLS[@]}" $args --color always
  expect_status 0
  expect_colour
  expect_true "with colour on, no raw control byte is left once lore's colour codes are removed" \
    test "$(strip_sgr <"$OUT_FILE" | count_raw_controls /dev/stdin)" -eq 0
  expect_false "the data's own ESC[31m / ESC[5m never reach the output raw" \
    env LC_ALL=C grep -qaE $'\x1b\\[(31|5|8|2J)m?(alert|description|concealed|ape)' "$OUT_FILE"
done

visible='(\\x1[bB]|\\e|\\033|\\u001[bB]|\^\[|␛)'
run "${CONTROLS[@]}" show red-alert
expect_stdout_matches "^Red ${visible}\[31malert${visible}\[0m now — stay “calm”\.$"
expect_stdout_matches "^ *-- Bell.+Ringer, Control.+Tales \(2020\)$"
run "${CONTROLS[@]}" show escape-scene
expect_stdout_matches "^Esc${visible}\[2Jape$"
expect_true "a tab in the data stays a tab" grep -qF $'A tab\tstays a tab' "$OUT_FILE"
expect_stdout_matches 'a backspace.+ does not\.$'
run "${CONTROLS[@]}" show csi-and-del
expect_stdout_matches '^A C1 CSI .+2J, a DEL .+, a CR .+ and a NEL .+ hide here\.$'
run "${CONTROLS[@]}" trivia --question
expect_stdout_matches "title ${visible}\]0;pwned.+\?$"
run "${CONTROLS[@]}" info
expect_stdout_matches "Blinking ${visible}\[5mdescription"
run "${CONTROLS[@]}" list
expect_stdout_matches "^red-alert +quote +Red ${visible}\[31malert"
run "${CONTROLS[@]}" show red-alert --width 12
expect_no_raw_controls
expect_max_width 12

section "text keeps its shape: lines that fit print as written, long ones hang at their indent"
SHAPES=$E2E_TMP/shapes.toml
cat >"$SHAPES" <<'TOML'
[dataset]
id = "shapes"
title = "Shapes"

[[quote]]
id = "poem"
text = """
so much depends
    upon

  a red wheel
\tbarrow"""
speaker = "W. C. Williams"
tags = []

[[quote]]
id = "art"
text = '''
   /\_/\
  ( o.o )
   > ^ <'''
tags = []

[[quote]]
id = "long-indented"
text = """
A first line that is short.
      An indented line far too long to fit in the narrow width at all."""
tags = []
TOML
POEM=$(printf 'so much depends\n    upon\n\n  a red wheel\n\tbarrow')
ART=$(printf '   /\\_/\\\n  ( o.o )\n   > ^ <')
for width in 40 80 0; do
  run --no-default --data "$SHAPES" show poem --width "$width"
  expect_status 0
  expect_eq "a poem at width $width: every line as written" "$(head -n -1 "$OUT_FILE")" "$POEM"
  run --no-default --data "$SHAPES" show art --width "$width"
  expect_eq "ASCII art at width $width: every line as written" "$(head -n -1 "$OUT_FILE")" "$ART"
done
COLUMNS=30 run --no-default --data "$SHAPES" show art
expect_eq "COLUMNS=30: the art as written" "$(head -n -1 "$OUT_FILE")" "$ART"
TTY_COLS=30 run_tty --no-default --data "$SHAPES" show poem
expect_stdout_matches '^    upon$'
expect_stdout_matches $'^\tbarrow$'
run --no-default --data "$SHAPES" show long-indented --width 30
expect_max_width 30
expect_eq "a long indented line hangs at its own indent" "$(head -n 4 "$OUT_FILE")" \
  "A first line that is short.
      An indented line far too
      long to fit in the
      narrow width at all."
# A tab is 8 columns wide: a tab-indented line of 28 bytes does not fit in 30.
printf '[dataset]\nid = "tabs"\ntitle = "Tabs"\n[[quote]]\nid = "t"\ntext = "\\tone two three four five six"\ntags = []\n' \
  >"$E2E_TMP/tabs.toml"
run --no-default --data "$E2E_TMP/tabs.toml" show t --width 30
expect_max_width 30
expect_eq "a tab-indented line wraps under its tab" "$(head -n 2 "$OUT_FILE")" \
  "$(printf '\tone two three four\n\tfive six')"

section "an escaped control takes the columns of its escape when wrapping"
printf '[dataset]\nid = "esc"\ntitle = "Esc"\n[[quote]]\nid = "e"\ntext = "ab\\u001bcd ef"\ntags = []\n' \
  >"$E2E_TMP/esc.toml"
run --no-default --data "$E2E_TMP/esc.toml" show e --width 10
expect_max_width 10
expect_eq "\\x1b counts four columns" "$(head -n 2 "$OUT_FILE")" 'ab\x1bcd
ef'
run --no-default --data "$E2E_TMP/esc.toml" show e --width 11
expect_eq "and fits in eleven" "$(head -n 1 "$OUT_FILE")" 'ab\x1bcd ef'

section "curly quotes and dashes stay intact in text"
run "${TALES[@]}" show hold-the-line stars-far-away --width 25
expect_valid_utf8
expect_stdout_contains "line’s end"
expect_stdout_contains "—"
expect_stdout_contains "“Stars"
expect_stdout_contains "go.”"
run "${CONTROLS[@]}" show red-alert
expect_stdout_contains "— stay “calm”."
run "${CONTROLS[@]}" show quotes-and-backslashes
expect_eq "straight quotes and backslashes are printed as written" "$(head -n 1 "$OUT_FILE")" \
  'She said "run" \ and C:\path\n is not a newline.'

finish
