#pragma once

#include <cstddef>
#include <optional>
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
  std::string speaker;  ///< From a closing indented "-- Name" line; empty when none.
};

/// What a fortune file held, and what had to be done to read it.
struct ParsedFortune {
  std::vector<FortuneCookie> cookies;
  std::size_t skipped_empty = 0;       ///< Cookies of nothing but whitespace.
  bool converted_from_latin1 = false;  ///< The file was not UTF-8.
  bool converted_crlf = false;         ///< CR LF line ends became LF.
  /// Every line end of the file was CR LF (and it had one): writing it back with CR LF
  /// gives the file again.
  bool crlf_line_ends = false;
};

/// Reads a fortune text file: cookies separated by lines that are exactly "%" (a CR
/// before the newline allowed), with or without a trailing "%" or a leading one.
/// A file that is not valid UTF-8 is taken as Latin-1 and converted; `rot13` undoes
/// the rotation of ASCII letters. A last line "-- Name" indented with spaces or tabs,
/// as fortune's files write attributions, becomes the speaker, unless the cookie would
/// have no text left; an "-- " line that is not indented is the cookie's own text.
ParsedFortune parse_fortune(std::string_view bytes, bool rot13);

/// Why `bytes` are not a fortune text file at all, or nullopt when they may be one: a
/// strfile index (the `.dat` beside each fortune file), or any other file with a NUL
/// byte.
std::optional<std::string> binary_file_reason(std::string_view bytes);

/// Lines of a fortune file wider than this are wrapped, unless preformatted.
inline constexpr std::size_t kFortuneWidth = 72;

/// How entries become fortune cookies.
struct FortuneWriteOptions {
  /// A line that is just "%" (which would end the cookie there) is written " %".
  bool escape_percent = false;
  /// Lines wider than this many columns are wrapped at spaces, each piece with the
  /// line's own indentation; entries of a `preformatted` dataset never are. 0: none.
  std::size_t width = kFortuneWidth;
};

/// A fortune file, and the entries that have a line that is just "%".
struct FortuneText {
  std::string text;
  /// In order; their "%" lines are in `text` as they are unless escape_percent.
  std::vector<const Entry*> percent_lines;
};

/// `entries` as a fortune file that strfile and fortune read, one cookie each with its
/// "%" line: a scene's or egg's title first, a trivia item's question before its fact,
/// and for a quote with a speaker the line "\t\t-- SPEAKER" last. When every entry comes
/// from a dataset of CR LF line ends, the file has them too.
FortuneText write_fortune(const std::vector<const Entry*>& entries,
                          const FortuneWriteOptions& options = {});

/// The cookies of one fortune file and the name that becomes their `source`.
struct FortuneFile {
  std::string name;
  std::vector<FortuneCookie> cookies;
};

/// The id a cookie gets when no other cookie has it: its first words folded to ASCII
/// kebab-case, then a short hash of its text and speaker ("cookie-HASH" when no
/// word has an ASCII letter or digit). The same cookie gets the same id on any machine.
std::string cookie_id(const FortuneCookie& cookie);

/// A dataset of quotes, one per cookie, in file order, under `info`, marked as fortune
/// cookies are: `preformatted`, and a `collection`, credited to no title. Ids come from
/// cookie_id(); a later cookie with an id already taken gets "-2", "-3", ... after it. Tags stay
/// empty and `source` is the file's name.
Dataset cookies_to_dataset(DatasetInfo info, const std::vector<FortuneFile>& files);

/// The last part of `path`: "/usr/share/games/fortunes/art" gives "art".
std::string_view base_name(std::string_view path);

/// A dataset id made from the name of the file at `path`, without its extension, in
/// kebab-case: "/x/Songs & Poems.txt" gives "songs-poems"; "fortunes" when nothing
/// of it is an ASCII letter or digit.
std::string dataset_id_for(std::string_view path);

}  // namespace lore
