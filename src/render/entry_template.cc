#include "render/entry_template.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <utility>
#include <variant>

#include "core/schema.h"
#include "util/text_escape.h"
#include "util/text_wrap.h"

namespace lore {

namespace {

/// One field of a template, "{name}" or "{name:spec}", as written.
struct FieldReference {
  std::string_view name;
  std::string_view rest;  ///< What follows the name: ":spec", "!conversion" or nothing.
};

/// How the specs of each type of field look, for messages about a bad one.
constexpr std::string_view kTextSpecs =
    "text takes [[fill]align][width][.precision], as in {id:>12} or {text:.40}";
constexpr std::string_view kNumberSpecs =
    "a number takes [[fill]align][sign][#][0][width][type d, x, X, o or b], as in {order:03}";

/// The name a '{' that is never closed begins: the letters after it, if any.
std::string_view name_after(std::string_view text) {
  const std::size_t end = text.find_first_not_of("abcdefghijklmnopqrstuvwxyz_");
  return text.substr(0, end);
}

/// Where the field opened at `open` ends: its '}', past any field nested in its spec
/// (which check_field then refuses by name); npos when it never closes.
std::size_t closing_brace(std::string_view text, std::size_t open) {
  int depth = 0;
  for (std::size_t pos = open; pos < text.size(); ++pos) {
    if (text[pos] == '{') ++depth;
    if (text[pos] == '}' && --depth == 0) return pos;
  }
  return std::string_view::npos;
}

/// `text` with \t, \n and \\ read as a tab, a newline and a backslash; any other
/// backslash is an error, so that a typo is not printed as it stands.
Expected<std::string, std::string> read_escapes(std::string_view text) {
  std::string out;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (text[pos] != '\\') {
      out += text[pos];
      continue;
    }
    const char next = pos + 1 < text.size() ? text[pos + 1] : '\0';
    switch (next) {
      case 't': out += '\t'; break;
      case 'n': out += '\n'; break;
      case '\\': out += '\\'; break;
      default:
        return unexpected(
            std::string("a '\\' must be followed by t, n or \\ (a tab, a newline or a backslash)"));
    }
    ++pos;
  }
  return out;
}

/// True when the text after "{name:-" is a format spec filled with '-' ("{id:-^10}"):
/// it starts with an alignment. Otherwise it is a default.
bool dash_filled(std::string_view after_dash) {
  return !after_dash.empty() &&
         std::string_view("<>^").find(after_dash.front()) != std::string_view::npos;
}

/// A piece of the template, with the field's reference as written (none for text).
struct Piece {
  EntryTemplate::Part part;
  std::optional<FieldReference> reference;
};

/// The template cut into literal text and fields, escapes read; an error for a '{'
/// never closed or a '}' that closes nothing (as fmt would refuse them, but saying
/// where), or a bad escape. Each field comes with its reference as written.
Expected<std::vector<Piece>, std::string> split(std::string_view text) {
  std::vector<Piece> parts;
  std::string literal;
  auto flush = [&] {
    if (literal.empty()) return;
    parts.push_back({EntryTemplate::Part{std::move(literal), "", "", std::nullopt}, std::nullopt});
    literal.clear();
  };
  std::size_t plain = 0;  // where the literal text not yet read began
  auto take_plain = [&](std::size_t end) -> Expected<void, std::string> {
    auto read = read_escapes(text.substr(plain, end - plain));
    LORE_TRY(read);
    literal += *read;
    return {};
  };
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (text[pos] == '\\') {
      // An escape: never a brace of the template, and a bad one is named first.
      auto escape = read_escapes(text.substr(pos, 2));
      LORE_TRY(escape);
      ++pos;
      continue;
    }
    const bool doubled = pos + 1 < text.size() && text[pos + 1] == text[pos];
    if (text[pos] == '}') {
      if (!doubled)
        return unexpected(std::string("a '}' that closes no field; '}}' writes a brace"));
      auto taken = take_plain(pos + 1);
      LORE_TRY(taken);
      plain = pos + 2;
      ++pos;
      continue;
    }
    if (text[pos] != '{') continue;
    if (doubled) {
      auto taken = take_plain(pos + 1);
      LORE_TRY(taken);
      plain = pos + 2;
      ++pos;
      continue;
    }
    auto taken = take_plain(pos);
    LORE_TRY(taken);
    const std::size_t close = closing_brace(text, pos);
    if (close == std::string_view::npos) {
      const std::string_view name = name_after(text.substr(pos + 1));
      if (name.empty()) return unexpected(std::string("'{' is never closed; '{{' writes a brace"));
      return unexpected(fmt::format("field '{}' is never closed: '{{{}' needs a '}}'", name, name));
    }
    const std::string_view inside = text.substr(pos + 1, close - pos - 1);
    const std::size_t rest = std::min(inside.find_first_of(":!"), inside.size());
    const FieldReference reference{inside.substr(0, rest), inside.substr(rest)};
    EntryTemplate::Part field{"", std::string(reference.name), "", std::nullopt};
    if (reference.rest.starts_with(":-") && !dash_filled(reference.rest.substr(2))) {
      const std::string_view fallback = reference.rest.substr(2);
      if (fallback.find_first_of("{}") != std::string_view::npos) {
        return unexpected(
            fmt::format("field '{}': its default may not hold a brace", reference.name));
      }
      auto read = read_escapes(fallback);
      if (!read)
        return unexpected(fmt::format("field '{}': its default: {}", reference.name, read.error()));
      field.fallback = std::move(*read);
    } else if (reference.rest.starts_with(':')) {
      field.spec = std::string(reference.rest.substr(1));
    }
    flush();
    parts.push_back({std::move(field), reference});
    plain = close + 1;
    pos = close;
  }
  auto rest = take_plain(text.size());
  LORE_TRY(rest);
  flush();
  return parts;
}

