#!/usr/bin/env bash
# Keeps the completions and the man page in step with the binary. The command-line
# surface comes from lore itself: the subcommands listed by `lore --help`, every
# option name (-x and --long) that `lore --help` and `lore SUB --help` list, and
# the fixed values shown for --format. Then:
#   - in bash, fish and zsh, `lore <Tab>` offers exactly those subcommands,
#     `lore SUB -<Tab>` exactly the options of SUB (none missing, none extra), and
#     `lore SUB --format <Tab>` exactly its formats;
#   - in zsh, whose _lore is written by hand (bash and fish are generated from the
#     options by `lore --generate`), every option with a fixed set of values offers
#     exactly those values, and an option takes a value (--name= in _lore) exactly
#     when --help gives it a value name;
#   - lore.1 as the build makes it, rendered, describes every subcommand in COMMANDS
#     and names every option in OPTIONS.
#   drift_test.sh LORE   (LORE's folder first on PATH, as ctest sets it)
set -uo pipefail
source "$(dirname "$0")/lib.sh"

require_lore_on_path "${1-}"
for shell in bash fish zsh; do use_shell "$shell"; done
for tool in mandoc col; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed" >&2; exit 1; }
done

mapfile -t commands < <(help_commands)
# Guard against a change of help layout that would leave nothing to compare.
if ((${#commands[@]} == 0)) || ! grep -qx -- --help <(help_options); then
  echo "cannot read the subcommands and options from 'lore --help'" >&2
  exit 1
fi
echo "surface: ${#commands[@]} subcommands: ${commands[*]}"

for shell in bash fish zsh; do
  expect_exactly "$shell offers every subcommand" "$("${shell}_complete_line" 'lore ')" \
    "${commands[@]}"
done

for command in '' "${commands[@]}"; do
  # No argument at all for lore itself.
  mapfile -t options < <(help_options ${command:+"$command"})
  mapfile -t formats < <(help_values --format ${command:+"$command"})
  for shell in bash fish zsh; do
    line="lore ${command:+$command }-"
    expect_exactly "$shell: ${line}<Tab>" "$("${shell}_complete_line" "$line")" "${options[@]}"
    if ((${#formats[@]})); then
      line="lore ${command:+$command }--format "
      expect_exactly "$shell: ${line}<Tab>" "$("${shell}_complete_line" "$line")" \
        "${formats[@]}"
    fi
  done
done

# zsh's _lore by hand: the values and value names of --help.
# The long options of `lore ARGS --help` that take a value, and those that do not.
value_options() {
  lore "$@" --help | awk '/^[[:space:]]+-/ { print $1, $2 }' |
    awk '{ n = split($1, names, ","); for (i = 1; i <= n; i++)
           if (names[i] ~ /^--/) print names[i], ($2 ~ /^[A-Z][A-Z0-9=_-]*(:|$)/ ? "value" : "flag") }'
}
# _lore, with the options its loops declare (add's fields: --$field=) written out.
zsh_spec=$XDG_HOME_ROOT/_lore.expanded
{
  cat "$source_dir/completions/_lore"
  sed -n 's/^ *for field in \(.*\); do$/\1/p' "$source_dir/completions/_lore" |
    tr ' ' '\n' | sed 's/^/--/; s/$/=/'
} >"$zsh_spec"
# Options that take a value under some command: grep cannot tell which command's
# '--NAME=' it finds, so such a name is no flag's fault (add's --question= beside
# trivia's --question).
declare -A takes_value_somewhere
for command in '' "${commands[@]}"; do
  while read -r option kind; do
    [[ $kind == value ]] && takes_value_somewhere[$option]=1
  done < <(value_options ${command:+"$command"})
done
for command in '' "${commands[@]}"; do
  while read -r option kind; do
    [[ $option == --help || $option == --version ]] && continue
    if [[ $kind == value ]]; then
      grep -qF -- "$option=" "$zsh_spec" && pass "zsh: $option ${command:+($command) }takes a value" ||
        fail "zsh: $option ${command:+($command) }takes a value" "no '$option=' in completions/_lore"
      mapfile -t values < <(help_values "$option" ${command:+"$command"})
      if ((${#values[@]})); then
        line="lore ${command:+$command }$option "
        expect_exactly "zsh: ${line}<Tab> gives the values of --help" \
          "$(zsh_complete_line "$line")" "${values[@]}"
      fi
    elif [[ -z ${takes_value_somewhere[$option]:-} ]] && grep -qF -- "$option=" "$zsh_spec"; then
      fail "zsh: $option ${command:+($command) }is a flag" "'$option=' in completions/_lore"
    fi
  done < <(value_options ${command:+"$command"} | LC_ALL=C sort -u)
done

# The man page, rendered as plain text, one section at a time.
page=$(mandoc -T ascii -O width=200 "$generated_dir/man/lore.1" | col -bx)
section() {
  awk -v name="$1" '/^[A-Z][A-Z ]*$/ { inside = ($0 == name); next } inside' <<<"$page"
}
man_commands=$(section COMMANDS)
man_options=$(section OPTIONS)

missing=()
for command in "${commands[@]}"; do
  # Each subcommand heads an item: indented, at the start of its line.
  grep -qE "^[[:space:]]+$command([[:space:]]|$)" <<<"$man_commands" || missing+=("$command")
done
((${#missing[@]} == 0)) && pass 'man/lore.1 describes every subcommand in COMMANDS' ||
  fail 'man/lore.1 describes every subcommand in COMMANDS' "missing: ${missing[*]}"

missing=()
while read -r option; do
  grep -qE -- "(^|[^[:alnum:]-])$option([^[:alnum:]-]|$)" <<<"$man_options" ||
    missing+=("$option")
done < <(for command in '' "${commands[@]}"; do help_options ${command:+"$command"}; done |
  LC_ALL=C sort -u)
((${#missing[@]} == 0)) && pass 'man/lore.1 names every option in OPTIONS' ||
  fail 'man/lore.1 names every option in OPTIONS' "missing: ${missing[*]}"

finish
