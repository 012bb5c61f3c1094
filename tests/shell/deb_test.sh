#!/usr/bin/env bash
# The Debian package, for real: `cpack -G DEB` builds the .deb from this build, its
# control fields and files are checked, then dpkg installs it on this machine, and
# lore, `man lore` and completion in new login shells (bash, zsh, fish) work; dpkg
# removes it at the end, whatever happened. It changes the machine, so it runs only
# with LORE_TEST_DEB=1 (CI sets it), as root, where dpkg is; else it is skipped.
#   LORE_TEST_DEB=1 deb_test.sh LORE BUILD_DIR
set -uo pipefail
source "$(dirname "$0")/lib.sh"

skip() {
  echo "skipped: $*"
  exit 77
}
[[ ${LORE_TEST_DEB:-} == 1 ]] || skip 'set LORE_TEST_DEB=1 to build and install the .deb'
[[ $(id -u) -eq 0 ]] || skip 'dpkg -i needs root'
for tool in dpkg dpkg-deb dpkg-shlibdeps cpack man zsh fish; do
  command -v "$tool" >/dev/null || skip "$tool is not installed"
done
require_lore_on_path "${1-}"
build_dir=${2:?usage: deb_test.sh LORE BUILD_DIR}

# The package under test is the only lore installed, and it goes again at the end.
if dpkg-query -W -f='${Status}' lore 2>/dev/null | grep -q 'install ok installed'; then
  echo "note: a lore package was installed; it is replaced, then removed"
fi
trap 'dpkg -r lore >/dev/null 2>&1; xdg_home_cleanup' EXIT

# --- Build ------------------------------------------------------------------
packages=$XDG_HOME_ROOT/packages
if ! cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$packages" >"$XDG_HOME_ROOT/cpack.log" 2>&1; then
  cat "$XDG_HOME_ROOT/cpack.log"
  fail 'cpack -G DEB builds a package'
  finish
  exit
fi
deb=$(find "$packages" -maxdepth 1 -name 'lore_*.deb' | head -1)
[[ -n $deb ]] && pass "cpack -G DEB builds ${deb##*/}" || { fail 'cpack -G DEB builds lore_*.deb'; finish; exit; }

# --- Control fields ---------------------------------------------------------------
field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == lore ]] && pass 'Package: lore' || fail 'Package: lore' "got: $(field Package)"
[[ -n $(field Maintainer) ]] && pass "Maintainer: $(field Maintainer)" || fail 'Maintainer is set'
[[ -n $(field Section) ]] && pass "Section: $(field Section)" || fail 'Section is set'
[[ $(field Description) == *quotes*$'\n'* ]] && pass 'Description has a summary and a body' ||
  fail 'Description has a summary and a body' "got: $(field Description)"
# Depends names the package of every library the binary links directly
# (its DT_NEEDED entries), found by dpkg-shlibdeps: compare with the packages
# that own those libraries here. Libraries they pull in themselves (libedit's
# libtinfo, libbsd) are their packages' dependencies, not ours.
depends=$(field Depends)
echo "Depends: $depends"
missing=()
needed=$(objdump -p "$build_dir/lore" | awk '$1 == "NEEDED" { print $2 }')
while read -r name library; do
  grep -qxF "$name" <<<"$needed" || continue
  owner=$(dpkg -S "$(readlink -f "$library")" 2>/dev/null | head -1 | cut -d: -f1)
  [[ -z $owner ]] && owner=$(dpkg -S "$library" 2>/dev/null | head -1 | cut -d: -f1)
  [[ -n $owner && $depends != *"$owner"* ]] && missing+=("$owner")
