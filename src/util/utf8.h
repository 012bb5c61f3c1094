#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lore::utf8 {

/// True when `text` is well-formed UTF-8.
bool is_valid(std::string_view text);

/// The number of code points in `text` (invalid bytes count one each).
std::size_t code_point_count(std::string_view text);

/// The byte offset just past the grapheme cluster that starts at `pos`.
std::size_t next_grapheme(std::string_view text, std::size_t pos);

/// The number of terminal columns the grapheme cluster `cluster` takes.
int grapheme_width(std::string_view cluster);

/// The number of terminal columns `text` takes, counted per grapheme cluster.
std::size_t display_width(std::string_view text);

/// The longest prefix of `text` that fits in `width` columns, cut between graphemes.
std::string_view prefix_fitting(std::string_view text, std::size_t width);

/// True for the bidirectional formatting controls (U+202A-U+202E, U+2066-U+2069,
/// U+200E, U+200F, U+061C): they reorder what a terminal shows, so text can hide.
bool is_bidi_control(char32_t code_point);

/// True for the code points that must not reach a terminal raw: C0 controls but
/// newline and tab, DEL, the C1 controls and the bidi controls.
bool is_unsafe_control(char32_t code_point);

/// Decodes one code point at `pos`; sets `length` to its size in bytes. Invalid bytes
/// decode as U+FFFD with length 1.
char32_t decode(std::string_view text, std::size_t pos, std::size_t& length);

}  // namespace lore::utf8
