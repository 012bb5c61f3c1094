# fish completion for lore(1)
#
# Installed in share/fish/vendor_completions.d/, where fish loads it the first time
# `lore` is completed.
#
# Fixed values (formats, kinds, colour modes) are listed here; live values (entry
# ids, tags, categories, speakers, dataset names) come from lore itself, run with
# the --data, --no-default and --no-cache options already on the line. That call is
# silent and bounded in time, so a broken dataset or a slow disk never hangs the
# prompt or prints over it.
#
# tests/shell/drift_test.sh checks the subcommands and options here against
# `lore --help`, so that they do not drift apart.

# The options that take a value: a value is never the subcommand or a positional.
function __lore_takes_value
    contains -- $argv[1] --data -d --dataset -t --tag -x --exclude-tag --speaker \
        --category --length --seed --date -n --count --weight -f --format --template \
        --color --colour -w --width --pass --to --id --text --context --source --fact \
        --question --answer --accept --choice --title --order --description --character \
        --location -o --output
end

# Prints the subcommand and then the positionals after it, from the tokens before
# the cursor; nothing before the subcommand.
function __lore_words
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l skip 0
    set -l options_end 0
    for token in $tokens
        if test $skip = 1
            set skip 0
        else if test $options_end = 1
            echo $token
        else if test "$token" = --
            set options_end 1
        else if string match -q -- '-?*' $token
            __lore_takes_value $token; and set skip 1
        else
            echo $token
        end
    end
end

# True when the subcommand is one of the arguments ("" for none yet: the options of
# lore itself, before any subcommand).
function __lore_using
    set -l words (__lore_words)
    contains -- "$words[1]" $argv
end

# True when the subcommand has no positional argument yet.
function __lore_no_positional
    test (count (__lore_words)) -le 1
end

# True after `lore cache build`: where its PATHs go.
function __lore_cache_build
    set -l words (__lore_words)
    test "$words[1]" = cache; and test "$words[2]" = build
end

# Runs lore with the --data, --no-default and --no-cache options on the line (before
# or after the cursor), with colour off whatever the environment says, stderr dropped
# and at most 2 seconds.
function __lore_query
    set -l tokens (commandline -o)
    set -l current (commandline -ct)
    set -l lore lore
    # Call the lore being completed when it is named by a path (./build/lore).
    string match -q -- '*/*' $tokens[1]; and set lore $tokens[1]
    set -l datasets
    set -l i 2
    while test $i -le (count $tokens)
        set -l token $tokens[$i]
        switch $token
            case --data
                set i (math $i + 1)
                # Not the file being typed, which is not a dataset yet.
                if test $i -le (count $tokens); and test "$tokens[$i]" != "$current"
                    set -a datasets --data $tokens[$i]
                end
            case '--data=*'
                set -a datasets --data (string replace -- --data= '' $token)
            case --no-default --no-cache
                set -a datasets $token
        end
        set i (math $i + 1)
    end
    # commandline -o unquotes but does not expand ~.
    set datasets (string replace -r -- '^~(?=/|$)' $HOME $datasets)
    set lore (string replace -r -- '^~(?=/|$)' $HOME $lore)
    set -l runner
    command -q timeout; and set runner timeout 2
    set -l output ($runner $lore $datasets --color never $argv 2>/dev/null </dev/null)
    # A usage error can come from defaults in config.toml (a --template there
    # excludes the --format asked for here): ask once more without that file.
    if test $status -eq 2
        set output (env XDG_CONFIG_HOME=/dev/null $runner $lore $datasets --color never $argv \
            2>/dev/null </dev/null)
    end
    string join \n -- $output
end

# `lore list --format tsv` for every entry: id, kind, dataset, summary.
function __lore_entries
    __lore_query list --spoilers --format tsv
end

# Entry ids with their summaries. A word with a colon is DATASET:ID, so it gets
# qualified ids; with more than one dataset loaded their names are offered too.
function __lore_ids
    set -l current (commandline -ct)
    set -l datasets
    __lore_entries | while read -l -d \t id kind dataset summary
        if string match -q -- '*:*' $current
            printf '%s:%s\t%s\n' $dataset $id $summary
        else
            printf '%s\t%s\n' $id $summary
            contains -- $dataset $datasets; or set -a datasets $dataset
        end
    end
    if test (count $datasets) -gt 1
        printf '%s:\tdataset\n' $datasets
    end
end

function __lore_datasets
    __lore_entries | cut -f3 | sort -u | string replace -r '$' '\tdataset'
end

# --weight NAME=PERCENT: the names, then the percentage is free.
function __lore_weights
    string match -q -- '*=*' (commandline -ct); and return
    __lore_entries | cut -f3 | sort -u | string replace -r '$' '=\tdataset'
end

function __lore_tags
    __lore_query tags --spoilers --format tsv | while read -l -d \t tag count
        test "$count" = 1; and printf '%s\t1 entry\n' $tag; or printf '%s\t%s entries\n' $tag $count
    end
