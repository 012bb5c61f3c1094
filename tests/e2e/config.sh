#!/usr/bin/env bash
# $XDG_CONFIG_HOME/lore/config.toml: defaults for lore's long options (and `kind`, what
# bare `lore` prints); the command line wins; an unknown key is a warning with its line
# and column and the command still works; a broken file (or a link to none) is a
# warning; `lore config
# --path` prints where the file is read from.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

CONFIG=$XDG_CONFIG_HOME/lore/config.toml
mkdir -p "$(dirname "$CONFIG")"
TALES=(--no-default --data "$(fixture tales.toml)")
LONG_QUOTE="Micah isn’t simply running from Earth; he’s running toward the possibility of community, survival, and a future."

# config TEXT: config.toml holds exactly TEXT (printf format).
config() {
  # shellcheck disable=SC2059
  printf "$1" >"$CONFIG"
}

section "lore config --path"
run config --path
expect_status 0
expect_stdout "$CONFIG"
saved_config_home=$XDG_CONFIG_HOME
unset XDG_CONFIG_HOME
run config --path
expect_status 0
expect_stdout "$HOME/.config/lore/config.toml"
XDG_CONFIG_HOME="" run config --path
expect_stdout "$HOME/.config/lore/config.toml"
# A relative XDG_CONFIG_HOME is ignored.
XDG_CONFIG_HOME=relative/config run config --path
expect_stdout "$HOME/.config/lore/config.toml"
saved_home=$HOME
unset HOME
run config --path
expect_status 2
expect_stdout_empty
expect_stderr_contains "neither XDG_CONFIG_HOME nor HOME is set"
export HOME=$saved_home XDG_CONFIG_HOME=$saved_config_home
# Without --path: the path, then the file as it is.
config '# my settings\nwidth = 20\n'
run config
expect_status 0
expect_stdout "$CONFIG

# my settings
width = 20"
rm "$CONFIG"
run config
expect_status 0
expect_stdout_contains "$CONFIG"
expect_stdout_contains "no file there yet"

section "defaults applied"
# width = 20: the text wraps at 20 columns.
config 'width = 20\n'
run show micah-running-toward
expect_status 0
expect_stderr_empty
expect_max_width 20
expect_eq "the quote, unwrapped, is the same words" "$(tr '\n' ' ' <"$OUT_FILE" | sed 's/ *$//')" "$LONG_QUOTE"
# color = "never": no colour even where it would be (CLICOLOR_FORCE); "always": colour.
config 'color = "never"\n'
CLICOLOR_FORCE=1 run --seed 1
expect_status 0
expect_no_colour
config 'color = "always"\n'
run --seed 1 --kind quote  # a quote has a styled attribution
expect_status 0
expect_colour
# spoilers = true: spoilers are in.
config 'spoilers = true\n'
run list quote --format tsv
expect_status 0
expect_stdout_contains "the-thing-it-needed-to-survive-without"
rm "$CONFIG"
run list quote --format tsv
expect_stdout_not_contains "the-thing-it-needed-to-survive-without"
# kind is --kind: "quote" brings back quotes only for bare lore, "trivia" trivia.
run -a --format jsonl
expect_eq "no kind: bare lore prints every kind" \
  "$(jq -r .kind "$OUT_FILE" | sort -u | paste -sd' ' -)" "egg quote scene trivia"
config 'kind = "quote"\n'
for seed in 1 2 3 4 5; do
  run --seed "$seed" --format jsonl
  expect_status 0
  expect_stderr_empty
  expect_jq '.kind' "quote"
done
run --daily
expect_eq "kind = quote: bare lore --daily is lore quote --daily" "$OUT" \
  "$(rm "$CONFIG"; lore quote --daily)"
config 'kind = "trivia"\n'
run -a --format jsonl
expect_status 0
expect_eq "bare lore -a prints only trivia" "$(jq -r .kind "$OUT_FILE" | sort -u)" "trivia"
expect_eq "all of them" "$(wc -l <"$OUT_FILE")" "$(lore trivia -a --format jsonl | wc -l)"
config 'kind = "scene"\n'
run --seed 2 --format jsonl
expect_status 0
expect_jq '.kind' "scene"
# The command line wins.
run --seed 2 --format jsonl --kind egg
expect_jq '.kind' "egg"
# Lists and flags: a dataset to add, a tag to require, and no default dataset.
config "data = [\"$(fixture tales.toml)\"]\nno-default = true\ntag = [\"iconic\"]\n"
run list --format tsv
expect_status 0
expect_stderr_empty
# tales.toml's quotes tagged iconic, but for the spoiler.
expect_eq "only tales' entries tagged iconic" "$(cut -f1,3 "$OUT_FILE" | paste -sd' ' -)" \
  "hold-the-line	tales stars-far-away	tales"
