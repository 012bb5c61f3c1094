#!/usr/bin/env zsh
# Prints the candidates that zsh offers for a line, one a line: the word, then a tab
# and its description when it has one.
#   zsh -f zsh_complete.zsh COMPLETIONS_DIR LINE
#
# An interactive zsh runs in a pseudo-terminal (zpty) with COMPLETIONS_DIR first on
# $fpath, loads _lore through compinit, and is sent LINE and a Tab. A compadd
# function in front of the builtin writes every candidate it is given to a file,
# and a comppostfuncs hook marks the completion as done. Exits 1 when the inner
# shell does not finish within 10 seconds.
emulate -L zsh
zmodload zsh/zpty zsh/datetime || exit 2

local dir=${1:?usage: zsh_complete.zsh COMPLETIONS_DIR LINE} line=${2?}
local tmp=$(mktemp -d) || exit 2
local out=$tmp/candidates done=$tmp/done

# The inner shell's set-up, run as one command. The compadd wrapper follows the
# one of zsh-capture-completion: calls that only query matches (-O, -A, -D) pass
# through; the others are made once with -A to learn the matches (and -D for their
# descriptions, from -d), which are written down, then once for real. A display
# string is "WORD -- DESCRIPTION" (or "WORD1 WORD2 -- ..." for options that are
# synonyms), padded; a word with no description has no "--". No comments inside:
# an interactive zsh takes # for a word.
local setup
setup=$(cat <<EOF
PS1= RPS1= PROMPT_EOL_MARK=
fpath=(${(q)dir} \$fpath)
autoload -Uz compinit && compinit -u -D
zstyle ':completion:*' list-prompt ''
zstyle ':completion:*' select-prompt ''
LISTMAX=1000000
compadd() {
  if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then
    builtin compadd "\$@"
    return
  fi
  local -a __hits __dscr
  local __d
  if (( \$@[(I)-d] )); then
    __d=\${@[\$@[(i)-d]+1]}
    if [[ \$__d == \\(* ]]; then eval "__dscr=\$__d"; else __dscr=("\${(@P)__d}"); fi
  fi
  builtin compadd -A __hits -D __dscr "\$@"
  local -A __o
  zparseopts -E -A __o P: p: S: s: >/dev/null 2>&1
  local -i __i
  local __word __text
  for (( __i = 1; __i <= \$#__hits; __i++ )); do
    __word=\$IPREFIX\${__o[-P]}\${__o[-p]}\$__hits[__i]
    __text=
    [[ \$__dscr[__i] == *[[:space:]]--[[:space:]]* ]] &&
      __text=\${\${__dscr[__i]#*[[:space:]]--[[:space:]]}##[[:space:]]#}
    if [[ -n \$__text ]]; then
      print -r -- "\$__word"\$'\\t'"\$__text" >> ${(q)out}
    else
      print -r -- "\$__word" >> ${(q)out}
    fi
  done
  builtin compadd "\$@"
}
_lore_test_done() { : > ${(q)done}; exit 0 }
comppostfuncs=(_lore_test_done)
bindkey '^I' complete-word
print -r -- "lore""ready"
EOF
)

zpty lorez zsh -f -i || { rm -rf -- $tmp; exit 2 }
# Only now: the process zpty forks would inherit the trap and run it on its exit.
trap 'zpty -d lorez 2>/dev/null; rm -rf -- $tmp' EXIT
zpty -w lorez "$setup"

# Reads what the inner shell prints until PATTERN comes or 10 seconds pass.
typeset -g seen_all
wait_for() {
  local pattern=$1 chunk seen=
  local -F deadline=$(( EPOCHREALTIME + 10 ))
  while (( EPOCHREALTIME < deadline )); do
    [[ -n $2 && -e $2 ]] && return 0
    if zpty -r -t lorez chunk; then
      seen+=$chunk
      seen_all+=$chunk
      [[ $seen == $~pattern ]] && return 0
    else
      sleep 0.05
    fi
  done
  return 1
}

wait_for '*loreready*' || { print -u2 "zsh_complete: the inner zsh did not start"; exit 1 }
zpty -n -w lorez "$line"$'\t'
wait_for "*lore-never-printed*" $done
[[ -n $ZC_DEBUG ]] && print -r -- "$seen_all"
[[ -e $done ]] || { print -u2 "zsh_complete: no completion for: $line"; exit 1 }
[[ -e $out ]] && cat -- $out
exit 0
