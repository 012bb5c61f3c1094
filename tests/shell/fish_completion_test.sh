#!/usr/bin/env bash
# completions/lore.fish in fish: `complete -C LINE` prints what fish would offer, a
# word and its description a line (see fish_complete_line in lib.sh). Fixed value
# sets are compared with what `lore --help` shows.
#   fish_completion_test.sh LORE   (LORE's folder first on PATH, as ctest sets it)
set -uo pipefail
source "$(dirname "$0")/lib.sh"

require_lore_on_path "${1-}"
command -v fish >/dev/null || { echo "fish is not installed" >&2; exit 1; }
complete_line() { fish_complete_line "$@"; }

mapfile -t all_commands < <(help_commands)
mapfile -t entry_formats < <(help_values --format list)
mapfile -t info_formats < <(help_values --format info)
mapfile -t kinds < <(help_values KIND list | grep -v 's$') # not the plurals it also takes

# Subcommands, with their descriptions.
candidates=$(complete_line 'lore ')
expect_exactly 'lore <Tab> gives every subcommand' "$candidates" "${all_commands[@]}"
expect_description 'subcommands are described' "$candidates" show 'Print the entries with these ids'
expect_exactly 'lore sh<Tab> gives show' "$(complete_line 'lore sh')" show
expect_exactly 'a subcommand after root options' "$(complete_line 'lore --tag hope --daily t')" \
  tags trivia

# Options.
candidates=$(complete_line 'lore --')
expect_includes 'lore --<Tab> has the root options' "$candidates" \
  --help --version --data --no-default --tag --daily --format --colour
expect_description 'options are described' "$candidates" --spoilers 'ending away'
expect_includes 'lore trivia -<Tab> has -q and --question' "$(complete_line 'lore trivia -')" \
  -q --question -t --spoilers -n --count
expect_excludes 'lore quote --<Tab> has no --question' "$(complete_line 'lore quote --')" \
  --question --ignore-case --version
expect_exactly 'lore show --<Tab>' "$(complete_line 'lore show --')" $(help_options show | grep -- '^--')
expect_excludes 'lore info --<Tab> has no --template or --null' \
  "$(complete_line 'lore info --')" --template --null --tag
expect_includes 'lore search PATTERN -<Tab>' "$(complete_line 'lore search bees -')" -i --ignore-case
expect_empty 'lore quote <Tab>: options only after a dash' "$(complete_line 'lore quote ')"

# Fixed values.
expect_exactly '--format <Tab> gives the formats' "$(complete_line 'lore --format ')" \
  "${entry_formats[@]}"
expect_exactly 'list -f <Tab>' "$(complete_line 'lore list -f ')" "${entry_formats[@]}"
expect_exactly 'info --format <Tab>' "$(complete_line 'lore info --format ')" "${info_formats[@]}"
expect_exactly 'quiz --format <Tab>' "$(complete_line 'lore quiz --format ')" \
  $(help_values --format quiz)
expect_exactly '--format=js<Tab>' "$(complete_line 'lore quote --format=js')" \
  --format=json --format=jsonl
expect_exactly '--colour <Tab>' "$(complete_line 'lore --colour ')" $(help_values --colour)
expect_exactly '--color=a<Tab>' "$(complete_line 'lore tags --color=a')" --color=auto --color=always
expect_exactly 'list <Tab> gives the kinds' "$(complete_line 'lore list ')" "${kinds[@]}"
expect_exactly 'add <Tab> gives the kinds' "$(complete_line 'lore add ')" "${kinds[@]}"
expect_excludes 'list KIND <Tab> gives no second kind' "$(complete_line 'lore list quote ')" \
  "${kinds[@]}"
expect_exactly 'import <Tab> gives the formats it reads' "$(complete_line 'lore import ')" \
  $(help_values FORMAT import)
expect_exactly '--date <Tab> gives today' "$(complete_line 'lore quote --date ')" "$(date +%F)"
expect_empty '--seed <Tab> is free' "$(complete_line 'lore quote --seed ')"
expect_empty 'search <Tab>: the pattern is free' "$(complete_line 'lore search ')"

# Live values from lore.
candidates=$(complete_line 'lore show dir')
expect_exactly 'show dir<Tab> gives the director trivia' "$candidates" director
expect_description 'ids are described by their summary' "$candidates" director \
  'IO is directed by Jonathan Helpert.'
