# shellcheck shell=bash disable=SC2154 # source_dir and generated_dir are lib.sh's
# The bash adapter of the completion harness (sourced by lib.sh's use_shell): loads
# bash-completion and the generated completions/lore.bash into this shell, and defines
# bash_complete_line LINE [AFTER].

framework=/usr/share/bash-completion/bash_completion
[[ -r $framework ]] || {
  echo "bash-completion is not installed" >&2
  exit 1
}
# shellcheck source=/dev/null
source "$framework"
# shellcheck source=/dev/null
source "$generated_dir/completions/lore.bash"
# compopt changes how readline shows the candidates, and works only while readline
# completes: here, outside it, it would only complain.
# shellcheck disable=SC2317 # called by completions/lore.bash
compopt() { :; }

# Prints the candidates for LINE with the cursor at its end, or before AFTER when
# given, one a line. Words are split at blanks outside quotes, and readline's word
# breaks ':' and '=' are words of their own, as bash hands them to a completion
# function.
bash_complete_line() {
  local line=$1 after=${2-} word='' char quote='' i
  local -a split=()
  for ((i = 0; i < ${#line}; i++)); do
    char=${line:i:1}
    if [[ $quote ]]; then
      word+=$char
      [[ $char == "$quote" ]] && quote=''
      continue
    fi
    case $char in
      \\) word+=$char${line:i+1:1}; ((i++)) ;;
      \' | \") quote=$char; word+=$char ;;
      ' ') [[ $word ]] && split+=("$word"); word='' ;;
      : | =) [[ $word ]] && split+=("$word"); split+=("$char"); word='' ;;
      *) word+=$char ;;
    esac
  done
  # The word being completed: empty after a blank; the break itself right after one.
  if [[ $word || $line == *' ' ]]; then split+=("$word"); fi
  COMP_CWORD=$((${#split[@]} - 1))
  # Words after the cursor (AFTER starts with a blank), split at blanks only.
  local -a rest
  read -ra rest <<<"$after"
  COMP_WORDS=("${split[@]}" "${rest[@]}")
  COMP_LINE=$line$after
  COMP_POINT=${#line}
  COMP_TYPE=9
  COMP_KEY=9
  COMPREPLY=()
  _lore lore "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  ((${#COMPREPLY[@]})) && printf '%s\n' "${COMPREPLY[@]}"
}

# Checks of bash alone: bash-completion finds the script under its installed name.
bash_only_checks() {
  if (
    complete -r lore 2>/dev/null
    unset -f _lore
    dir=$(mktemp -d)
    mkdir -p "$dir/bash-completion/completions"
    cp "$generated_dir/completions/lore.bash" "$dir/bash-completion/completions/lore"
    XDG_DATA_DIRS=$dir _completion_loader lore
    spec=$(complete -p lore 2>/dev/null)
    rm -r "$dir"
    [[ $spec == *'-F _lore '* ]]
  ); then
    pass 'bash-completion loads it as completions/lore'
  else
    fail 'bash-completion loads it as completions/lore'
  fi
}
