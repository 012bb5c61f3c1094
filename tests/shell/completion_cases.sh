# shellcheck shell=bash disable=SC2046,SC2086,SC2154
# (word lists from lore's own output are split on purpose; fixture is lib.sh's)
# The completion cases, one row each, run by completion_test.sh in bash, fish and zsh:
#   row SHELLS CHECK LABEL LINE WORDS...
# SHELLS is `all` or the shells the row holds for, where they differ (bash gives the
# part of a word after readline's ':' and '=' breaks; fish and zsh give whole words,
# with descriptions). CHECK is exactly, includes, excludes, empty or description
# (WORD TEXT). A '|' in LINE is the cursor, for bash only. The lines are completed in
# tests/shell/fixtures.

mapfile -t all_commands < <(help_commands)
mapfile -t entry_formats < <(help_values --format list)
mapfile -t info_formats < <(help_values --format info)
mapfile -t kinds < <(help_values KIND list | grep -v 's$') # not the plurals it also takes
mapfile -t cache_actions < <(help_values ACTION cache)
tiny_ids=(tiny-hello tiny-goodbye tiny-fact tiny-ending tiny-egg)
ho_tags=$(lore tags --spoilers --format tsv | cut -f1 | grep '^ho')
ho_tag_options=$(lore tags --spoilers --format tsv | cut -f1 | grep '^ho' | sed 's/^/--tag=/')
# As `lore tags` counts them: spoilers left out unless --spoilers is on the line.
iconic_count=$(lore tags --format tsv | grep '^iconic' | cut -f2)

# Subcommands.
row all exactly 'lore <Tab> gives every subcommand' 'lore ' "${all_commands[@]}"
row fish description 'subcommands are described' 'lore ' show 'Print the entries with these ids'
row zsh description 'subcommands are described' 'lore ' show 'print the entries with these ids'
row all exactly 'lore sh<Tab> gives show' 'lore sh' show
row all exactly 'a subcommand after root options' 'lore --tag hope --daily t' tags trivia

# Options.
row all includes 'lore --<Tab> has the root options' 'lore --' \
  --help --version --data --no-default --no-cache --tag --daily --format --colour
row fish description 'options are described' 'lore --' --spoilers 'ending away'
# (zsh asked apart: in a long list it groups synonyms and writes their descriptions apart.)
row zsh description 'options are described' 'lore --sp' --spoilers 'ending away'
row zsh excludes 'an option given is not offered again' 'lore quote --short --' --short --long
row all includes 'lore trivia -<Tab> has -q and --question' 'lore trivia -' \
  -q --question -t --spoilers -n --count
row all excludes 'lore quote --<Tab> has no --question' 'lore quote --' \
  --question --ignore-case --version
row all exactly 'lore show --<Tab>' 'lore show --' $(help_options show | grep -- '^--')
row all excludes 'lore info --<Tab> has no --template or --null' 'lore info --' \
  --template --null --tag
row all includes 'lore search PATTERN -<Tab>' 'lore search bees -' -i --ignore-case
row all exactly 'lore info --no-<Tab> has --no-cache' 'lore info --no-' --no-default --no-cache
row all exactly 'lore quiz --no-<Tab>' 'lore quiz --no-' --no-default --no-cache --no-save
row all excludes 'lore validate --<Tab> has no --no-cache' 'lore validate --' --no-cache
row all excludes 'lore cache -<Tab> has no dataset options' 'lore cache -' \
  --no-cache --data --no-default
row bash,zsh includes 'lore quote <Tab> shows its options' 'lore quote ' --daily --tag
row fish empty 'lore quote <Tab>: options only after a dash' 'lore quote '

# Fixed values.
row all exactly '--format <Tab> gives the formats' 'lore --format ' "${entry_formats[@]}"
row all exactly 'list -f <Tab>' 'lore list -f ' "${entry_formats[@]}"
row all exactly 'info --format <Tab>' 'lore info --format ' "${info_formats[@]}"
row all exactly 'quiz --format <Tab>' 'lore quiz --format ' $(help_values --format quiz)
row bash exactly '--format=js<Tab>' 'lore quote --format=js' json jsonl
row fish,zsh exactly '--format=js<Tab>' 'lore quote --format=js' --format=json --format=jsonl
row all exactly '--colour <Tab>' 'lore --colour ' $(help_values --colour)
row bash exactly '--color=a<Tab>' 'lore quote --color=a' auto always
row fish,zsh exactly '--color=a<Tab>' 'lore quote --color=a' --color=auto --color=always
row all exactly 'list <Tab> gives the kinds' 'lore list ' "${kinds[@]}"
row all exactly 'add <Tab> gives the kinds' 'lore add ' "${kinds[@]}"
row all excludes 'list KIND <Tab> gives no second kind' 'lore list quote ' "${kinds[@]}"
row all exactly 'import <Tab> gives the formats it reads' 'lore import ' \
  $(help_values FORMAT import)
row all exactly '--date <Tab> gives today' 'lore quote --date ' "$(date +%F)"
row all empty '--seed <Tab> is free' 'lore quote --seed '
row all empty 'search <Tab>: the pattern is free' 'lore search '

