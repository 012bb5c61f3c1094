#pragma once

#include <vector>

#include "core/catalog.h"
#include "quiz/question.h"

namespace lore {

/// Every question the catalog can ask, in a stable order: its trivia questions, then
/// questions generated from the rest of the data, each checkable against that data
/// alone and asserting nothing it does not say:
/// - finish the line: the first part of a quote shown, the rest asked;
/// - which comes first: two scenes, by their `order`;
/// - who plays whom: the character, from cast trivia whose fact reads "ACTOR plays
///   CHARACTER." (the trivia itself already asks for the actor);
/// - which easter egg: an egg's text with its subject blanked out, the title asked.
std::vector<Question> generate_questions(const Catalog& catalog);

/// Splits a quote into the part shown and the part asked: at a sentence end when
/// there is one before the last, else at the space nearest the middle. Both parts
/// are non-empty and joined by one space give the text back; empty when the quote
/// is a single word.
std::pair<std::string, std::string> split_quote(std::string_view text);

/// "ACTOR plays CHARACTER." or "ACTOR plays CHARACTER, DESCRIPTION." as actor and
/// character; nothing when the fact does not read so.
std::optional<std::pair<std::string, std::string>> parse_cast_fact(std::string_view fact);

}  // namespace lore