end

function __lore_categories
    __lore_query list trivia --spoilers --template '{category}' | sort -u |
        string replace -r '$' '\tcategory'
end

function __lore_speakers
    __lore_query list quote --spoilers --template '{speaker}' | string match -v '' | sort -u |
        string replace -r '$' '\tspeaker'
end

# Files only where a file is wanted.
complete -c lore -f

# Which subcommands take which option groups ("" is lore itself, before any
# subcommand), as in src/cli/command_table.cc.
set -l all '""' quote trivia scene egg random show list search quiz sources export info tags
set -l picking '""' quote trivia scene egg random
set -l filtering $picking list search sources export tags
set -l choosing $picking sources
set -l entry_output $picking show list search export tags

# Subcommands.
set -l no_command '__lore_using ""'
complete -c lore -n $no_command -a quote -d 'Print a random quote'
complete -c lore -n $no_command -a trivia -d 'Print a random trivia fact'
complete -c lore -n $no_command -a scene -d 'Print a random scene'
complete -c lore -n $no_command -a egg -d 'Print a random easter egg'
complete -c lore -n $no_command -a random -d 'Print a random entry of any kind'
complete -c lore -n $no_command -a show -d 'Print the entries with these ids'
complete -c lore -n $no_command -a list -d 'List matching entries, one line each'
complete -c lore -n $no_command -a search -d 'Print entries whose text matches a regular expression'
complete -c lore -n $no_command -a quiz -d 'Quiz yourself on the trivia, with forgiving answers'
complete -c lore -n $no_command -a sources -d 'List the datasets found, with their chance of being picked'
complete -c lore -n $no_command -a validate -d 'Check dataset files and report every problem'
complete -c lore -n $no_command -a export -d 'Print the selected entries as one dataset'
complete -c lore -n $no_command -a add -d 'Append an entry to your own dataset'
complete -c lore -n $no_command -a config -d 'Show the configuration file'
complete -c lore -n $no_command -a cache -d 'Show, clear or build the index cache of your datasets'
complete -c lore -n $no_command -a import -d 'Turn fortune files into a lore dataset'
complete -c lore -n $no_command -a info -d 'Describe the datasets and count their entries'
complete -c lore -n $no_command -a tags -d 'List the tags with the number of entries for each'

# Positionals.
complete -c lore -n '__lore_using show' -a '(__lore_ids)'
set -l kinds 'quote\t"Quotes" trivia\t"Trivia" scene\t"Scenes" egg\t"Easter eggs"'
complete -c lore -n '__lore_using list sources export add; and __lore_no_positional' -a "$kinds"
complete -c lore -n '__lore_using validate' -F # dataset files, or folders of them
complete -c lore -n '__lore_using import; and __lore_no_positional' -a fortune \
    -d 'fortune files: cookies between % lines'
complete -c lore -n '__lore_using import; and not __lore_no_positional' -F
set -l actions 'path\t"Print the cache folder" clear\t"Remove every index"
    build\t"Index dataset files anew"'
complete -c lore -n '__lore_using cache; and __lore_no_positional' -a "$actions"
complete -c lore -n __lore_cache_build -F # dataset files, or folders of them

# Everywhere.
complete -c lore -s h -l help -d 'Print help and exit'
complete -c lore -n $no_command -l version -d 'Print the version and exit'

# Datasets.
complete -c lore -n "__lore_using $all" -l data -r -F \
    -d 'Load the dataset FILE, or every *.toml in a folder'
complete -c lore -n "__lore_using $all" -l no-default \
    -d 'Leave out the built-in IO (2019) dataset'
complete -c lore -n "__lore_using $all" -s d -l dataset -x -a '(__lore_datasets)' \
    -d 'Use only the dataset NAME'
complete -c lore -n "__lore_using $all" -l no-cache \
    -d 'Parse every dataset file; neither read nor write the index cache'

# Filters.
complete -c lore -n "__lore_using $filtering quiz" -s t -l tag -x -a '(__lore_tags)' \
    -d 'Only entries with TAG (repeatable: all must hold)'
complete -c lore -n "__lore_using $filtering" -s x -l exclude-tag -x -a '(__lore_tags)' \
    -d 'Leave out entries with TAG (repeatable)'
complete -c lore -n "__lore_using $filtering" -l speaker -x -a '(__lore_speakers)' \
    -d 'Only quotes by NAME (ignoring case)'
complete -c lore -n "__lore_using $filtering quiz" -l category -x -a '(__lore_categories)' \
    -d 'Only trivia in CAT (ignoring case)'
complete -c lore -n "__lore_using $filtering" -s s -l short -d 'Only short entries (see --length)'
complete -c lore -n "__lore_using $filtering" -s l -l long -d 'Only long entries (see --length)'
complete -c lore -n "__lore_using $filtering" -l length -x \
    -d 'Characters at most in a short entry (default 160)'
complete -c lore -n "__lore_using $filtering quiz" -l spoilers \
    -d 'Include entries that give the ending away'

