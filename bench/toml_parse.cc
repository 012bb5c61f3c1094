// toml_parse FILE: toml++'s own parse of one file and nothing more, the baseline of
// issue 10's cold-load target (built with -DLORE_BUILD_BENCH=ON; run by bench/scale).
#include <toml++/toml.h>
#include <cstdio>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fputs("usage: toml_parse FILE\n", stderr);
    return 2;
  }
  try {
    const toml::table root = toml::parse_file(argv[1]);
    std::printf("%zu top-level keys\n", root.size());
    return 0;
  } catch (const toml::parse_error& error) {
    std::fprintf(stderr, "toml_parse: %s\n", error.what());
    return 1;
  }
}
