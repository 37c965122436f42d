// A stand-in for libFuzzer's driver, so the fuzz targets also build with
// g++ and run in the tests at a fixed budget:
//   fuzz_X [-runs=N] [-seed=S] FILE|DIR...
// runs every file (a corpus, crash regressions), then N inputs made by
// mutating them with a seeded generator. The same arguments give the same
// inputs. Long runs use the libFuzzer build (bench/fuzz.sh).
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, unsigned long size);

namespace {

std::vector<unsigned char> read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void mutate(std::vector<unsigned char>& d, std::mt19937& rng) {
  int edits = 1 + int(rng() % 8);
  for (int e = 0; e < edits; ++e) {
    switch (rng() % 5) {
      case 0: if (!d.empty()) d[rng() % d.size()] ^= static_cast<unsigned char>(1u << (rng() % 8)); break;
      case 1: if (!d.empty()) d[rng() % d.size()] = static_cast<unsigned char>(rng()); break;
      case 2: d.insert(d.begin() + long(d.empty() ? 0 : rng() % d.size()), static_cast<unsigned char>(rng())); break;
      case 3: if (!d.empty()) d.erase(d.begin() + long(rng() % d.size())); break;
      default:  // duplicate a slice
        if (d.size() > 2 && d.size() < 65536) {
          size_t a = rng() % d.size(), n = 1 + rng() % std::min<size_t>(64, d.size() - a);
          std::vector<unsigned char> slice(d.begin() + long(a), d.begin() + long(a + n));
          d.insert(d.begin() + long(rng() % d.size()), slice.begin(), slice.end());
        }
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  long runs = 0;
  unsigned seed = 1;
  std::vector<std::vector<unsigned char>> inputs;
  for (int i = 1; i < argc; ++i) {
    if (std::strncmp(argv[i], "-runs=", 6) == 0) { runs = std::atol(argv[i] + 6); continue; }
    if (std::strncmp(argv[i], "-seed=", 6) == 0) { seed = unsigned(std::atol(argv[i] + 6)); continue; }
    if (argv[i][0] == '-') continue;  // other libFuzzer flags
    std::filesystem::path p(argv[i]);
    if (std::filesystem::is_directory(p)) {
      std::vector<std::filesystem::path> files;
      for (const auto& e : std::filesystem::directory_iterator(p)) files.push_back(e.path());
      std::sort(files.begin(), files.end());  // a fixed order
      for (const auto& f : files) inputs.push_back(read(f));
    } else {
      inputs.push_back(read(p));
    }
  }
  for (const auto& in : inputs) LLVMFuzzerTestOneInput(in.data(), in.size());
  std::mt19937 rng(seed);
  for (long r = 0; r < runs; ++r) {
    std::vector<unsigned char> d = inputs.empty() ? std::vector<unsigned char>() : inputs[rng() % inputs.size()];
    mutate(d, rng);
    LLVMFuzzerTestOneInput(d.data(), d.size());
  }
  std::printf("%zu corpus inputs and %ld mutations ran clean\n", inputs.size(), runs);
  return 0;
}
