// lore(1)'s option lists, spliced into man/lore.1.in where its markers stand: an item
// for each option, from its CLI11 declaration, with the longer text of lore(1) where
// the table below has one.

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "cli/generate.h"
#include "cli/option_groups.h"

namespace lore::cli {

namespace {

/// What lore(1) says of an option where one line of --help is not enough: the body of
/// its item, in mdoc. An empty command is lore's own (shared) option.
struct ManualText {
  std::string_view command;
  std::string_view option;
  std::string_view text;
};

constexpr ManualText kManual[] = {
    {"", "--data",
     R"roff(Load the dataset file
.Ar PATH ,
or every
.Pa *.toml
file in the folder
.Ar PATH ,
as well.
Repeatable.
.Ql -
reads a dataset from standard input, and a pipe, as
.Ql --data <(command) ,
is read to its end; a leading
.Ql ~
or
.Ql $HOME
is your home folder.
A dataset named here that does not load is an error; one found in a searched
folder is skipped with a warning.
A symbolic link on the search path whose target does not exist is skipped with a
warning that names the link and its target; a searched folder that does not exist
is no problem.
Where two places hold a dataset of the same
.Ic id ,
the later one is used: a searched folder after another, as
.Ev XDG_DATA_HOME
after
.Ev XDG_DATA_DIRS ,
and
.Fl -data
after them all.
The built-in dataset's id cannot be taken.)roff"},
    {"", "--dataset",
     R"roff(Use only the dataset
.Ar NAME
(its
.Ic id ) .
Repeatable.)roff"},
    {"", "--kind",
     R"roff(A bare
.Nm
only: print only entries of
.Ar KIND :
.Cm quote ,
.Cm trivia ,
.Cm scene
or
.Cm egg .
By default a bare
.Nm
prints any kind; the subcommands name their own.)roff"},
    {"", "--tag",
     R"roff(Only entries with
.Ar TAG .
Repeatable: all must hold.)roff"},
    {"", "--exclude-tag",
     R"roff(Leave out entries with
.Ar TAG .
Repeatable.)roff"},
    {"", "--speaker",
     R"roff(Only quotes by
.Ar NAME ,
ignoring case.)roff"},
    {"", "--category",
     R"roff(Only trivia in the category
.Ar CAT ,
ignoring case.)roff"},
    {"", "--short",
     R"roff(Only short entries: at most
.Fl -length
characters.)roff"},
    {"", "--long",
     R"roff(Only long entries: more than
.Fl -length
characters.)roff"},
    {"", "--length",
     R"roff(The most characters a short entry has, 1 or more; 160 by default, as
.Xr fortune 6
has it.)roff"},
    {"", "--seed",
     R"roff(Make the random choice reproducible: the same seed picks the same entries on
every machine.
.Ar N
is a whole number from 0 to 18446744073709551615.)roff"},
    {"", "--daily",
     R"roff(The same choice all day, for the local date and the command: each matching entry
draws a number from the date, the command and its
.Ar DATASET : Ns Ar ID ,
and the highest draws are picked (rendezvous hashing).
Adding an entry changes the day's pick only when the new entry draws highest
.Po
with
.Fl e
or
.Fl -weight
each draw is weighed by the entry's share of its dataset's chance, which an
entry added changes, so the pick may move
.Pc .
It excludes
.Fl -seed .)roff"},
    {"", "--date",
     R"roff(Like
.Fl -daily ,
for another day.)roff"},
    {"", "--count",
     R"roff(Print
.Ar N
distinct entries, 1 or more.)roff"},
    {"", "--equal",
     R"roff(Give every dataset the same chance of being picked; by default every entry has
the same chance, so a large dataset is picked more often.)roff"},
    {"", "--weight",
     R"roff(Pick the dataset
.Ar NAME
with this chance; the other datasets share what is left.
Repeatable; the percentages may not add up past 100.)roff"},
    {"", "--format",
     R"roff(.Cm text ,
wrapped for reading, the default;
.Cm json ,
an array of objects with every field;
.Cm jsonl ,
one object a line;
.Cm tsv ,
the columns id, kind, dataset and text (a scene's or egg's title, else the whole
text: quote, fact or description), one entry a line, with tab, newline and backslash
written as
.Ql \et ,
.Ql \en
and
.Ql \e\e ;
.Cm toml ,
a dataset of
.Xr lore 5 ;
.Cm fortune ,
a
.Xr fortune 6
file.
The
.Cm json
of
.Cm quiz
and
.Cm validate
is one record: the whole quiz, or the problems.)roff"},
    {"", "--template",
     R"roff(Format each entry with named fields in braces, as in
.Ql {id}: {summary} :
.Ic kind ,
.Ic dataset ,
.Ic summary
(a quote's or easter egg's text, a trivia fact, a scene's title and description
as
.Ql TITLE: DESCRIPTION ) ,
and the fields of
.Xr lore 5 .
A field that a kind the command prints does not have is a usage error that lists
that kind's fields, unless it is given a default:
.Ql {speaker:-anonymous}
prints
.Ql anonymous
where an entry has no speaker or an empty one (a default holds no brace; a
.Ql -
followed by
.Ql < ,
.Ql >
or
.Ql ^
is a spec filled with dashes, as in
.Ql {id:-^20} ) .
A field an entry leaves out is empty.
.Ql \et ,
.Ql \en
and
.Ql \e\e
in the template are a tab, a newline and a backslash; any other backslash is a
usage error.
A format spec may give a width and precision up to 100000, the limit of
.Fl -width ,
as in
.Ql {text:>40.30} ;
a larger one, or a field inside a spec, is a usage error.
A text field takes
.Ar [[fill]align][width][.precision] ;
.Ic order ,
a number, also takes a sign,
.Ql # ,
.Ql 0
and a type
.Ql d ,
.Ql x ,
.Ql X ,
.Ql o
or
.Ql b ,
as in
.Ql {order:03} ,
but not
.Ql c ,
which would print it as a raw character.
Any other spec is a usage error that names the field.)roff"},
    {"", "--null",
     R"roff(End each entry with a NUL character, for
.Ql xargs -0 .)roff"},
    {"", "--show-source",
     R"roff(Show each entry's
.Ar DATASET : Ns Ar ID
with it.)roff"},
    {"", "--color",
     R"roff(.Cm auto ,
the default, colours a terminal unless
.Ev NO_COLOR
is set or
.Ev TERM
is
.Ql dumb ;
.Cm always
and
.Cm never .)roff"},
    {"", "--width",
     R"roff(Wrap text at
.Ar N
columns, from 0 (never) to 100000; by default at
.Ev COLUMNS ,
else at the terminal's width.)roff"},
    {"trivia", "--question",
     R"roff(Print the question, with its answer beneath; only trivia with a question are
picked.)roff"},
    {"quiz", "--count",
     R"roff(Ask
.Ar N
questions, 1 or more; 10 by default.)roff"},
    {"quiz", "--choices",
     R"roff(Multiple choice: pick an option by its letter or number.
A question shows its answer and up to three wrong options: a trivia item's own
.Ic choices
when it has them, else answers of other questions of the same work, kind and
shape, borrowed: a year for a year (four digits), a number for a number, a name
for a name (every word capitalised), digits and words in the same pattern
.Pq Ql January 2019 ,
and otherwise words of the same category, asked with the same question word
.Pq who, where, what... ,
neither more than twice as long as the other.
No option is an accepted answer (as the answers are judged, a typo forgiven), holds
one, or stands in the question or its fact, and no question that
is no spoiler borrows a spoiler's answer.
A yes/no question offers yes and no.
A question with fewer than two fair wrong options is asked for a typed answer, under
the line
.Ql (no fair options for this one: type your answer) .)roff"},
    {"quiz", "--review",
     R"roff(Ask the questions that are due first: those missed, at once, and the others when
their box's rest (2, 4, 8 or 16 days) is over.
When none is due, say so in one line on standard error and ask the usual
questions.)roff"},
    {"quiz", "--review-only",
     R"roff(Ask only the questions that are due; when none is, say so and exit 0.)roff"},
    {"quiz", "--stats",
     R"roff(Show the recorded accuracy per category and the weakest questions, and ask
nothing; only the questions that
.Fl t ,
.Fl -category
and
.Fl d
leave count.)roff"},
    {"quiz", "--pass",
     R"roff(Exit with status 1 when the score is under
.Ar PERCENT .)roff"},
    {"add", "--to",
     R"roff(The dataset file to append to.
A symbolic link is followed: the file it names is replaced, and a dangling
link creates the file it names, so that adds through the link and through the
real path go to one file, under one lock
.Pq a hidden Pa .NAME.lock No beside the file .
A read-only file, a FIFO or a device is refused with status 74, not replaced.)roff"},
    {"add", "--id",
     R"roff(The entry's fields; each kind takes its own (see
.Xr lore 5 ) .)roff"},
    {"import", "--output",
     R"roff(Write the dataset to
.Ar FILE ,
atomically, rather than to standard output.
A file that is there already is refused (status 2) unless
.Fl -force
is given, and one of the input files always is, even with
.Fl -force :
the same device and inode, or for a file not there yet the same canonical path.
Only a regular file is replaced: a FIFO or a device is refused with status 74.)roff"},
    {"import", "--force",
     R"roff(Let
.Fl o
replace a file that is there, never one of the inputs.)roff"},
    {"import", "--id",
     R"roff(The dataset's
.Ic id .
By default it is made from the name of the file read, or, when several are read,
from the name of the folder that holds them all, as
.Ql fortunes
for
.Pa /usr/share/games/fortunes/* ;
files from several folders need
.Fl -id .
The built-in dataset's id is refused, given or made.)roff"},
    {"", "--escape-percent",
     R"roff(In the
.Cm fortune
format, write a text line that is just
.Ql %
as
.Ql \ % ,
and say so once on standard error.
Without it, such a line, which would end the cookie there and split the entry in
two, fails the command with status 65 and names each entry at its
.Ar FILE : Ns Ar LINE ;
nothing is printed.)roff"},
    {"", "--help",
     R"roff(Print the options of
.Nm
or of a command, and exit.)roff"},
};

/// The markers of man/lore.1.in: each list follows its marker line.
constexpr std::array<std::string_view, 4> kSharedGroups = {kDatasetsGroup, kFiltersGroup,
                                                           kChoosingGroup, kOutputGroup};

std::string escaped(std::string_view text) {
  std::string result;
  for (const char c : text) result += c == '\\' ? std::string("\\e") : std::string(1, c);
  if (!result.empty() && (result.front() == '.' || result.front() == '\'')) result = "\\&" + result;
  return result;
}

/// The .It line of an option: its names and its value.
std::string item_line(const OptionModel& option) {
  std::vector<std::string> names;
  for (const std::string& name : option.names) names.push_back("Fl " + name.substr(1));
  std::string line = fmt::format(".It {}", fmt::join(names, " , "));
  if (option.takes_value()) {
    const std::size_t equals = option.value_name.find('=');
    line += equals == std::string::npos
                ? fmt::format(" Ar {}", option.value_name)
                : fmt::format(" Ar {} Ns = Ns Ar {}", option.value_name.substr(0, equals),
                              option.value_name.substr(equals + 1));
  }
  return line + "\n";
}

std::string item_body(const OptionModel& option, std::string_view command) {
  for (const ManualText& manual : kManual) {
    if (manual.command != command) continue;
    if (std::find(option.names.begin(), option.names.end(), manual.option) != option.names.end()) {
      return std::string(manual.text) + "\n";
    }
  }
  std::string text = escaped(option.description);
  if (!text.empty() && text.back() != '.') text += '.';
  return text + "\n";
}

bool same_option(const OptionModel& a, const OptionModel& b) {
  return a.names == b.names && a.group == b.group;
}

/// True when `option` of a subcommand is one of lore's own, shared ones (perhaps with
/// fewer values, as --format of info: its item says so).
bool shared(const OptionModel& option, const CommandModel& lore) {
  return std::any_of(lore.options.begin(), lore.options.end(),
                     [&](const OptionModel& other) { return same_option(option, other); });
}

/// `words` as an mdoc list of `macro` items (Cm, Fl): "a", "a and b", "a, b and c",
/// ending in `end` (punctuation: ";" or ".", or nothing).
std::string mdoc_list(const std::vector<std::string>& words, std::string_view macro,
                      std::string_view end) {
  std::string text;
  for (std::size_t i = 0; i < words.size(); ++i) {
    text += fmt::format(".{} {}", macro, words[i]);
    if (i + 1 == words.size()) {
      text += end.empty() ? std::string("\n") : fmt::format(" {}\n", end);
    } else if (i + 2 == words.size()) {
      text += "\nand\n";
    } else {
      text += " ,\n";
    }
  }
  return text;
}

/// The values --format takes in `command`, if it has the option.
std::optional<std::vector<std::string>> formats_of(const CommandModel& command) {
  for (const OptionModel& option : command.options) {
    if (std::find(option.names.begin(), option.names.end(), "--format") == option.names.end()) {
      continue;
    }
    std::vector<std::string> values;
    for (const Choice& choice : option.choices) {
      if (choice.offered) values.push_back(choice.value);
    }
    return values;
  }
  return std::nullopt;
}

/// Commands that take the same things (formats, flags), in the order first met.
class Takers {
 public:
  void add(const std::vector<std::string>& things, const std::string& command) {
    auto same = std::find_if(groups_.begin(), groups_.end(),
                             [&](const auto& group) { return group.first == things; });
    if (same == groups_.end()) same = groups_.insert(groups_.end(), {things, {}});
    same->second.push_back(command);
  }

  bool empty() const { return groups_.empty(); }

  /// ".Cm quiz and .Cm info take .Fl f , ... ; .Cm tags takes ... ." with the things
  /// written by `macro`.
  std::string sentences(std::string_view macro) const {
    std::string text;
    for (std::size_t i = 0; i < groups_.size(); ++i) {
      const auto& [things, names] = groups_[i];
      text += mdoc_list(names, "Cm", "") + (names.size() == 1 ? "takes\n" : "take\n") +
              mdoc_list(things, macro, i + 1 == groups_.size() ? "." : ";");
    }
    return text;
  }

 private:
  std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> groups_;
};

/// Which commands take fewer formats than lore's --format, and which, from their
/// declarations: ".Cm info and .Cm sources take .Cm text , .Cm json and .Cm jsonl ."
std::string fewer_formats(const std::vector<CommandModel>& commands) {
  const auto all = formats_of(commands.front());
  Takers takers;
  for (std::size_t i = 1; i < commands.size(); ++i) {
    const auto values = formats_of(commands[i]);
    if (values && values != all) takers.add(*values, commands[i].name);
  }
  return takers.sentences("Cm");
}

/// Which commands take `group` of lore's options, from their declarations: "Taken
/// whole by quote, ...; quiz takes -t, --category and --spoilers." Whole: every option
/// of the group that a command takes (bare lore's --kind is its own).
std::string takers(const std::vector<CommandModel>& commands, std::string_view group) {
  const CommandModel& lore = commands.front();
  std::vector<std::vector<std::string>> taken;  // per command, as .Fl writes: "t", "-category"
  std::vector<std::string> any;
  for (std::size_t i = 1; i < commands.size(); ++i) {
    std::vector<std::string>& flags = taken.emplace_back();
    for (const OptionModel& option : commands[i].options) {
      if (option.group != group || !shared(option, lore)) continue;
      flags.push_back(option.names.front().substr(1));
      if (std::find(any.begin(), any.end(), flags.back()) == any.end()) any.push_back(flags.back());
    }
  }
  std::vector<std::string> whole;
  Takers parts;
  for (std::size_t i = 1; i < commands.size(); ++i) {
    const std::vector<std::string>& flags = taken[i - 1];
    if (flags.empty()) continue;
    if (flags.size() == any.size()) {
      whole.push_back(commands[i].name);
    } else {
      parts.add(flags, commands[i].name);
    }
  }
  std::string text;
  if (!whole.empty())
    text += "Taken whole by\n" + mdoc_list(whole, "Cm", parts.empty() ? "." : ";");
  return text + parts.sentences("Fl");
}

std::string group_list(const std::vector<CommandModel>& commands, std::string_view group) {
  const CommandModel& lore = commands.front();
  std::string text =
      fmt::format("@OPTIONS {}@\n{}.Bl -tag -width Ds\n", group, takers(commands, group));
  for (const OptionModel& option : lore.options) {
    if (option.group != group) continue;
    text += item_line(option) + item_body(option, "");
    if (formats_of(CommandModel{"", "", {option}, {}})) text += fewer_formats(commands);
  }
  return text + ".El\n";
}

/// The options each subcommand has of its own, then --help and --version. A group of
/// its own (add's fields) is one item.
std::string own_list(const std::vector<CommandModel>& commands) {
  const CommandModel& lore = commands.front();
  std::string text = "@OPTIONS Commands@\n.Bl -tag -width Ds\n";
  for (std::size_t i = 1; i < commands.size(); ++i) {
    const CommandModel& command = commands[i];
    std::vector<std::string> groups_done;
    for (std::size_t j = 0; j < command.options.size(); ++j) {
      const OptionModel& option = command.options[j];
      if (option.names.front() == "-h" || shared(option, lore)) continue;
      const bool group_of_its_own =
          option.group != "Options" && std::find(kSharedGroups.begin(), kSharedGroups.end(),
                                                 option.group) == kSharedGroups.end();
      if (!group_of_its_own) {
        text += item_line(option) + fmt::format(".Pq Cm {}\n", command.name) +
                item_body(option, command.name);
        continue;
      }
      if (std::find(groups_done.begin(), groups_done.end(), option.group) != groups_done.end()) {
        continue;
      }
      groups_done.push_back(option.group);
      OptionModel together = option;
      together.names.clear();
      for (const OptionModel& member : command.options) {
        if (member.group != option.group) continue;
        together.names.insert(together.names.end(), member.names.begin(), member.names.end());
      }
      text += item_line(together) + fmt::format(".Pq Cm {}\n", command.name) +
              item_body(option, command.name);
    }
  }
  for (const OptionModel& option : lore.options) {
    if (option.group != "Options") continue;
    text += item_line(option) + item_body(option, "");
  }
  return text + ".El\n";
}

}  // namespace

std::string man_options(const std::vector<CommandModel>& commands) {
  std::string text =
      ".\\\" Generated by `lore --generate man-options`: each list goes where its marker\n"
      ".\\\" stands in man/lore.1.in.\n";
  for (const std::string_view group : kSharedGroups) text += group_list(commands, group);
  return text + own_list(commands);
}

}  // namespace lore::cli
