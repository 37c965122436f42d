// The command-line driver: compile .c files, then link everything with our
// linker unless -c. The lab calls cc_main through `forklab cc`.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>

#include <sys/stat.h>

#include "cc/compiler.h"
#include "cc/link.h"

namespace forklab::cc {
namespace {

bool read_host_file(const std::string& path, std::string& out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return false;
  std::ostringstream ss;
  ss << f.rdbuf();
  out = ss.str();
  return true;
}

bool write_host_file(const std::string& path, const std::vector<u8>& data) {
  std::ofstream f(path, std::ios::binary);
  if (!f) return false;
  f.write(reinterpret_cast<const char*>(data.data()), std::streamsize(data.size()));
  return bool(f);
}

bool ends_with(const std::string& s, const char* suffix) {
  std::string x(suffix);
  return s.size() >= x.size() && s.compare(s.size() - x.size(), x.size(), x) == 0;
}

std::string base_name_without_ext(const std::string& path) {
  size_t slash = path.rfind('/');
  std::string b = slash == std::string::npos ? path : path.substr(slash + 1);
  size_t dot = b.rfind('.');
  return dot == std::string::npos ? b : b.substr(0, dot);
}

int usage() {
  fprintf(stderr,
          "usage: forklab-cc FILE.c|FILE.o|LIB.a... [-c] [-E] [-o OUT] [-I DIR] [-isystem DIR]\n"
          "                  [-D NAME[=VALUE]] [-U NAME] [-g0]\n");
  return 1;
}

}  // namespace

int cc_main(int argc, char** argv) { return cc_main(argc, argv, DriverEnv{}); }

int cc_main(int argc, char** argv, const DriverEnv& env) {
  ReadFileFn read_file = env.read_file ? env.read_file : ReadFileFn(read_host_file);
  auto write_file = [&](const std::string& path, const std::vector<u8>& data, bool executable) {
    if (env.write_file) return env.write_file(path, data, executable);
    if (!write_host_file(path, data)) return false;
    if (executable) chmod(path.c_str(), 0755);  // an executable, as ld makes it
    return true;
  };
  auto report = [&](const std::string& text) {
    if (env.diagnostics) *env.diagnostics += text;
    else fputs(text.c_str(), stderr);
  };
  CompileOptions opts;
  opts.read_file = read_file;
  opts.system_dirs = env.system_include_dirs;
  bool nostdlib = false;
  std::vector<std::string> inputs;
  std::string output;
  bool compile_only = false, preprocess = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&](const std::string& flag) -> std::string {
      if (a.size() > flag.size()) return a.substr(flag.size());
      if (i + 1 < argc) return argv[++i];
      report("forklab-cc: error: missing argument to '" + flag + "'\n");
      return std::string("\x01");
    };
    if (a == "-c") compile_only = true;
    else if (a == "-E") preprocess = true;
    else if (a == "-g0") opts.debug_info = false;
    else if (a == "-nostdlib") nostdlib = true;
    else if (a == "-g" || a == "-O0" || a == "-O1" || a == "-O2" || a == "-w" || a == "-static") continue;
    else if (a.compare(0, 2, "-o") == 0) {
      output = value("-o");
      if (output == "\x01") return 1;
    } else if (a.compare(0, 2, "-I") == 0) {
      std::string d = value("-I");
      if (d == "\x01") return 1;
      opts.include_dirs.push_back(d);
    } else if (a == "-isystem") {
      std::string d = value("-isystem");
      if (d == "\x01") return 1;
      opts.system_dirs.push_back(d);
    } else if (a.compare(0, 2, "-D") == 0) {
      std::string d = value("-D");
      if (d == "\x01") return 1;
      size_t eq = d.find('=');
      if (eq == std::string::npos) opts.defines.push_back({d, "1"});
      else opts.defines.push_back({d.substr(0, eq), d.substr(eq + 1)});
    } else if (a.compare(0, 2, "-U") == 0) {
      std::string d = value("-U");
      if (d == "\x01") return 1;
      opts.undefines.push_back(d);
    } else if (a == "-h" || a == "--help") {
      usage();
      return 0;
    } else if (!a.empty() && a[0] == '-' && a != "-") {
      report("forklab-cc: error: unknown argument: '" + a + "'\n");
      return 1;
    } else {
      inputs.push_back(a);
    }
  }
  if (inputs.empty()) {
    report("forklab-cc: error: no input files\n");
    return 1;
  }
  size_t n_sources = 0;
  for (const std::string& in : inputs) n_sources += ends_with(in, ".c");
  if ((compile_only || preprocess) && !output.empty() && n_sources > 1) {
    report("forklab-cc: error: cannot specify -o with -c or -E with multiple files\n");
    return 1;
  }
  std::vector<LinkInput> link_inputs;
  bool failed = false;
  bool linking = !compile_only && !preprocess;
  std::vector<std::string> all_inputs;
  if (linking && !nostdlib) all_inputs = env.start_files;
  all_inputs.insert(all_inputs.end(), inputs.begin(), inputs.end());
  if (linking && !nostdlib) all_inputs.insert(all_inputs.end(), env.libraries.begin(), env.libraries.end());
  for (const std::string& in : all_inputs) {
    std::string text;
    if (!read_file(in, text)) {
      report("forklab-cc: error: no such file or directory: '" + in + "'\n");
      failed = true;
      continue;
    }
    if (!ends_with(in, ".c")) {
      if (compile_only || preprocess) continue;
      link_inputs.push_back({in, std::vector<u8>(text.begin(), text.end())});
      continue;
    }
    if (preprocess) {
      std::string out;
      CompileResult r = preprocess_only(in, text, opts, &out);
      report(r.diagnostics_text);
      if (!r.ok) {
        failed = true;
        continue;
      }
      if (output.empty()) fputs(out.c_str(), stdout);
      else if (!write_file(output, std::vector<u8>(out.begin(), out.end()), false)) failed = true;
      continue;
    }
    CompileResult r = compile_c(in, text, opts);
    report(r.diagnostics_text);
    if (!r.ok) {
      failed = true;
      continue;
    }
    if (compile_only) {
      std::string out = output.empty() ? base_name_without_ext(in) + ".o" : output;
      if (!write_file(out, r.object, false)) {
        report("forklab-cc: error: cannot write '" + out + "'\n");
        failed = true;
      }
      continue;
    }
    link_inputs.push_back({base_name_without_ext(in) + ".o", std::move(r.object)});
  }
  if (failed) return 1;
  if (compile_only || preprocess) return 0;
  auto exe = link_executable(link_inputs, LinkOptions{});
  if (!exe) {
    std::string msg = exe.error().message;
    size_t start = 0;
    while (start <= msg.size()) {
      size_t nl = msg.find('\n', start);
      std::string line = msg.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
      report("forklab-ld: error: " + line + "\n");
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
    return 1;
  }
  if (output.empty()) output = "a.out";
  if (!write_file(output, *exe, true)) {
    report("forklab-cc: error: cannot write '" + output + "'\n");
    return 1;
  }
  return 0;
}

}  // namespace forklab::cc
