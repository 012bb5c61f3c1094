#include "cli/choices.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <algorithm>

#include "core/kind.h"
#include "render/entry_printer.h"
#include "render/style.h"
#include "util/edit_distance.h"

namespace lore::cli {

namespace {

/// The descriptions of values that commands declare as their own (own_choices).
std::vector<Choice>& registered() {
  static std::vector<Choice> choices;
  return choices;
}

std::string capitalised(std::string_view text) {
  std::string result(text);
  if (!result.empty() && result.front() >= 'a' && result.front() <= 'z') {
    result.front() = static_cast<char>(result.front() - 'a' + 'A');
  }
  return result;
}

}  // namespace

std::vector<Choice> kind_choices() {
  std::vector<Choice> choices;
  for (const Kind kind : kAllKinds) {
    choices.push_back({std::string(kind_name(kind)), capitalised(kind_plural(kind)), true});
    if (kind_plural(kind) != kind_name(kind)) {
      choices.push_back({std::string(kind_plural(kind)), capitalised(kind_plural(kind)), false});
    }
  }
  return choices;
}

std::vector<Choice> format_choices(bool per_entry) {
  std::vector<Choice> choices;
  for (const OutputFormatInfo& info : kOutputFormats) {
    if (info.per_entry && !per_entry) continue;
    choices.push_back({std::string(info.name), std::string(info.description), true});
  }
  return choices;
}

std::vector<Choice> color_choices() {
  std::vector<Choice> choices;
  for (const ColorModeInfo& info : kColorModes) {
    choices.push_back({std::string(info.name), std::string(info.description), true});
  }
  return choices;
}

std::vector<std::string> values_of(const std::vector<Choice>& choices) {
  std::vector<std::string> values;
  for (const Choice& choice : choices) values.push_back(choice.value);
  return values;
}

std::string in_words(const std::vector<std::string>& values) {
  if (values.size() < 2) return values.empty() ? "" : values.front();
  return fmt::format("{} or {}", fmt::join(values.begin(), values.end() - 1, ", "), values.back());
}

std::string check_choice(const std::string& value, const std::vector<Choice>& choices) {
  std::vector<std::string> offered;
  std::vector<std::string_view> names;
  for (const Choice& choice : choices) {
    if (choice.value == value) return {};
    if (choice.offered) offered.push_back(choice.value);
    names.push_back(choice.value);
  }
  std::string message = fmt::format("must be {}, not '{}'", in_words(offered), value);
  const auto nearest = nearest_words(value, names, 1);
  if (!nearest.empty()) message += fmt::format("; did you mean '{}'?", nearest.front());
  return message;
}

CLI::Option* take_choices(CLI::Option* option, const std::vector<Choice>& choices) {
  // The description "{a,b,c}" is what choices_of reads; --help leaves it out.
  return option->check(
      CLI::Validator([choices](const std::string& value) { return check_choice(value, choices); },
                     fmt::format("{{{}}}", fmt::join(values_of(choices), ",")), "choices"));
}

std::vector<Choice> own_choices(std::vector<Choice> choices) {
  std::vector<Choice>& all = registered();
  for (const Choice& choice : choices) {
    const bool known = std::any_of(
        all.begin(), all.end(), [&](const Choice& other) { return other.value == choice.value; });
    if (!known) all.push_back(choice);
  }
  return choices;
}

std::vector<Choice> choices_of(const CLI::Option& option) {
  // CLI11 describes an IsMember check as "{a,b,c}".
  CLI::Option& checked = const_cast<CLI::Option&>(option);  // get_validator is not const
  std::string set;
  try {
    set = checked.get_validator("choices")->get_description();
  } catch (const CLI::OptionNotFound&) {
    return {};
  }
  if (set.size() < 2 || set.front() != '{' || set.back() != '}') return {};
  set = set.substr(1, set.size() - 2);
  std::vector<Choice> tables = kind_choices();
  for (auto more : {format_choices(true), color_choices(), registered()}) {
    tables.insert(tables.end(), more.begin(), more.end());
  }
  std::vector<Choice> choices;
  std::size_t start = 0;
  while (start <= set.size()) {
    const std::size_t comma = std::min(set.find(',', start), set.size());
    Choice choice{set.substr(start, comma - start), "", true};
    const auto known = std::find_if(tables.begin(), tables.end(),
                                    [&](const Choice& c) { return c.value == choice.value; });
    if (known != tables.end()) choice = *known;
    choices.push_back(std::move(choice));
    start = comma + 1;
  }
  return choices;
}

}  // namespace lore::cli
