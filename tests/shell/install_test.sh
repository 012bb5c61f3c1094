#!/usr/bin/env bash
# `cmake --install` of this build into a DESTDIR, for the prefix /usr and for
# another prefix: every file lands where its shell and man(1) look (lore(1) and the
# bash and fish completions as the build generated them), the installed
# binary runs, man -M finds both pages, and bash-completion finds the completion.
# Then where _lore goes by default, for a build configured with each prefix.
#   install_test.sh LORE BUILD_DIR GENERATOR
set -uo pipefail
source "$(dirname "$0")/lib.sh"

require_lore_on_path "${1-}"
build_dir=${2:?usage: install_test.sh LORE BUILD_DIR GENERATOR}
generator=${3:?usage: install_test.sh LORE BUILD_DIR GENERATOR}

# install_into PREFIX: installs the build under $XDG_HOME_ROOT/root$PREFIX.
install_into() {
  local root=$XDG_HOME_ROOT/root
  rm -rf "$root"
  DESTDIR=$root cmake --install "$build_dir" --prefix "$1" >"$XDG_HOME_ROOT/install.log" 2>&1 ||
    { cat "$XDG_HOME_ROOT/install.log" >&2; return 1; }
  installed=$root$1
}

# expect_file LABEL PATH SOURCE: PATH is installed, a copy of SOURCE.
expect_file() {
  if [[ -f $2 ]] && cmp -s "$2" "$3"; then
    pass "$1"
  else
    fail "$1" "want a copy of ${3#"$source_dir"/} at ${2#"$XDG_HOME_ROOT"/}" \
      "installed: $(cd "$XDG_HOME_ROOT/root" && find . -type f | sort | tr '\n' ' ')"
  fi
}

# --- The prefix /usr, as a distribution package has it ------------------------
install_into /usr || { fail 'cmake --install --prefix /usr'; finish; exit; }
pass 'cmake --install --prefix /usr'
[[ -x $installed/bin/lore ]] && pass 'bin/lore' || fail 'bin/lore'
expect_file 'share/man/man1/lore.1' "$installed/share/man/man1/lore.1" "$generated_dir/man/lore.1"
expect_file 'share/man/man5/lore.5' "$installed/share/man/man5/lore.5" "$source_dir/man/lore.5"
expect_file 'share/bash-completion/completions/lore' \
  "$installed/share/bash-completion/completions/lore" "$generated_dir/completions/lore.bash"
expect_file 'share/fish/vendor_completions.d/lore.fish' \
  "$installed/share/fish/vendor_completions.d/lore.fish" "$generated_dir/completions/lore.fish"
expect_file '_lore in share/zsh/vendor-completions, where Debian zsh looks under /usr' \
  "$installed/share/zsh/vendor-completions/_lore" "$source_dir/completions/_lore"
expect_file 'share/doc/lore/copyright' \
  "$installed/share/doc/lore/copyright" "$source_dir/packaging/debian/copyright"

# The copyright file is in Debian's machine-readable format (DEP-5): the format's
# URL first, every file under one licence, and that licence's text is LICENSE's
# (a continuation line is indented one space, an empty one is " .").
copyright=$installed/share/doc/lore/copyright
[[ $(head -1 "$copyright") == 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ]] &&
  pass 'copyright: the DEP-5 Format line first' ||
  fail 'copyright: the DEP-5 Format line first' "got: $(head -1 "$copyright")"
[[ $(cat "$copyright") == *$'\n\nFiles: *\nCopyright: 2026 the lore authors\nLicense: Expat\n\n'* ]] &&
  pass 'copyright: every file, its copyright and licence' ||
  fail 'copyright: every file, its copyright and licence'
licence_text=$(awk '/^License: Expat$/ { seen++; next } seen == 2 && /^$/ { exit }
  seen == 2 && /^ / { print }' "$copyright" |
  sed 's/^ \.$//; s/^ //')
[[ $licence_text == "$(sed -n '/^Permission/,$p' "$source_dir/LICENSE")" ]] &&
  pass "copyright: the licence text is LICENSE's" ||
  fail "copyright: the licence text is LICENSE's" "got: $(head -3 <<<"$licence_text")"