# A false flag is as if it were not there.
config 'no-default = false\nspoilers = false\n'
run sources --format json
expect_status 0
expect_jq '.datasets[0].id' "io"
# Lists of weights and of datasets.
export LORE_PATH=$E2E_DATA/weights
config 'weight = ["small=70"]\nno-default = true\n'
run sources quote --format json
expect_status 0
expect_jq '[.datasets[].chance] | map(. * 1000 | round) | join(" ")' "200 100 700"
config 'dataset = ["medium", "small"]\n'
run sources --format json --no-default
expect_status 0
expect_jq '[.datasets[].id] | join(" ")' "medium small"
unset LORE_PATH

section "the command line wins"
config 'width = 20\ncolor = "always"\nkind = "trivia"\nformat = "json"\n'
run show micah-running-toward --width 0 --color never --format text
expect_status 0
expect_stdout "$LONG_QUOTE"
run quote -a --format jsonl
expect_status 0
expect_eq "lore quote prints quotes whatever kind says" "$(jq -r .kind "$OUT_FILE" | sort -u)" "quote"
# The options of lists: the command line's values replace the configuration's.
export LORE_PATH=$E2E_DATA/weights
config 'no-default = true\nweight = ["small=70"]\n'
run sources quote --format json --weight small=30
expect_status 0
expect_stderr_empty
# small 30%; large and medium share 70 as 12 to 6.
expect_jq '[.datasets[] | .id + "=" + (.chance * 1000 | round | tostring)] | join(" ")' \
  "large=467 medium=233 small=300"
config 'no-default = true\ndataset = ["small"]\n'
run sources --format json -d large
expect_status 0
expect_jq '[.datasets[].id] | join(" ")' "large"
unset LORE_PATH
# A default the command line contradicts gives way rather than failing.
config 'short = true\n'
run list --long --format tsv "${TALES[@]}"
expect_status 0
expect_eq "--long on the command line: the long entries" "$OUT" \
  "$(rm "$CONFIG"; lore list --long --format tsv "${TALES[@]}")"

section "an unknown key is a warning with its line and column; the command works"
config '# settings\nwidth = 0\n\n   typo = 1\ncolor = "never"\nto = "mine.toml"\n'
run --seed 1 "${TALES[@]}"
expect_status 0
expect_stdout "$(rm "$CONFIG"; lore --seed 1 "${TALES[@]}")"
config '# settings\nwidth = 0\n\n   typo = 1\ncolor = "never"\nto = "mine.toml"\n'
run --seed 1 "${TALES[@]}"
expect_stderr_contains "$CONFIG:4:4: warning: unknown key 'typo'"
# `to` names a file to write: refused, whatever the command.
expect_stderr_contains "$CONFIG:6:1: warning: 'to' cannot be set in config.toml: it names a file to write"
expect_every_stderr_line_matches "^$CONFIG:[0-9]+:[0-9]+: warning: (unknown key 'typo'|'to' cannot be set)"
# The known keys still apply.
config 'width = 20\nwidht = 30\n'
run show micah-running-toward
expect_status 0
expect_max_width 20
expect_stderr_contains "$CONFIG:2:1: warning: unknown key 'widht'"
# Every command warns alike.
for command in list sources "show director" info tags "validate $(fixture tales.toml)"; do
  # shellcheck disable=SC2086
  run $command
  expect_status 0
  expect_stderr_contains "$CONFIG:2:1: warning: unknown key 'widht'"
done
# A value of a type no option takes.
config 'width = 20\ncolor = { when = "never" }\n'
run show micah-running-toward
expect_status 0
expect_max_width 20
expect_stderr_contains "$CONFIG:2:1: warning: "
# kind with a value bare lore cannot print: a warning at its line; only that key is
# left out.
config 'width = 20\nkind = "poem"\n'
run --seed 1
expect_status 0
expect_eq "kind = poem: what lore prints without that key" "$OUT" \
  "$(rm "$CONFIG"; lore --seed 1 --width 20)"