expect_exactly 'show <Tab> gives every id, spoilers included' "$(complete_line 'lore show ')" \
  $(lore_ids)
expect_exactly 'show io:dir<Tab> gives the qualified id' "$(complete_line 'lore show io:dir')" \
  io:director
expect_includes '--tag <Tab> gives tags that exist' "$(complete_line 'lore --tag ')" \
  hope iconic director
expect_description 'tags are described by their count' "$(complete_line 'lore --tag ico')" \
  iconic "$(lore tags --spoilers --format tsv | grep '^iconic' | cut -f2) entries"
expect_includes 'list -x <Tab>' "$(complete_line 'lore list -x ic')" iconic
expect_exactly '--tag=ho<Tab>' "$(complete_line 'lore quote --tag=ho')" \
  $(lore tags --spoilers --format tsv | cut -f1 | grep '^ho' | sed 's/^/--tag=/')
expect_includes '--category <Tab>' "$(complete_line 'lore trivia --category ')" \
  cast crew music post-credits
expect_exactly '--category ca<Tab>' "$(complete_line 'lore trivia --category ca')" cast
expect_empty '--speaker <Tab>: the built-in quotes name no speaker' \
  "$(complete_line 'lore quote --speaker ')"
expect_exactly '-d <Tab> gives the dataset names' "$(complete_line 'lore -d ')" io
expect_exactly '--weight <Tab> gives NAME=' "$(complete_line 'lore --weight ')" io=

# --data and --no-default on the line change the live values.
expect_exactly '--data FILE --no-default: only its ids' \
  "$(complete_line "lore --data $fixture --no-default show ")" $(lore_ids --data "$fixture" --no-default)
expect_includes '--data FILE: both datasets, and their names' \
  "$(complete_line "lore show --data $fixture ")" tiny-hello director earth-is-our-home io: tiny:
expect_exactly '--data=FILE' \
  "$(complete_line "lore --no-default --data=$fixture show tiny-")" \
  tiny-hello tiny-goodbye tiny-fact tiny-ending tiny-egg
expect_exactly 'DATASET:<Tab> gives that dataset qualified' \
  "$(complete_line "lore --data $fixture show tiny:")" \
  tiny:director tiny:tiny-hello tiny:tiny-goodbye tiny:tiny-fact tiny:tiny-ending tiny:tiny-egg
expect_includes '--data FILE --tag <Tab>' "$(complete_line "lore --data $fixture list --tag ")" \
  fixture-only fixture-spoiler hope
expect_exactly '--data FILE -d <Tab>' "$(complete_line "lore --data $fixture quote -d ")" io tiny
expect_exactly '--speaker <Tab>' "$(complete_line "lore --data $fixture quote --speaker ")" \
  'Ada Lovelace' Bob
expect_exactly '--category with --no-default' \
  "$(complete_line "lore --data $fixture --no-default trivia --category ")" numbers crew
expect_empty 'a missing --data file gives nothing' \
  "$(complete_line 'lore --data /nonexistent/lore.toml show ')"
expect_includes '--data <Tab> completes files' \
  "$(cd "$source_dir/tests/shell/fixtures" && complete_line 'lore --data ti')" tiny.toml
errors=$(complete_line 'lore --data /nonexistent/lore.toml show ' 2>&1 >/dev/null)
[[ -z $errors ]] && pass 'a missing --data file prints nothing' ||
  fail 'a missing --data file prints nothing' "stderr: $errors"

# A config.toml whose defaults clash with the listing asked for is set aside.
mkdir -p "$XDG_CONFIG_HOME/lore"
printf 'template = "{id}"\n' >"$XDG_CONFIG_HOME/lore/config.toml"
expect_exactly 'a config.toml with a template does not hide the ids' \
  "$(complete_line 'lore show dir')" director
rm "$XDG_CONFIG_HOME/lore/config.toml"

# A lore that hangs is given up after a bounded time.
make_slow_lore
start=$SECONDS
candidates=$(PATH=$slow_dir:$PATH complete_line 'lore show ' 2>&1)
elapsed=$((SECONDS - start))
expect_empty 'a hanging lore gives nothing' "$candidates"
((elapsed <= 5)) && pass "a hanging lore is given up (${elapsed}s)" ||
  fail 'a hanging lore is given up' "took ${elapsed}s"
rm -r "$slow_dir"

finish