# lore cache ACTION [PATH...].
row all exactly 'cache <Tab> gives its actions' 'lore cache ' "${cache_actions[@]}"
row fish description 'cache actions are described' 'lore cache ' clear 'Remove every index'
row zsh description 'cache actions are described' 'lore cache ' clear 'remove every index'
row all exactly 'cache b<Tab> gives build' 'lore cache b' build
row all exactly 'cache after root options' 'lore --color never cache c' clear
row bash,fish includes 'cache build <Tab> completes files' 'lore cache build ti' tiny.toml
row zsh includes 'cache build <Tab> completes files' "lore cache build ${fixture%/*}/ti" "$fixture"
row bash,fish includes 'cache build FILE <Tab>: more files' \
  "lore cache build $fixture ti" tiny.toml
row all excludes 'cache path <Tab>: no PATH, no second action' 'lore cache path ' \
  tiny.toml "${cache_actions[@]}"
row all excludes 'cache clear <Tab>: no PATH' 'lore cache clear ti' tiny.toml

# Live values from lore.
row all exactly 'show dir<Tab> gives the director trivia' 'lore show dir' director
row fish,zsh description 'ids are described by their summary' 'lore show dir' director \
  'IO is directed by Jonathan Helpert.'
row all exactly 'show <Tab> gives every id, spoilers included' 'lore show ' $(lore_ids)
row bash exactly 'show io:dir<Tab> gives the qualified id, less what readline keeps' \
  'lore show io:dir' director
row fish,zsh exactly 'show io:dir<Tab> gives the qualified id' 'lore show io:dir' io:director
row all includes '--tag <Tab> gives tags that exist' 'lore --tag ' hope iconic director
row fish,zsh description 'tags are described by their count' 'lore --tag ico' \
  iconic "$iconic_count entries"
row all includes 'list -x <Tab>' 'lore list -x ic' iconic
row bash exactly '--tag=ho<Tab>' 'lore quote --tag=ho' $ho_tags
row fish,zsh exactly '--tag=ho<Tab>' 'lore quote --tag=ho' $ho_tag_options
row all includes '--category <Tab>' 'lore trivia --category ' cast crew music post-credits
row all exactly '--category ca<Tab>' 'lore trivia --category ca' cast
row all empty '--speaker <Tab>: the built-in quotes name no speaker' 'lore quote --speaker '
row all exactly '-d <Tab> gives the dataset names' 'lore -d ' io
row bash,fish exactly '--weight <Tab> gives NAME=' 'lore --weight ' io=
row zsh exactly '--weight <Tab> gives the dataset names' 'lore --weight ' io
row zsh empty '--weight NAME=<Tab>: the percentage is free' 'lore --weight io='

# --data and --no-default on the line change the live values (--no-cache goes along).
row all exactly '--data FILE --no-default: only its ids' \
  "lore --data $fixture --no-default show " $(lore_ids --data "$fixture" --no-default)
row all exactly '--no-cache --data FILE: its ids, parsed' \
  "lore --no-cache --data $fixture --no-default show " $(lore_ids --data "$fixture" --no-default)
row bash,fish includes '--data FILE: both datasets, and their names' \
  "lore show --data $fixture " tiny-hello director earth-is-our-home io: tiny:
row zsh includes '--data FILE: both datasets, and their names' \
  "lore show --data $fixture " tiny-hello director earth-is-our-home io tiny
row all exactly '--data=FILE' "lore --no-default --data=$fixture show tiny-" "${tiny_ids[@]}"
row bash exactly 'options after the cursor count as well' \
  "lore show tiny-| --data $fixture --no-default" "${tiny_ids[@]}"
row bash exactly 'DATASET:<Tab> gives that dataset qualified' \
  "lore --data $fixture show tiny:" director "${tiny_ids[@]}"
row fish,zsh exactly 'DATASET:<Tab> gives that dataset qualified' \
  "lore --data $fixture show tiny:" tiny:director $(printf 'tiny:%s\n' "${tiny_ids[@]}")
row all includes '--data FILE --tag <Tab>' "lore --data $fixture list --tag " \
  fixture-only hope
row all includes "--spoilers --tag <Tab> adds the spoilers' tags" \
  "lore --data $fixture list --spoilers --tag " fixture-only fixture-spoiler hope
row all exactly '--data FILE -d <Tab>' "lore --data $fixture quote -d " io tiny
row bash,zsh exactly '--speaker <Tab>, quoted for the line' \
  "lore --data $fixture quote --speaker " 'Ada\ Lovelace' Bob
row fish exactly '--speaker <Tab>' "lore --data $fixture quote --speaker " 'Ada Lovelace' Bob
row bash exactly '--speaker "Ad<Tab> inside a quote' \
  "lore --data $fixture quote --speaker \"Ad" 'Ada Lovelace'
row all exactly '--category with --no-default' \
  "lore --data $fixture --no-default trivia --category " numbers crew
row all empty 'a missing --data file gives nothing' 'lore --data /nonexistent/lore.toml show '
row fish includes '--data <Tab> completes files' 'lore --data ti' tiny.toml
row zsh includes '--data <Tab> completes files' "lore --data ${fixture%/*}/ti" "$fixture"
