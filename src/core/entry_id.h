#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lore {

/// The words of `text` folded to ASCII (accents and punctuation dropped) and joined by
/// hyphens, at most `max_words` of them and about `max_length` characters: a readable
/// kebab-case id. "It’s a Café!" gives "its-a-cafe". Empty when no word has an ASCII
/// letter or digit.
std::string kebab_words(std::string_view text, std::size_t max_words = SIZE_MAX,
                        std::size_t max_length = SIZE_MAX);

/// `base`, or `base` with "-2", "-3", ... after it, whichever `taken` does not hold.
std::string unique_id(const std::string& base, const std::vector<std::string_view>& taken);

}  // namespace lore