/// True for a field that holds a number in some kind (`order`).
bool is_integer_field(std::string_view name) {
  for (const Kind kind : kAllKinds) {
    const FieldSpec* field = find_field(kind, name);
    if (field != nullptr && field->type == FieldType::integer) return true;
  }
  return false;
}

/// A width or precision in `spec` above kMaxWidth, which would allocate without limit.
std::optional<std::string_view> too_wide(std::string_view spec) {
  for (std::size_t pos = 0; pos < spec.size();) {
    if (spec[pos] < '0' || spec[pos] > '9') {
      ++pos;
      continue;
    }
    const std::size_t end = std::min(spec.find_first_not_of("0123456789", pos), spec.size());
    const std::string_view digits = spec.substr(pos, end - pos);
    const std::size_t significant = digits.find_first_not_of('0');
    if (significant != std::string_view::npos &&
        (digits.size() - significant > 9 || std::stoul(std::string(digits)) > kMaxWidth)) {
      return digits;
    }
    pos = end;
  }
  return std::nullopt;
}

/// A field's value in one entry: text, a number, or nothing (the entry lacks it).
using Value = std::variant<std::monostate, std::string, std::int64_t>;

Value value_in(const Entry& entry, std::string_view name) {
  if (name == "kind") return std::string(kind_name(entry.kind));
  if (name == "dataset") return entry.dataset != nullptr ? entry.dataset->id : "";
  if (name == "summary") return escape_controls(template_summary(entry));
  const FieldSpec* field = find_field(entry.kind, name);
  if (field == nullptr) return std::monostate{};
  const FieldValue value = value_of(entry, *field);
  if (const auto* text = std::get_if<std::string_view>(&value)) return escape_controls(*text);
  if (const auto* list = std::get_if<const std::vector<std::string_view>*>(&value)) {
    return escape_controls(fmt::format("{}", fmt::join(**list, ", ")));
  }
  if (const auto* number = std::get_if<std::int64_t>(&value)) return *number;
  if (const auto* flag = std::get_if<bool>(&value)) return std::string(*flag ? "true" : "false");
  return std::monostate{};
}

/// `value` through the format spec `spec`; throws fmt::format_error for a spec that
/// does not fit it.
template <typename T>
std::string formatted(std::string_view spec, const T& value) {
  if (spec.empty()) return fmt::format("{}", value);
  return fmt::vformat(fmt::format("{{:{}}}", spec), fmt::make_format_args(value));
}

/// What fmt says of the field's spec, formatting an empty value (0 for a number) with
/// it, or nothing when it formats.
std::optional<std::string> format_problem(std::string_view name, std::string_view spec) {
  try {
    if (is_integer_field(name)) {
      (void)formatted(spec, std::int64_t{0});
    } else {
      (void)formatted(spec, std::string());
    }
  } catch (const fmt::format_error& error) {
    return std::string(error.what());
  } catch (const std::exception& error) {  // a width too large to allocate
    return fmt::format("cannot format: {}", error.what());
  }
  return std::nullopt;
}

/// Every name a template may use for any of `kinds` (empty: all), each once.
std::vector<std::string_view> names_for(std::span<const Kind> kinds) {
  if (kinds.empty()) return template_field_names();
  std::vector<std::string_view> names;
  for (const Kind kind : kinds) {
    for (const std::string_view name : template_field_names(kind)) {
      if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    }
  }
  return names;
}

