#!/usr/bin/env bash
# The man pages: lore.1 (as the build generates it) and man/lore.5 pass `mandoc -Tlint -W warning` with no
# output, render with man(1) without a warning, have their sections, document only
# environment variables the binary reads, and their examples work: the dataset of
# lore(5) loads, the configuration file of lore(1) is read without a warning.
#   man_test.sh LORE   (LORE's folder first on PATH, as ctest sets it)
set -uo pipefail
source "$(dirname "$0")/lib.sh"

require_lore_on_path "${1-}"
for tool in mandoc man col; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed" >&2; exit 1; }
done
man1=$generated_dir/man/lore.1  # man/lore.1.in with its option lists
man5=$source_dir/man/lore.5

lint=$(mandoc -T lint -W warning "$man1" "$man5" 2>&1)
status=$?
[[ -z $lint && $status -eq 0 ]] && pass 'mandoc -Tlint -W warning is silent' ||
  fail 'mandoc -Tlint -W warning is silent' "status $status" "$lint"

# man(1) as a person runs it: groff through man-db, warnings on.
for page in "$man1" "$man5"; do
  name=${page##*/}
  errors=$(MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
  [[ -z $errors ]] && pass "man -l $name renders without warnings" ||
    fail "man -l $name renders without warnings" "$errors"
done

# The sections each page must have.
headings() { mandoc -T ascii "$1" | col -bx | grep -E '^[A-Z][A-Z ]*$'; }
expect_includes 'lore.1 has its sections' "$(headings "$man1")" \
  NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS ENVIRONMENT FILES 'EXIT STATUS' EXAMPLES 'SEE ALSO'
expect_includes 'lore.5 has its sections' "$(headings "$man5")" \
  NAME DESCRIPTION FILES EXAMPLES 'SEE ALSO'

# Every variable in ENVIRONMENT is one the binary reads (its name is in the binary).
missing=()
while read -r variable; do
  grep -qaF "$variable" "$(type -P lore)" || missing+=("$variable")
done < <(sed -n '/^\.Sh ENVIRONMENT/,/^\.Sh /s/^\.It Ev \([A-Z_]*\).*/\1/p' "$man1")
((${#missing[@]} == 0)) && pass 'ENVIRONMENT names only variables lore reads' ||
  fail 'ENVIRONMENT names only variables lore reads' "not in the binary: ${missing[*]}"

# The exit statuses: those of README.md, in EXIT STATUS.
statuses=$(sed -n '/^\.Sh EXIT STATUS/,/^\.Sh /s/^\.It \([0-9][0-9]*\)$/\1/p' "$man1")
expect_exactly 'EXIT STATUS lists 0, 1, 2, 65, 66 and 74' "$statuses" 0 1 2 65 66 74

# The complete example of lore(5) is a valid dataset with an entry of each kind.
example=$XDG_HOME_ROOT/example.toml
sed -n '/^\[dataset\]$/,/^\.Ed$/p' "$man5" | sed '$d' >"$example"
if lore validate "$example" >/dev/null; then
  pass 'the example of lore.5 validates'
else
  fail 'the example of lore.5 validates' "$(lore validate "$example" 2>&1)"
fi
expect_exactly 'the example of lore.5 has one entry of each kind' \
  "$(lore --data "$example" --no-default list --spoilers --format tsv | cut -f2)" \
  quote trivia scene egg

# The configuration file of lore(1)'s DESCRIPTION is read without a warning, with
# the dataset it names in place (lore.5's example stands in for it).
mkdir -p "$XDG_CONFIG_HOME/lore" "$HOME/notes"
cp "$example" "$HOME/notes/quotes.toml"
sed -n '/^\.Bd -literal/,/^\.Ed/p' "$man1" | sed -n '2,/^\.Ed/p' | sed '$d' \
  >"$XDG_CONFIG_HOME/lore/config.toml"
errors=$(lore 2>&1 >/dev/null)
[[ -z $errors ]] && pass 'the config.toml of lore.1 is read without a warning' ||
  fail 'the config.toml of lore.1 is read without a warning' "$errors"
rm "$XDG_CONFIG_HOME/lore/config.toml"

finish
