#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/dataset.h"
#include "core/entry.h"

namespace lore {

/// One fortune cookie as lore keeps it.
struct FortuneCookie {
  /// The cookie as in the file without its final newline, and without its closing
  /// attribution line when `speaker` is set.
  std::string text;
  std::string speaker;  ///< From a closing "-- Name" line; empty when there was none.
};

/// What a fortune file held, and what had to be done to read it.
struct ParsedFortune {
  std::vector<FortuneCookie> cookies;
  std::size_t skipped_empty = 0;       ///< Cookies of nothing but whitespace.
  bool converted_from_latin1 = false;  ///< The file was not UTF-8.
  bool converted_crlf = false;         ///< CR LF line ends became LF.
};

/// Reads a fortune text file: cookies separated by lines that are exactly "%" (a CR
/// before the newline allowed), with or without a trailing "%" or a leading one.
/// A file that is not valid UTF-8 is taken as Latin-1 and converted; `rot13` undoes
/// the rotation of ASCII letters. A last line "-- Name" (indented with spaces or tabs,
/// or not) becomes the speaker, unless the cookie would have no text left.
ParsedFortune parse_fortune(std::string_view bytes, bool rot13);

/// One entry as a fortune cookie with its "%" line: the body text, then for a quote
/// with a speaker the line "\t\t-- SPEAKER".
std::string write_fortune_cookie(const Entry& entry);

/// `entries` as a fortune file that strfile and fortune read, one cookie each.
std::string write_fortune(const std::vector<const Entry*>& entries);

/// The cookies of one fortune file and the name that becomes their `source`.
struct FortuneFile {
  std::string name;
  std::vector<FortuneCookie> cookies;
};

/// The id a cookie gets when no other cookie has it: its first words folded to ASCII
/// kebab-case, then a short hash of its text and speaker ("cookie-HASH" when no
/// word has an ASCII letter or digit). The same cookie gets the same id on any machine.
std::string cookie_id(const FortuneCookie& cookie);

/// A dataset of quotes, one per cookie, in file order, under `info`. Ids come from
/// cookie_id(); a later cookie with an id already taken gets "-2", "-3", ... after it.
/// Tags stay empty and `source` is the file's name.
Dataset cookies_to_dataset(DatasetInfo info, const std::vector<FortuneFile>& files);

/// The last part of `path`: "/usr/share/games/fortunes/art" gives "art".
std::string_view base_name(std::string_view path);

/// A dataset id made from the name of the file at `path`, without its extension, in
/// kebab-case: "/x/Songs & Poems.txt" gives "songs-poems"; "fortunes" when nothing
/// of it is an ASCII letter or digit.
std::string dataset_id_for(std::string_view path);

}  // namespace lore