/// What is wrong with one field, in a message that names it: unknown, a conversion, a
/// field in its spec, a width lore will not allocate, or a spec fmt refuses for its type.
/// Checked so that format() is bounded and prints no raw control (a number as `c`).
Expected<void, std::string> check_field(const FieldReference& field, std::string_view spec,
                                        std::span<const Kind> kinds) {
  if (field.name.empty()) {
    return unexpected(
        fmt::format("'{{{}}}' needs a field name, as in {{id}} or {{summary}}", field.rest));
  }
  const auto known = template_field_names();
  if (std::find(known.begin(), known.end(), field.name) == known.end()) {
    return unexpected(fmt::format("unknown field '{}'; fields are: {}", field.name,
                                  fmt::join(names_for(kinds), ", ")));
  }
  const bool number = is_integer_field(field.name);
  const std::string_view specs = number ? kNumberSpecs : kTextSpecs;
  if (field.rest.starts_with('!')) {
    return unexpected(fmt::format("field '{}': a conversion such as '!r' is not supported; {}",
                                  field.name, specs));
  }
  if (spec.find('{') != std::string_view::npos) {
    // Its value, an `order` from the data, would be the width.
    return unexpected(fmt::format("field '{}': a field inside its format spec is not supported; {}",
                                  field.name, specs));
  }
  if (const auto digits = too_wide(spec)) {
    return unexpected(fmt::format("field '{}': width or precision {} is above the limit of {}",
                                  field.name, *digits, kMaxWidth));
  }
  if (const auto problem = format_problem(field.name, spec)) {
    return unexpected(fmt::format("field '{}': format spec '{}' does not fit {} ({}); {}",
                                  field.name, spec, number ? "a number" : "text", *problem, specs));
  }
  if (number && spec.ends_with('c')) {
    // fmt would print the number as the character of that code: a raw control for most.
    return unexpected(
        fmt::format("field '{}': format spec '{}' would print the number as a character; {}",
                    field.name, spec, specs));
  }
  return {};
}

/// "a quote", "a trivia fact", ...: one entry of `kind`, in a sentence.
std::string_view one_of(Kind kind) {
  switch (kind) {
    case Kind::quote: return "a quote";
    case Kind::trivia: return "a trivia fact";
    case Kind::scene: return "a scene";
    case Kind::egg: return "an easter egg";
  }
  return "an entry";
}

/// A field with no default must be one that every kind to be printed has: `{text}` on
/// a trivia fact would print nothing, unseen.
Expected<void, std::string> check_kinds(std::string_view name, std::span<const Kind> kinds) {
  std::vector<std::string> lacking;
  for (const Kind kind : kinds.empty() ? std::span<const Kind>(kAllKinds) : kinds) {
    const auto names = template_field_names(kind);
    if (std::find(names.begin(), names.end(), name) != names.end()) continue;
    lacking.push_back(
        fmt::format("{} has none (its fields: {})", one_of(kind), fmt::join(names, ", ")));
  }
  if (lacking.empty()) return {};
  return unexpected(fmt::format("field '{}': {}; give it a default, as in {{{}:-TEXT}}", name,
                                fmt::join(lacking, "; "), name));
}

}  // namespace

std::vector<std::string_view> template_field_names() {
  std::vector<std::string_view> names{"kind", "dataset", "summary"};
  for (const std::string_view name : all_field_names()) names.push_back(name);
  return names;
}

std::vector<std::string_view> template_field_names(Kind kind) {
  std::vector<std::string_view> names{"kind", "dataset", "summary"};
  for (const FieldSpec& field : fields_of(kind)) names.push_back(field.name);
  return names;
}

std::string template_summary(const Entry& entry) {
  if (entry.kind == Kind::scene) return fmt::format("{}: {}", entry.title, entry.description);
  return std::string(entry.body());
}

Expected<EntryTemplate, std::string> EntryTemplate::parse(std::string_view text,
                                                          std::span<const Kind> kinds) {
  auto parts = split(text);
  LORE_TRY(parts);
  // Each field's form first, then whether the kinds have it: a typo is named as one.
  for (const Piece& piece : *parts) {
    if (!piece.reference) continue;
    auto checked = check_field(*piece.reference, piece.part.spec, kinds);
    LORE_TRY(checked);
  }
  std::vector<Part> pieces;
  for (auto& piece : *parts) pieces.push_back(std::move(piece.part));
  EntryTemplate parsed(std::move(pieces));
  if (!kinds.empty()) {
    auto covered = parsed.check(kinds);
    LORE_TRY(covered);
  }
  return parsed;
}

Expected<void, std::string> EntryTemplate::check(std::span<const Kind> kinds) const {
  if (kinds.empty()) return {};  // nothing to print
  for (const Part& part : parts_) {
    if (part.field.empty() || part.fallback) continue;
    auto covered = check_kinds(part.field, kinds);
    LORE_TRY(covered);
  }
  return {};
}

std::string EntryTemplate::format(const Entry& entry) const {
  std::string out;
  for (const Part& part : parts_) {
    if (part.field.empty()) {
      out += part.literal;
      continue;
    }
    const Value value = value_in(entry, part.field);
    const auto* text = std::get_if<std::string>(&value);
    const bool missing = std::holds_alternative<std::monostate>(value) || (text && text->empty());
    if (missing && part.fallback) {
      out += *part.fallback;
      continue;
    }
    try {
      if (const auto* number = std::get_if<std::int64_t>(&value)) {
        out += formatted(part.spec, *number);
      } else if (text != nullptr) {
        out += formatted(part.spec, *text);
      } else if (!is_integer_field(part.field)) {
        out += formatted(part.spec, std::string());  // padded as the value would be
      }
      // A number the entry lacks prints empty: a number's spec does not fit text.
    } catch (const fmt::format_error&) {
      // parse() tried the spec on an empty value of the field's type; nothing else
      // reaches here, and an empty field beats a failed command.
    }
  }
  return out;
}

}  // namespace lore