expect_eq "kind = poem: one warning" "$ERR" "$CONFIG:2:1: warning: 'kind' ignored: --kind: must be quote, trivia, scene or egg, not 'poem'"

section "a slip in the configuration file costs its line, with a warning"
config 'width = 20\ncolor = "never\n'
run --seed 1 "${TALES[@]}"
expect_status 0
expect_stdout "$(mv "$CONFIG" "$CONFIG.off"; lore --seed 1 --width 20 "${TALES[@]}"; mv "$CONFIG.off" "$CONFIG")"
expect_stderr_matches "^$CONFIG:2:[0-9]+: warning: the string is not closed on its line; the line is left out$"
# The rest of the file applies (width = 20).
run show micah-running-toward
expect_status 0
expect_stdout "$(mv "$CONFIG" "$CONFIG.off"; lore show micah-running-toward --width 20; mv "$CONFIG.off" "$CONFIG")"
# A table given twice is left out whole, so its keys do not land in the table before.
config '[show]\nwidth = 20\n[list]\nformat = "tsv"\n[show]\nwidth = 30\n'
run show micah-running-toward
expect_status 0
expect_stdout "$(mv "$CONFIG" "$CONFIG.off"; lore show micah-running-toward --width 20; mv "$CONFIG.off" "$CONFIG")"
expect_stderr_matches "^$CONFIG:5:1: warning: table \[show\] is given twice; the table is left out \(lines 5-6\)$"
# Left open to the end of the file: nothing can be trusted, and it says so.
config 'width = 20\ncolor = """never\n'
run show micah-running-toward
expect_status 0
expect_stdout "$LONG_QUOTE"
expect_stderr_matches "no settings read from this file$"
config 'this is not TOML\n'
run list --format tsv "${TALES[@]}"
expect_status 0
expect_stdout_not_empty
expect_stderr_matches "^$CONFIG:1:[0-9]+: warning: "
# A folder where the file should be, or an unreadable file: no settings, no failure.
rm "$CONFIG"
mkdir "$CONFIG"
run --seed 1 "${TALES[@]}"
expect_status 0
expect_stdout_not_empty
rmdir "$CONFIG"
# A link whose target is gone (dotfiles moved): no settings, and a warning that says so.
ln -s "$E2E_TMP/dotfiles/config.toml" "$CONFIG"
run --seed 1 "${TALES[@]}"
expect_status 0
expect_stdout_not_empty
expect_eq "a dangling config.toml: one warning naming the link and its target" "$ERR" \
  "$CONFIG: warning: a symbolic link to '$E2E_TMP/dotfiles/config.toml', which does not exist; no settings read from it"
rm "$CONFIG"
# A value the option refuses is a problem of the configuration: a warning that names
# the file, and the quote is still printed.
config 'width = "wide"\n'
run --seed 1 "${TALES[@]}"
expect_status 0
expect_stdout_not_empty
expect_stderr_contains "$CONFIG"
rm -f "$CONFIG"

section "key by key: a bad value drops that key alone"
# The README's own case: a weight for a dataset not made yet.
config 'weight = ["mine=30"]\nwidth = 20\ncolor = "always"\n'
run show micah-running-toward
expect_status 0
expect_max_width 20
run quote --seed 1  # a quote, whose attribution is styled; a trivia fact is plain
expect_status 0
expect_colour
expect_eq "one warning, naming the key and its line" "$ERR" \
  "$CONFIG:1:1: warning: 'weight' ignored: --weight: no dataset named 'mine'"
# A value CLI11 refuses, another the command refuses: each warned of once, at its line.
config 'count = 0\nwidth = 20\ndate = "tomorrow"\n'
run quote --seed 1
expect_status 0
expect_stdout_not_empty
expect_eq "two warnings" "$(wc -l <"$ERR_FILE")" "2"
expect_stderr_contains "$CONFIG:1:1: warning: 'count' ignored: "
expect_stderr_contains "$CONFIG:3:1: warning: 'date' ignored: --date: 'tomorrow' is not a date"
# A missing data path is a warning, for every command that prints an entry.
config 'data = ["~/nowhere.toml"]\n'
for command in "" quote trivia scene egg random "show director" list "search hope" tags info sources; do
  # shellcheck disable=SC2086
  run $command
  expect_status 0
  expect_stdout_not_empty
  expect_eq "lore $command: one warning for the missing path" "$ERR" \
    "$CONFIG:1:1: warning: 'data': $HOME/nowhere.toml: no such file or folder; left out"