done < <(ldd "$build_dir/lore" | awk '$3 ~ /^\// { print $1, $3 }')
((${#missing[@]} == 0)) && pass 'Depends has the package of every linked library' ||
  fail 'Depends has the package of every linked library' "missing: ${missing[*]}"

# --- Files --------------------------------------------------------------------
contents=$(dpkg-deb -c "$deb" | awk '{ print $NF }' | sed 's|^\./|/|')
expect_includes 'the package holds the binary, pages and completions' "$contents" \
  /usr/bin/lore /usr/share/man/man1/lore.1 /usr/share/man/man5/lore.5 \
  /usr/share/bash-completion/completions/lore /usr/share/fish/vendor_completions.d/lore.fish \
  /usr/share/zsh/vendor-completions/_lore /usr/share/doc/lore/copyright

# --- Installed --------------------------------------------------------------------
if ! dpkg -i "$deb" >"$XDG_HOME_ROOT/dpkg.log" 2>&1; then
  cat "$XDG_HOME_ROOT/dpkg.log"
  fail 'dpkg -i installs it (its dependencies are there)'
  finish
  exit
fi
pass 'dpkg -i installs it'

# A new login shell as a user has it: a clean environment, a fresh HOME.
user_home=$XDG_HOME_ROOT/home
mkdir -p "$user_home"
as_user() {
  env -i HOME="$user_home" PATH=/usr/local/bin:/usr/bin:/bin TERM=dumb LANG=C.UTF-8 "$@"
}
[[ $(as_user sh -c 'command -v lore') == /usr/bin/lore ]] && pass 'lore is on PATH' ||
  fail 'lore is on PATH' "got: $(as_user sh -c 'command -v lore')"
expect_exactly 'the installed lore runs' "$(as_user lore show director --format tsv | cut -f1)" director
[[ $(as_user man -w lore) == /usr/share/man/man1/lore.1* ]] && pass 'man -w lore' ||
  fail 'man -w lore' "got: $(as_user man -w lore 2>&1)"
[[ $(as_user man -w 5 lore) == /usr/share/man/man5/lore.5* ]] && pass 'man -w 5 lore' ||
  fail 'man -w 5 lore' "got: $(as_user man -w 5 lore 2>&1)"
as_user MANWIDTH=80 man lore 2>/dev/null | grep -q 'quotes, trivia, scenes' && pass 'man lore shows the page' ||
  fail 'man lore shows the page'

# bash: a login shell loads bash-completion (/etc/profile.d), which loads the
# completion of lore on first use, as a Tab would.
candidates=$(as_user bash -l -i -c '
  _completion_loader lore 2>/dev/null
  COMP_WORDS=(lore sh); COMP_CWORD=1; COMP_LINE="lore sh"; COMP_POINT=7
  $(complete -p lore | sed -n "s/.*-F \([^ ]*\) .*/\1/p") lore sh lore
  printf "%s\n" "${COMPREPLY[@]}"' 2>/dev/null </dev/null)
expect_exactly 'a new bash completes lore sh<Tab> to show' "$candidates" show
candidates=$(as_user bash -l -i -c '
  _completion_loader lore 2>/dev/null
  COMP_WORDS=(lore show dir); COMP_CWORD=2; COMP_LINE="lore show dir"; COMP_POINT=13
  _lore lore dir show
  printf "%s\n" "${COMPREPLY[@]}"' 2>/dev/null </dev/null)
expect_exactly 'a new bash completes lore show dir<Tab> to director' "$candidates" director

# zsh and fish find their completions without any set-up.
found=$(as_user zsh -c 'autoload -Uz compinit && compinit -u -D && print -r -- $_comps[lore]' 2>&1)
[[ $found == _lore ]] && pass 'zsh: compinit finds _lore' || fail 'zsh: compinit finds _lore' "got: $found"
expect_exactly 'fish completes lore sh<Tab> to show' \
  "$(as_user fish -c 'complete -C "lore sh"' 2>/dev/null)" show

# --- Removed ----------------------------------------------------------------------
if dpkg -r lore >/dev/null 2>&1 && [[ ! -e /usr/bin/lore && ! -e /usr/share/man/man1/lore.1 ]]; then
  pass 'dpkg -r removes it'
else
  fail 'dpkg -r removes it'
fi

finish
