#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class Option;
}  // namespace CLI

namespace lore::cli {

/// A value that an option or argument takes, and what it means. The tables these come
/// from (kinds, output formats, colour modes, cache actions) are the one place each set
/// of names is written; --help, checking, completions and lore(1) all read them.
struct Choice {
  std::string value;
  std::string description;
  bool offered = true;  ///< False for a spelling that is taken but not offered (plurals).
};

/// quote, trivia, scene and egg, with their plurals taken too.
std::vector<Choice> kind_choices();

/// The output formats: all of them, or (per_entry false) those of commands that print
/// no entries: text, json and jsonl.
std::vector<Choice> format_choices(bool per_entry);

/// --color: auto, always, never.
std::vector<Choice> color_choices();

/// The values of `choices`, in order.
std::vector<std::string> values_of(const std::vector<Choice>& choices);

/// The values as a sentence lists them: "text, json or jsonl".
std::string in_words(const std::vector<std::string>& values);

/// The problem with `value` as one of `choices`: what it must be, in words, and the
/// nearest offered value when one is close ("must be quote, trivia, scene or egg, not
/// 'qoute'; did you mean 'quote'?"). Empty when `value` is one of them.
std::string check_choice(const std::string& value, const std::vector<Choice>& choices);

/// Checks that `option` takes one of `choices`, and returns it.
CLI::Option* take_choices(CLI::Option* option, const std::vector<Choice>& choices);

/// The values that `option` takes, from its check (as take_choices declared them), with
/// their descriptions from the tables above; empty when it takes any value. The command
/// line's generator reads options through this.
std::vector<Choice> choices_of(const CLI::Option& option);

/// Registers a table of choices that is not one of those above (a command's own, such
/// as the cache's actions), so that choices_of describes its values.
std::vector<Choice> own_choices(std::vector<Choice> choices);

}  // namespace lore::cli