# Choosing.
complete -c lore -n "__lore_using $choosing quiz" -l seed -x -d 'Make the random choice reproducible'
complete -c lore -n "__lore_using $choosing" -l daily -d 'The same choice all day'
complete -c lore -n "__lore_using $choosing" -l date -x -a '(date +%F)' \
    -d 'Like --daily, for another day (YYYY-MM-DD)'
complete -c lore -n "__lore_using $choosing" -s n -l count -x -d 'Print N distinct entries'
complete -c lore -n "__lore_using $choosing" -s a -l all \
    -d 'Print every matching entry, in dataset order'
complete -c lore -n "__lore_using $choosing" -s e -l equal \
    -d 'Give every dataset the same chance'
complete -c lore -n "__lore_using $choosing" -l weight -x -a '(__lore_weights)' \
    -d 'Pick dataset NAME with this chance (NAME=PERCENT)'

# Output. Commands that print no entries have fewer formats and no --template,
# --null or --show-source.
set -l text 'text\t"Wrapped text"'
set -l json 'json\t"A JSON array"'
set -l more 'jsonl\t"A JSON object a line" tsv\t"id, kind, dataset, summary"
    toml\t"A lore dataset" fortune\t"A fortune file"'
complete -c lore -n "__lore_using $entry_output" -s f -l format -x -a "$text $json $more" \
    -d 'Output format'
complete -c lore -n '__lore_using info sources' -s f -l format -x \
    -a "$text $json"' jsonl\t"A JSON object a line"' -d 'Output format'
complete -c lore -n '__lore_using quiz validate' -s f -l format -x -a "$text $json" \
    -d 'Output format'
complete -c lore -n "__lore_using $entry_output" -l template -x \
    -d "Format each entry with fields, e.g. '{id}: {text}'"
complete -c lore -n "__lore_using $entry_output" -s 0 -l null \
    -d 'End each entry with NUL, for xargs -0'
complete -c lore -n "__lore_using $entry_output" -s c -l show-source \
    -d "Show each entry's DATASET:ID with it"
complete -c lore -n "__lore_using $all" -l color -l colour -x -d 'When to colour' \
    -a 'auto\t"A terminal, unless NO_COLOR is set or TERM is dumb"
        always\t"Even into a pipe or a file" never\t"Plain text"'
complete -c lore -n "__lore_using $all" -s w -l width -x -d 'Wrap text at N columns (0: never)'

# trivia, search.
complete -c lore -n '__lore_using trivia' -s q -l question \
    -d 'Print the question, with its answer beneath'
complete -c lore -n '__lore_using search' -s i -l ignore-case -d 'Match regardless of case'

# quiz (its -t, --category, --spoilers, --seed and the output options are above).
complete -c lore -n '__lore_using quiz' -s n -l count -x -d 'Ask N questions (default 10)'
complete -c lore -n '__lore_using quiz' -s m -l choices \
    -d 'Multiple choice: pick an option by letter or number'
complete -c lore -n '__lore_using quiz' -l review -d 'Ask the questions that are due first'
complete -c lore -n '__lore_using quiz' -l review-only \
    -d 'Ask only the questions that are due; none due: say so and exit 0'
complete -c lore -n '__lore_using quiz' -l stats \
    -d 'Show accuracy per category and the weakest questions'
complete -c lore -n '__lore_using quiz' -l no-save -d 'Record nothing in the progress file'
complete -c lore -n '__lore_using quiz' -l pass -x \
    -d 'Exit with status 1 when the score is under PERCENT'

# add: the file, then a field a value.
complete -c lore -n '__lore_using add' -l to -r -F \
    -d 'The dataset file (default: $XDG_DATA_HOME/lore/mine.toml)'
complete -c lore -n '__lore_using add' -l spoiler -d 'Mark the entry as giving the ending away'
complete -c lore -n '__lore_using add' -l tag -x -a '(__lore_tags)' -d "The entry's tags"
complete -c lore -n '__lore_using add' -l speaker -x -a '(__lore_speakers)' -d "The entry's speaker"
complete -c lore -n '__lore_using add' -l category -x -a '(__lore_categories)' \
    -d "The entry's category"
for field in id text context source fact question answer accept title order description location
    complete -c lore -n '__lore_using add' -l $field -x -d "The entry's $field"
end
complete -c lore -n '__lore_using add' -l choice -x -d "The entry's choices"
complete -c lore -n '__lore_using add' -l character -x -d "The entry's characters"

# config, import.
complete -c lore -n '__lore_using config' -l path \
    -d 'Print only where the configuration file is read from'
complete -c lore -n '__lore_using import' -l rot13 \
    -d "The files are rot13-encoded, as fortune's offensive ones"
complete -c lore -n '__lore_using import' -s o -l output -r -F \
    -d 'Write the dataset to FILE, not stdout'
complete -c lore -n '__lore_using import' -l id -x -d "The dataset's id"
complete -c lore -n '__lore_using import' -l title -x -d "The dataset's title"
