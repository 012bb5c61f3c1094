#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/catalog.h"
#include "quiz/question.h"

namespace lore {

/// Every question the catalog can ask, in a stable order: its trivia questions, then
/// questions generated from the rest of the data, each checkable against that data
/// alone and asserting nothing it does not say:
/// - finish the line: the first part of a quote shown, the rest asked;
/// - which comes first: two scenes of one work with different `order`s (scenes with
///   no `order` are never used, and scenes sharing one are simultaneous), each scene
///   paired with one three orders later; the fact reads "“A” comes before “B”." and
///   states no number;
/// - who plays whom: the character, from cast trivia whose fact reads "ACTOR plays
///   CHARACTER." (the trivia itself already asks for the actor);
/// - which easter egg: an egg's text with its subject blanked out, the title asked.
///
/// Each question's wrong options (`choices`) are fair (is_fair_option): a yes/no
/// question gets the other of yes and no; a which-comes-first question the other
/// scene; a trivia item its authored `choices`, the fair ones. Any other question
/// (and trivia with fewer than two fair authored choices) borrows up to six answers of
/// other questions of the same work, kind and shape (answer_shape): the nearest in
/// value for years and numbers, else of a similar number of words (neither more than
/// twice the other), a question that is no spoiler never borrowing from one. With
/// fewer than two fair options, `no_fair_options` is set and `choices` is empty.
/// Linear in the catalog, but for sorting each group of answers.
std::vector<Question> generate_questions(const Catalog& catalog);

/// Splits a quote into the part shown and the part asked: at a sentence end when
/// there is one before the last, else at the space nearest the middle. Both parts
/// are non-empty and joined by one space give the text back; empty when the quote
/// is a single word.
std::pair<std::string, std::string> split_quote(std::string_view text);

/// The shape of an answer, which borrowed options must share:
/// - yes/no: "yes" or "no" (folded, as the answer matcher compares);
/// - year: four digits; number: any other answer made only of digits;
/// - with numbers: digits and words, as "January 2019" or "96 minutes", its pattern
///   the sequence of numbers (N) and words (w): "wN", "Nw";
/// - name: every word capitalised, but for joining words (of, the, and, de, van...),
///   as "Margaret Qualley", "Queen of the Desert", "Netflix";
/// - words: anything else.
/// A trivia answer shaped as a year or a number borrows across the work's categories;
/// any other borrows within its category only.
struct AnswerShape {
  enum class Kind { yes_no, year, number, with_numbers, name, words };
  Kind kind = Kind::words;
  std::string pattern;    ///< with_numbers: "wN", "Nw", ...
  std::size_t words = 0;  ///< Words in the folded answer.
  double value = 0;       ///< year and number: the value.
};
AnswerShape answer_shape(std::string_view answer);

/// True when `option` may be offered as a wrong option of `question`: not empty, not
/// judged right against its answer or an accepted alternative (the answer matcher's
/// folding, typos forgiven), not holding one of them as whole words ("Micah and Sam"
/// for "Micah"), and not found as whole words in the question's prompt or fact (all
/// folded, a leading article dropped). An option may be a word of an answer: "the Moon"
/// is a fair option beside "Jupiter’s moon IO"; a part that is right must be accepted.
bool is_fair_option(std::string_view option, const Question& question);

/// "ACTOR plays CHARACTER." or "ACTOR plays CHARACTER, DESCRIPTION." as actor and
/// character; nothing when the fact does not read so.
std::optional<std::pair<std::string, std::string>> parse_cast_fact(std::string_view fact);

}  // namespace lore
