#include "cli/exit_status.h"

#include <gtest/gtest.h>

#include <string>

namespace lore::cli {
namespace {

TEST(ExitStatusFor, EachErrorKind) {
  EXPECT_EQ(exit_status_for(ErrorKind::no_match), 1);
  EXPECT_EQ(exit_status_for(ErrorKind::unknown_id), 1);
  EXPECT_EQ(exit_status_for(ErrorKind::below_pass), 1);
  EXPECT_EQ(exit_status_for(ErrorKind::usage), 2);
  EXPECT_EQ(exit_status_for(ErrorKind::invalid_data), 65);
  EXPECT_EQ(exit_status_for(ErrorKind::unreadable_input), 66);
  EXPECT_EQ(exit_status_for(ErrorKind::output_failure), 74);
}

TEST(ExitStatus, ConstantsAreTheSysexitsValues) {
  EXPECT_EQ(kExitOk, 0);
  EXPECT_EQ(kExitNoMatch, 1);
  EXPECT_EQ(kExitUsage, 2);
  EXPECT_EQ(kExitDataError, 65);  // EX_DATAERR
  EXPECT_EQ(kExitNoInput, 66);    // EX_NOINPUT
  EXPECT_EQ(kExitIoError, 74);    // EX_IOERR
}

TEST(ReportError, WritesDiagnosticsThenTheMessage) {
  StringOutput messages;
  const Error error{
      ErrorKind::invalid_data,
      "",
      {{"a.toml", 3, 7, Severity::error, "field 'text' of quote 'q' is empty"},
       {"a.toml", 9, 1, Severity::warning, "scene 'b' has the same order (1) as scene 'a'"}}};
  EXPECT_EQ(report_error(error, messages), 65);
  EXPECT_EQ(messages.text(),
            "a.toml:3:7: error: field 'text' of quote 'q' is empty\n"
            "a.toml:9:1: warning: scene 'b' has the same order (1) as scene 'a'\n");
}

TEST(ReportError, EveryLineOfTheMessageIsPrefixed) {
  StringOutput messages;
  const Error error{ErrorKind::unknown_id, "unknown id 'a'\nunknown id 'b'", {}};
  EXPECT_EQ(report_error(error, messages), 1);
  const std::string& text = messages.text();
  EXPECT_EQ(text.rfind("lore: ", 0), 0U) << text;
  EXPECT_NE(text.find("\nlore: "), std::string::npos) << text;
  EXPECT_NE(text.find("unknown id 'a'\n"), std::string::npos) << text;
  EXPECT_NE(text.find("unknown id 'b'\n"), std::string::npos) << text;
  EXPECT_EQ(text.find("--help"), std::string::npos) << text;
}

TEST(ReportError, TheMessageComesAfterTheProgramName) {
  // exit_status.h: "its diagnostics, then "lore: MESSAGE"".
  StringOutput messages;
  report_error({ErrorKind::no_match, "no entries match: tag 'x'", {}}, messages);
  EXPECT_EQ(messages.text(), "lore: no entries match: tag 'x'\n");
}

TEST(ReportError, ControlCharactersInTheMessageAreEscaped) {
  StringOutput messages;
  report_error({ErrorKind::unknown_id, "unknown id 'a\x1b[2Jb'", {}}, messages);
  EXPECT_EQ(messages.text(), "lore: unknown id 'a\\x1b[2Jb'\n");
}

TEST(ReportError, AUsageErrorPointsAtHelp) {
  StringOutput messages;
  EXPECT_EQ(report_error({ErrorKind::usage, "--short and --long exclude each other", {}}, messages),
            2);
  EXPECT_NE(messages.text().find("--short and --long exclude each other\n"), std::string::npos);
  EXPECT_NE(messages.text().find("lore --help"), std::string::npos) << messages.text();
}

TEST(ReportError, AUsageErrorPointsAtItsCommandsHelp) {
  StringOutput messages;
  report_error({ErrorKind::usage, "--count: N must be 1 or more, not 0", {}}, messages,
               "lore quote");
  EXPECT_EQ(messages.text(),
            "lore: --count: N must be 1 or more, not 0\nTry 'lore quote --help' for more.\n");
}

TEST(ReportError, DataErrorsNeverPointAtHelp) {
  StringOutput messages;
  report_error({ErrorKind::usage,
                "not added to mine.toml",
                {{"new entry", 0, 0, Severity::error, "missing required field 'text'"}}},
               messages, "lore add");
  report_error({ErrorKind::no_match, "no entries match: tag 'x'", {}}, messages, "lore list");
  report_error({ErrorKind::invalid_data, "", {{"a.toml", 1, 1, Severity::error, "bad"}}}, messages);
  EXPECT_EQ(messages.text().find("--help"), std::string::npos) << messages.text();
}

TEST(ReportError, AnOutputFailure) {
  StringOutput messages;
  EXPECT_EQ(
      report_error({ErrorKind::output_failure, "cannot write to standard output: x", {}}, messages),
      74);
  EXPECT_NE(messages.text().find("cannot write to standard output"), std::string::npos);
}

}  // namespace
}  // namespace lore::cli