done
# ~ in data is the home folder.
mkdir -p "$HOME/mine"
cp "$(fixture tales.toml)" "$HOME/mine/"
config 'data = ["~/mine/tales.toml"]\nno-default = true\n'
run list --format tsv
expect_status 0
expect_stderr_empty
expect_stdout_contains "hold-the-line"

section "an error of the command line is its own: once, never the file's, one run"
config 'width = 20\nspoilers = true\n'
run quote -n 0
expect_status 2
expect_stderr_not_contains "config.toml"
expect_eq "one error and its hint" "$(wc -l <"$ERR_FILE")" "2"
run add scene --title T --description D --order x --to "$E2E_TMP/scenes.toml"
expect_status_in 2 65
expect_stderr_not_contains "config.toml"
expect_eq "add ran once: one error" "$(grep -c "^lore: " "$ERR_FILE")" "1"
run quote --short --long
expect_status 2
expect_stderr_not_contains "config.toml"
# The command line against the file: the file's setting gives way, and says so.
config 'null = true\n'
run quote --format toml
expect_status 0
expect_stderr_contains "$CONFIG:1:1: warning: 'null' ignored: --null does not go with --format toml"

section "every long option can be set, at the top or in a [command] table"
config 'ignore-case = true\n'
run search HOPE --format tsv
expect_status 0
expect_stdout_not_empty
config 'question = true\n'
run trivia --seed 3
expect_status 0
expect_stdout_contains "?"
config '[quiz]\ncount = 1\nformat = "json"\npass = 100\nno-save = true\n'
printf 'no idea\n' >"$E2E_TMP/answers"
run_shell "\"\$LORE\" quiz --category crew <'$E2E_TMP/answers'"
expect_status 1
expect_jq '.questions | length' "1"
# count and format at the top level reach the quiz too.
config 'count = 2\nformat = "json"\nno-save = true\n'
run_shell "printf '\\n\\n' | \"\$LORE\" quiz --category locations"  # 4 questions
expect_status 0
expect_jq '.questions | length' "2"
# A table wins over the top level, for its command only.
config 'width = 20\n[show]\nwidth = 0\n'
run show micah-running-toward
expect_stdout "$LONG_QUOTE"
run --seed 1 -n 3
expect_max_width 20
# A key in a table that its command does not take; an unknown table.
config '[quote]\nrot13 = true\n[qiuz]\ncount = 3\n'
run quote
expect_status 0
expect_stderr_contains "$CONFIG:2:1: warning: 'rot13' is not an option of quote; it is one of import"
expect_stderr_contains "$CONFIG:3:2: warning: unknown table '[qiuz]' (did you mean '[quiz]'?)"
# help, version and files to write are refused.
config 'help = true\nversion = true\n[import]\noutput = "x.toml"\n'
run quote --seed 1
expect_status 0
expect_stderr_contains "$CONFIG:1:1: warning: 'help' cannot be set"
expect_stderr_contains "$CONFIG:2:1: warning: 'version' cannot be set"
run import fortune "$(fixture sample.fortune)"
expect_status 0
expect_stderr_contains "$CONFIG:4:1: warning: 'output' cannot be set"
rm -f "$CONFIG"

section "lore config --path, and the README's example on a fresh system"
FRESH=$E2E_TMP/fresh-home
XDG_CONFIG_HOME= HOME=$FRESH run config --path
expect_status 0
expect_stdout "$FRESH/.config/lore/config.toml"
XDG_CONFIG_HOME= HOME=$FRESH run_shell 'mkdir -p "$(dirname "$("$LORE" config --path)")" && printf '"'"'color = "never"\n'"'"' >>"$("$LORE" config --path)" && "$LORE" config'
expect_status 0
expect_stdout_contains 'color = "never"'

finish
