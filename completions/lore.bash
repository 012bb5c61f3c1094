# bash completion for lore(1)                              -*- shell-script -*-
#
# Installed as share/bash-completion/completions/lore, where bash-completion loads
# it the first time `lore` is completed. Needs bash-completion (for _init_completion
# and _filedir).
#
# Fixed values (formats, kinds, colour modes) are listed here; live values (entry
# ids, tags, categories, speakers, dataset names) come from lore itself, run with
# the --data, --no-default and --no-cache options already on the line. That call is
# silent and bounded in time, so a broken dataset or a slow disk never hangs the
# prompt or prints over it.
#
# tests/shell/drift_test.sh checks the subcommands and options here against
# `lore --help`, so that they do not drift apart.

# COMPREPLY=($(compgen ...)) is the idiom: the candidates hold no blanks or globs.
# shellcheck disable=SC2207

# Prints the options that `lore $1` takes (no $1: those of lore itself, before any
# subcommand), as in src/cli/command_table.cc and src/cli/option_groups.cc.
_lore_options()
{
    local help='-h --help'
    local datasets='--data --no-default -d --dataset --no-cache'
    local filters='-t --tag -x --exclude-tag --speaker --category -s --short -l --long
        --length --spoilers'
    local choosing='--seed --daily --date -n --count -a --all -e --equal --weight'
    local output='-f --format --template -0 --null -c --show-source --color --colour
        -w --width'
    # Commands that print no entries have no --template, --null or --show-source.
    local summary='-f --format --color --colour -w --width'
    case ${1-} in
        '') echo "$help --version $datasets $filters $choosing $output" ;;
        quote | scene | egg | random) echo "$help $datasets $filters $choosing $output" ;;
        trivia) echo "$help -q --question $datasets $filters $choosing $output" ;;
        show) echo "$help $datasets $output" ;;
        list | export | tags) echo "$help $datasets $filters $output" ;;
        search) echo "$help -i --ignore-case $datasets $filters $output" ;;
        quiz)
            echo "$help -n --count -m --choices --review --review-only --stats --no-save --pass --seed
                -t --tag --category --spoilers $datasets $summary"
            ;;
        sources) echo "$help $datasets $filters $choosing $summary" ;;
        validate) echo "$help -f --format" ;;
        add)
            echo "$help --to --spoiler --id --text --speaker --context --tag --source --fact
                --category --question --answer --accept --choice --title --order
                --description --character --location"
            ;;
        config) echo "$help --path" ;;
        cache) echo "$help" ;;
        import) echo "$help --rot13 -o --output --id --title" ;;
        info) echo "$help $datasets $summary" ;;
    esac
}

# Removes one level of shell quoting from a word of the line, without eval (a word
# may hold a command substitution, which completing must never run), and expands a
# leading ~/.
_lore_dequote()
{
    local word=$1
    case $word in
        \'*\') word=${word:1:${#word}-2} ;;
        \"*\") word=${word:1:${#word}-2} ;;
        \'* | \"*) word=${word:1} ;;
        *)
            local plain='' char
            while [[ $word ]]; do
                char=${word:0:1} word=${word:1}
                if [[ $char == \\ ]]; then
                    char=${word:0:1} word=${word:1}
                fi
                plain+=$char
            done
            word=$plain
            ;;
    esac
    # shellcheck disable=SC2088 # a literal tilde, to be expanded here
    [[ $word == "~" || $word == "~/"* ]] && word=$HOME${word:1}
    printf '%s' "$word"
}

# Runs lore with the dataset options of the line (the caller's `datasets`), with
# colour off whatever the environment says, stderr dropped and at most 2 seconds.
_lore_query()
{
    local -a runner=()
    type -P timeout >/dev/null && runner=(timeout 2)
    local output status
    output=$("${runner[@]}" "$lore" "${datasets[@]}" --color never "$@" 2>/dev/null </dev/null)
    status=$?
    # A usage error can come from defaults in config.toml (a --template there
    # excludes the --format asked for here): ask once more without that file.
    if ((status == 2)); then
        output=$(XDG_CONFIG_HOME=/dev/null "${runner[@]}" "$lore" "${datasets[@]}" \
            --color never "$@" 2>/dev/null </dev/null)
    fi
    [[ $output ]] && printf '%s\n' "$output"
}

# `lore list --format tsv` for every entry: id, kind, dataset, summary.
_lore_entries()
{
    _lore_query list --spoilers --format tsv
}

