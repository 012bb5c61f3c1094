#include "util/edit_line_reader.h"

#include <histedit.h>
#include <langinfo.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <cwchar>

#include "util/interrupt.h"

namespace lore {

namespace {

/// An LC_CTYPE that reads UTF-8, for libedit's character widths and conversions: the
/// user's own when it is UTF-8, else C.UTF-8 (lore's text is UTF-8 whatever the locale).
locale_t utf8_locale() {
  locale_t locale = ::newlocale(LC_CTYPE_MASK, "", static_cast<locale_t>(nullptr));
  if (locale != nullptr && std::strcmp(::nl_langinfo_l(CODESET, locale), "UTF-8") == 0) {
    return locale;
  }
  if (locale != nullptr) ::freelocale(locale);
  return ::newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(nullptr));
}

EditLineReader* reader_of(EditLine* editor) {
  void* data = nullptr;
  ::el_get(editor, EL_CLIENTDATA, &data);
  return static_cast<EditLineReader*>(data);
}

}  // namespace

EditLineReader::EditLineReader(std::FILE* in, std::FILE* out, std::FILE* errors)
    : in_(in), out_(out), errors_(errors) {}

EditLineReader::~EditLineReader() {
  if (editor_ != nullptr) ::el_end(editor_);
  if (history_ != nullptr) ::history_end(history_);
  if (locale_ != nullptr) ::freelocale(locale_);
}

void EditLineReader::set_prompt(std::string prompt, Output& shown_on) {
  prompt_ = std::move(prompt);
  if (std::FILE* stream = shown_on.stream(); stream != nullptr && stream != out_) {
    out_ = stream;
    if (editor_ != nullptr) {  // drawn elsewhere now: start again there
      ::el_end(editor_);
      editor_ = nullptr;
    }
  }
}

char* EditLineReader::prompt_of(EditLine* editor) {
  return reader_of(editor)->prompt_.data();
}

int EditLineReader::read_char(EditLine* editor, wchar_t* out) {
  // libedit's own reader retries a read that a signal interrupted; this one ends the
  // line instead (0, as at the end of input), and the quiz asks which signal it was.
  const int fd = ::fileno(reader_of(editor)->in_);
  char bytes[MB_LEN_MAX];
  std::size_t count = 0;
  for (;;) {
    if (!wait_readable(fd)) {
      *out = L'\0';
      return 0;
    }
    char byte = 0;
    const ssize_t got = ::read(fd, &byte, 1);
    if (got < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (got <= 0) {
      *out = L'\0';
      return got == 0 ? 0 : -1;
    }
    bytes[count++] = byte;
    std::mbstate_t state{};
    const std::size_t used = std::mbrtowc(out, bytes, count, &state);
    if (used == static_cast<std::size_t>(-2) && count < sizeof bytes) continue;  // more to come
    if (used == static_cast<std::size_t>(-1) || used == static_cast<std::size_t>(-2)) {
      count = 0;  // not UTF-8: dropped
      continue;
    }
    return 1;
  }
}

unsigned char EditLineReader::end_or_accept(EditLine* editor, int /*key*/) {
  const LineInfo* line = ::el_line(editor);
  if (line->buffer == line->lastchar) return CC_EOF;  // nothing typed: the end of input
  if (line->cursor < line->lastchar) {                // within the text: delete, as emacs
    ::el_cursor(editor, 1);
    ::el_deletestr(editor, 1);
    return CC_REFRESH;
  }
  ::el_push(editor, "\n");  // after the text: the line is done, as with Enter
  return CC_NORM;
}

bool EditLineReader::start() {
  if (locale_ == nullptr) locale_ = utf8_locale();
  editor_ = ::el_init("lore", in_, out_, errors_);
  if (editor_ == nullptr) return false;
  if (history_ == nullptr) {
    history_ = ::history_init();
    HistEvent event;
    if (history_ != nullptr) ::history(history_, &event, H_SETSIZE, 200);
  }
  if (history_ != nullptr) ::el_set(editor_, EL_HIST, history, history_);
  ::el_set(editor_, EL_CLIENTDATA, this);
  ::el_set(editor_, EL_EDITOR, "emacs");
  ::el_set(editor_, EL_PROMPT, &EditLineReader::prompt_of);
  ::el_set(editor_, EL_GETCFN, &EditLineReader::read_char);
  // The wide call: el_set copies the name and help into strings el_end never frees,
  // while el_wset keeps these static ones as they are.
  ::el_wset(editor_, EL_ADDFN, L"lore-end-or-accept",
            L"End of input on an empty line, else end the line", &EditLineReader::end_or_accept);
  ::el_set(editor_, EL_BIND, "^D", "lore-end-or-accept", nullptr);
  ::el_set(editor_, EL_BIND, "^W", "ed-delete-prev-word", nullptr);
  ::el_set(editor_, EL_BIND, "^U", "vi-kill-line-prev", nullptr);
  ::el_source(editor_, nullptr);  // ~/.editrc, as every libedit program
  return true;
}

std::optional<std::string> EditLineReader::read_line() {
  if (!failed_ && editor_ == nullptr && !start()) failed_ = true;
  if (failed_) {
    if (!plain_) plain_.emplace(in_);
    std::fputs(prompt_.c_str(), out_);
    std::fflush(out_);
    return plain_->read_line();
  }
  const locale_t previous =
      locale_ != nullptr ? ::uselocale(locale_) : static_cast<locale_t>(nullptr);
  int count = 0;
  const char* typed = ::el_gets(editor_, &count);
  if (previous != nullptr) ::uselocale(previous);
  if (typed == nullptr || count <= 0) return std::nullopt;
  std::string line(typed, static_cast<std::size_t>(count));
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
  if (!line.empty() && history_ != nullptr) {
    HistEvent event;
    ::history(history_, &event, H_ENTER, line.c_str());
  }
  return line;
}

}  // namespace lore
