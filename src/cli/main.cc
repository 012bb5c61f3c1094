#include <cstdio>

#include "cli/app.h"
#include "util/file_reader.h"
#include "util/line_reader.h"
#include "util/output.h"

int main(int argc, char** argv) {
  lore::StreamOutput out(stdout);
  lore::StreamOutput messages(stderr);
  const lore::DiskFileReader files;
  const lore::Environment environment = lore::cli::read_environment();
  lore::StreamLineReader input(stdin);
  lore::Context context{out, messages, files, environment, &input};
  return lore::cli::run_app(argc, argv, context);
}