# Adds to COMPREPLY each line of stdin that starts with the word being completed,
# escaped for the shell (values such as speakers hold spaces). Inside an opened
# quote the word is left as it is: readline closes the quote.
_lore_reply_lines()
{
    local line quoted word
    word=$(_lore_dequote "$cur")
    while IFS= read -r line; do
        [[ -n $line && $line == "$word"* ]] || continue
        if [[ $cur == [\'\"]* ]]; then
            COMPREPLY+=("$line")
        else
            printf -v quoted '%q' "$line"
            COMPREPLY+=("$quoted")
        fi
    done
}

# Entry ids for `show`. A word with a colon is DATASET:ID, so it gets qualified
# ids; with more than one dataset loaded their names are offered as well, ending
# in ':'.
_lore_complete_ids()
{
    local id dataset
    local -a ids=() names=()
    while IFS=$'\t' read -r id _ dataset _; do
        if [[ $cur == *:* ]]; then
            ids+=("$dataset:$id")
        else
            ids+=("$id")
            [[ " ${names[*]} " == *" $dataset: "* ]] || names+=("$dataset:")
        fi
    done < <(_lore_entries)
    ((${#names[@]} > 1)) && ids+=("${names[@]}")
    _lore_reply_lines < <(printf '%s\n' "${ids[@]}")
    # Only a dataset name left: let the id follow it without a space.
    [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *: ]] && compopt -o nospace
    # Readline breaks words at ':', so each candidate loses what comes before it.
    __ltrim_colon_completions "$cur"
}

_lore()
{
    local cur prev words cword split
    # -s: split --opt=value; -n :: keep DATASET:ID in one word.
    _init_completion -s -n : || return
    # bash-completion takes the blank after the cursor for the word when the line
    # goes on past it.
    [[ $cur == *[![:space:]]* ]] || cur=''

    # The options that take a value: their value is never the subcommand or a
    # positional.
    local value_options=' --data -d --dataset -t --tag -x --exclude-tag --speaker
        --category --length --seed --date -n --count --weight -f --format --template
        --color --colour -w --width --pass --to --id --text --context --source --fact
        --question --answer --accept --choice --title --order --description --character
        --location -o --output '
    local commands='quote trivia scene egg random show list search quiz sources validate
        export add config cache import info tags'
    local kinds='quote trivia scene egg'

    # Call the lore being completed when it is named by a path (./build/lore).
    local lore=lore
    [[ ${words[0]} == */* ]] && lore=$(_lore_dequote "${words[0]}")

    # One pass over the line: the subcommand and the positionals before the cursor
    # (the first of them kept), and --data, --no-default and --no-cache anywhere on
    # it except the word being completed.
    local subcommand='' first_positional='' word i options_end=''
    local -i positionals=0
    local -a datasets=()
    for ((i = 1; i < ${#words[@]}; i++)); do
        ((i == cword)) && continue
        word=${words[i]}
        if [[ -z $options_end ]]; then
            case $word in
                --data)
                    ((i + 1 < ${#words[@]} && i + 1 != cword)) &&
                        datasets+=(--data "$(_lore_dequote "${words[i + 1]}")")
                    ((i++))
                    continue
                    ;;
                --data=*)
                    datasets+=(--data "$(_lore_dequote "${word#--data=}")")
                    continue
                    ;;
                --no-default | --no-cache)
                    datasets+=("$word")
                    continue
                    ;;
                --) ((i < cword)) && options_end=yes; continue ;;
                -?*)
                    [[ $value_options == *[[:space:]]"$word"[[:space:]]* ]] && ((i++))
                    continue
                    ;;
            esac
        fi
        ((i < cword)) || continue
        if [[ -z $subcommand ]]; then
            subcommand=$word
        else
            ((positionals == 0)) && first_positional=$word
            positionals+=1
        fi
    done

    # The value of an option.
    case $prev in
        --data | --to | -o | --output)
            _filedir
            return
            ;;
        -d | --dataset)
            _lore_reply_lines < <(_lore_entries | cut -f3 | sort -u)
            return
            ;;
        --weight)
            # NAME=PERCENT: the name, then the percentage is free.
            if [[ $cur != *=* ]]; then
                _lore_reply_lines < <(_lore_entries | cut -f3 | sort -u | sed 's/$/=/')
                compopt -o nospace
            fi
            return
            ;;
        -t | --tag | -x | --exclude-tag)
            _lore_reply_lines < <(_lore_query tags --spoilers --format tsv | cut -f1)
            return
            ;;
        --speaker)
            _lore_reply_lines < <(_lore_query list quote --spoilers --template '{speaker}' |
                sort -u)
            return
            ;;
        --category)
            _lore_reply_lines < <(_lore_query list trivia --spoilers --template '{category}' |
                sort -u)
            return
            ;;
        -f | --format)
            local formats='text json jsonl tsv toml fortune'
            case $subcommand in
                info | sources) formats='text json jsonl' ;;
                quiz | validate) formats='text json' ;;
            esac
            COMPREPLY=($(compgen -W "$formats" -- "$cur"))
            return
            ;;
        --color | --colour)
            COMPREPLY=($(compgen -W 'auto always never' -- "$cur"))
            return
            ;;
        --date)
            COMPREPLY=($(compgen -W "$(date +%F)" -- "$cur"))
            return
            ;;
        --length | --seed | -n | --count | -w | --width | --template | --pass | --id | \
            --text | --context | --source | --fact | --question | --answer | --accept | \
            --choice | --title | --order | --description | --character | --location)
            return # free values: a number, a template such as '{id}: {text}', a text
            ;;
    esac
    [[ $split == true ]] && return # --unknown=value

    if [[ $cur == -* && -z $options_end ]]; then
        COMPREPLY=($(compgen -W "$(_lore_options "$subcommand")" -- "$cur"))
        return
    fi

    # Positionals; where none is left, the options of the subcommand.
    case $subcommand in
        '')
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
            return
            ;;
        show)
            _lore_complete_ids
            return
            ;;
        list | sources | export | add)
            if ((positionals == 0)); then
                COMPREPLY=($(compgen -W "$kinds" -- "$cur"))
                return
            fi
            ;;
        search)
            ((positionals == 0)) && return # the pattern is free text
            ;;
        validate)
            _filedir # dataset files, or folders of them
            return
            ;;
        import)
            if ((positionals == 0)); then
                COMPREPLY=($(compgen -W 'fortune' -- "$cur"))
            else
                _filedir # fortune files
            fi
            return
            ;;
        cache)
            if ((positionals == 0)); then
                COMPREPLY=($(compgen -W 'path clear build' -- "$cur"))
                return
            fi
            if [[ $first_positional == build ]]; then
                _filedir # dataset files, or folders of them
                return
            fi
            ;;
    esac
    [[ -z $options_end ]] &&
        COMPREPLY=($(compgen -W "$(_lore_options "$subcommand")" -- "$cur"))
} &&
    complete -F _lore lore

# ex: filetype=sh