grep -q '^Copyright (c) 2026 the lore authors$' "$source_dir/LICENSE" &&
  pass 'LICENSE: MIT, copyright 2026 the lore authors' ||
  fail 'LICENSE: MIT, copyright 2026 the lore authors'

# The installed completions are what the installed lore generates now.
for shell in bash fish; do
  installed_script=$installed/share/bash-completion/completions/lore
  [[ $shell == fish ]] && installed_script=$installed/share/fish/vendor_completions.d/lore.fish
  if cmp -s "$installed_script" <("$installed/bin/lore" --generate "$shell"); then
    pass "the installed $shell completion is lore --generate $shell"
  else
    fail "the installed $shell completion is lore --generate $shell"
  fi
done

# The installed binary runs, with the built-in dataset in it.
expect_exactly 'the installed lore runs' \
  "$("$installed/bin/lore" show director --format tsv | cut -f1)" director
[[ $("$installed/bin/lore" --version) == "$(lore --version)" ]] &&
  pass 'the installed lore is this build' || fail 'the installed lore is this build'

# man -M finds both pages under the installed man folder.
found=$(man -M "$installed/share/man" -w lore 2>&1)
[[ $found == "$installed/share/man/man1/lore.1" ]] && pass 'man -M finds lore(1)' ||
  fail 'man -M finds lore(1)' "got: $found"
found=$(man -M "$installed/share/man" -w 5 lore 2>&1)
[[ $found == "$installed/share/man/man5/lore.5" ]] && pass 'man -M finds lore(5)' ||
  fail 'man -M finds lore(5)' "got: $found"
MANWIDTH=80 man -M "$installed/share/man" lore 2>/dev/null | grep -q 'quotes, trivia, scenes' &&
  pass 'man -M shows lore(1)' || fail 'man -M shows lore(1)'

# bash-completion finds the installed script by the command's name.
spec=$(XDG_DATA_DIRS=$installed/share bash -c '
  source /usr/share/bash-completion/bash_completion
  _completion_loader lore
  complete -p lore' 2>&1)
[[ $spec == *'-F _lore '* ]] && pass 'bash-completion loads the installed completion' ||
  fail 'bash-completion loads the installed completion' "got: $spec"

# --- Another prefix -------------------------------------------------------------
install_into /opt/lore || { fail 'cmake --install --prefix /opt/lore'; finish; exit; }
pass 'cmake --install --prefix /opt/lore'
expect_file '_lore in share/zsh/site-functions under another prefix' \
  "$installed/share/zsh/site-functions/_lore" "$source_dir/completions/_lore"
[[ -x $installed/bin/lore ]] && pass 'bin/lore under another prefix' ||
  fail 'bin/lore under another prefix'

# --- LORE_ZSH_COMPLETION_DIR as configured --------------------------------------
# A configure of its own (no build): the default follows CMAKE_INSTALL_PREFIX, a
# value given is kept.
zsh_dir() {
  local dir=$XDG_HOME_ROOT/configure
  rm -rf "$dir"
  cmake -S "$source_dir" -B "$dir" -G "$generator" -DLORE_BUILD_TESTS=OFF "$@" \
    >"$XDG_HOME_ROOT/configure.log" 2>&1 || { cat "$XDG_HOME_ROOT/configure.log" >&2; return 1; }
  sed -n 's/^LORE_ZSH_COMPLETION_DIR:[A-Z]*=//p' "$dir/CMakeCache.txt"
}
expect_exactly 'LORE_ZSH_COMPLETION_DIR for the prefix /usr' \
  "$(zsh_dir -DCMAKE_INSTALL_PREFIX=/usr)" share/zsh/vendor-completions
expect_exactly 'LORE_ZSH_COMPLETION_DIR for the prefix /usr/local' \
  "$(zsh_dir -DCMAKE_INSTALL_PREFIX=/usr/local)" share/zsh/site-functions
expect_exactly 'LORE_ZSH_COMPLETION_DIR given is kept' \
  "$(zsh_dir -DCMAKE_INSTALL_PREFIX=/usr -DLORE_ZSH_COMPLETION_DIR=share/zsh/site-functions)" \
  share/zsh/site-functions

finish
