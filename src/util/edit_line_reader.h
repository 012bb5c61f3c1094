#pragma once

#include <locale.h>
#include <cstdio>
#include <optional>
#include <string>

#include "util/line_reader.h"

struct editline;
struct history;

namespace lore {

/// Reads lines typed at a terminal through libedit: the cursor keys, Ctrl-A and Ctrl-E,
/// Ctrl-U (kill to the start), Ctrl-W (the word before), backspace over wide characters,
/// and the history of the lines typed in this run. Ctrl-D on an empty line is the end of
/// input; after typed text it ends the line, which is taken as typed. libedit handles
/// no signal: a signal caught by an InterruptGuard ends the read with nothing, the
/// terminal put back as it was. libedit starts only at the first read, so a command
/// that reads nothing pays nothing for it; ~/.editrc is read then.
class EditLineReader : public LineReader {
 public:
  /// Reads `in` (a terminal); draws on `out` unless set_prompt names another stream.
  EditLineReader(std::FILE* in, std::FILE* out, std::FILE* errors);
  ~EditLineReader() override;
  EditLineReader(const EditLineReader&) = delete;
  EditLineReader& operator=(const EditLineReader&) = delete;

  std::optional<std::string> read_line() override;
  bool shows_prompt() const override { return true; }
  void set_prompt(std::string prompt, Output& shown_on) override;

 private:
  bool start();
  static char* prompt_of(editline* editor);
  static int read_char(editline* editor, wchar_t* out);
  static unsigned char end_or_accept(editline* editor, int key);

  std::FILE* in_;
  std::FILE* out_;
  std::FILE* errors_;
  std::string prompt_;
  editline* editor_ = nullptr;
  struct history* history_ = nullptr;
  locale_t locale_ = nullptr;  ///< A UTF-8 LC_CTYPE, used while libedit reads.
  bool failed_ = false;        ///< libedit would not start: read plainly.
  std::optional<StreamLineReader> plain_;
};

}  // namespace lore
