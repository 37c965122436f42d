// forklab: the command-line lab (SPEC §8), a drop-in harness for graders.
//
//   forklab run PROG.elf [args...]   boot, run PROG as init's first child
//
// Exit status: the guest's; 128+N if a signal N killed it; 124 when
// --max-insns or --timeout-virtual stopped it; 125 for ForkLab's own errors.
#include <cerrno>
#include <filesystem>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <chrono>

#include "app/lesson_check.h"
#include "app/program_builder.h"
#include "base/version.h"
#include "kernel/event.h"
#include "lab/session.h"
#include "machine/elf.h"

namespace {

using namespace forklab;

constexpr int kExitTimeout = 124;
constexpr int kExitForkLabError = 125;

const char* kUsage =
    "usage: forklab COMMAND [options] ...\n"
    "\n"
    "commands:\n"
    "  run PROG.elf [args...]          boot, run PROG as a child of init\n"
    "                                  (PROG.c and cc come with the compiler work)\n"
    "  lesson check LESSON.md [opts]   run a lesson's steps and checks headless\n"
    "  sh -c 'CMDLINE'                 run a shell command line in the VM\n"
    "  sh                              an interactive shell on this terminal\n"
    "\n"
    "options:\n"
    "  --seed N                scheduler seed (default 1)\n"
    "  --sched POLICY          rr | random | child-first | parent-first (default rr)\n"
    "  --mem MIB               guest memory (default 64, at most 1024)\n"
    "  --nproc N               process table size (default 64, at most 4096)\n"
    "  --no-cow                fork copies every page at once\n"
    "  --trace FILE            every kernel event as JSON lines (schema: docs/trace.md)\n"
    "  --summary FILE          one JSON object with counts at the end\n"
    "  --max-insns N           stop after N guest instructions (exit 124)\n"
    "  --timeout-virtual S     stop after S seconds of virtual time (exit 124)\n"
    "  --files DIR             copy DIR's files into /home/student, the working directory\n"
    "  --version, --help\n"
    "\n"
    "limits (host memory stays bounded whatever the guest does):\n"
    "  guest memory    --mem, default 64 MiB\n"
    "  ramfs quota     16 MiB\n"
    "  event ring      1048576 events (64 MiB)\n"
    "  process table   --nproc, default 64\n"
    "  instructions    --max-insns, default 10000000000\n";

struct CliOptions {
  lab::SessionConfig session;
  std::string trace_path;
  std::string summary_path;
  std::string files_dir;
  u64 max_insns = 10'000'000'000ull;
  u64 timeout_virtual_ns = 0;
  bool real_time = false;  // the interactive shell: virtual time never runs ahead of the host's
  std::vector<std::string> args;  // the command and its arguments
};

bool parse_u64(const char* text, u64* out) {
  if (!text || !*text) return false;
  char* end = nullptr;
  errno = 0;
  unsigned long long v = std::strtoull(text, &end, 10);
  if (errno || *end || text[0] == '-') return false;
  *out = v;
  return true;
}

int usage_error(const std::string& message) {
  std::fprintf(stderr, "forklab: %s\n(forklab --help lists the options)\n", message.c_str());
  return kExitForkLabError;
}

// Parses options up to the first non-option (the program); everything after
// it belongs to the guest. Returns 0 or an exit status.
int parse_options(int argc, char** argv, int first, CliOptions& o) {
  kernel::KernelConfig& k = o.session.kernel;
  int i = first;
  for (; i < argc && argv[i][0] == '-' && argv[i][1] == '-'; ++i) {
    std::string opt = argv[i];
    const char* value = i + 1 < argc ? argv[i + 1] : nullptr;
    u64 n = 0;
    auto number = [&](u64 lo, u64 hi) {
      if (!parse_u64(value, &n) || n < lo || n > hi) return false;
      ++i;
      return true;
    };
    if (opt == "--no-cow") {
      k.cow = false;
    } else if (opt == "--seed") {
      if (!number(0, ~0ull)) return usage_error("--seed needs a number");
      k.seed = n;
    } else if (opt == "--sched") {
      if (!value || !kernel::parse_sched_policy(value, &k.policy) ||
          k.policy == kernel::SchedPolicy::manual) {
        return usage_error("--sched takes rr, random, child-first or parent-first");
      }
      ++i;
    } else if (opt == "--mem") {
      if (!number(1, 1024)) return usage_error("--mem takes 1 to 1024 (MiB)");
      k.memory_bytes = u32(n) << 20;
    } else if (opt == "--nproc") {
      if (!number(1, kernel::kMaxProcessesLimit)) return usage_error("--nproc takes 1 to 4096");
      k.max_processes = u32(n);
    } else if (opt == "--max-insns") {
      if (!number(1, ~0ull)) return usage_error("--max-insns needs a positive number");
      o.max_insns = n;
    } else if (opt == "--timeout-virtual") {
      if (!number(1, 1'000'000)) return usage_error("--timeout-virtual takes seconds");
      o.timeout_virtual_ns = n * 1'000'000'000ull;
    } else if (opt == "--trace" || opt == "--summary" || opt == "--files") {
      if (!value) return usage_error(opt + " needs a file name");
      (opt == "--trace" ? o.trace_path : opt == "--summary" ? o.summary_path : o.files_dir) = value;
      ++i;
    } else {
      return usage_error("unknown option " + opt);
    }
  }
  for (; i < argc; ++i) o.args.push_back(argv[i]);
  return 0;
}

bool read_host_file(const std::string& path, std::vector<u8>* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

std::string summary_json(const kernel::Kernel& k, int status) {
  std::string out = "{\"v\":1,\"exit_status\":" + std::to_string(status) + ",\"events\":{";
  for (usize i = 0; i < kernel::kEventKindCount; ++i) {
    auto kind = kernel::EventKind(i);
    if (i) out += ',';
    out += '"' + std::string(kernel::event_kind_name(kind)) + "\":" +
           std::to_string(k.events.count_of(kind));
  }
  out += "},\"processes_created\":" +
         std::to_string(k.events.count_of(kernel::EventKind::fork) + 1);
  out += ",\"cow_copies\":" + std::to_string(k.events.count_of(kernel::EventKind::cow_copy));
  out += ",\"instructions\":" + std::to_string(k.m.hart.instret);
  out += ",\"virtual_time_ns\":" + std::to_string(kernel::now_ns(k)) + "}\n";
  return out;
}

// Copies a host folder into /home/student (SPEC §8 --files).
Status copy_files(lab::Session& session, const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return make_error("--files: " + dir + " is not a folder");
  for (fs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    std::vector<u8> bytes;
    if (!read_host_file(it->path().string(), &bytes)) return make_error("cannot read " + it->path().string());
    bool exec = (it->status(ec).permissions() & fs::perms::owner_exec) != fs::perms::none;
    std::string rel = fs::relative(it->path(), dir, ec).generic_string();
    FL_CHECK(session.add_file("/home/student/" + rel, bytes, exec ? 0755 : 0644));
  }
  if (ec) return make_error("--files: " + ec.message());
  return {};
}

// The host terminal while a guest reads it. Keys go to the guest's line
// discipline one by one (kernel/tty.h): the host neither echoes nor edits
// lines nor turns ^C into a signal for forklab itself. Output processing
// stays on, so the guest's "\n" still starts a new line.
class HostTerminal {
 public:
  void enter() {
    if (tcgetattr(0, &saved_) != 0) return;
    termios raw = saved_;
    raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN);
    raw.c_iflag &= ~tcflag_t(ICRNL | INLCR | IGNCR | IXON);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    if (tcsetattr(0, TCSANOW, &raw) != 0) return;
    active_ = this;
    for (int sig : {SIGTERM, SIGHUP, SIGQUIT}) ::signal(sig, restore_and_die);
  }
  ~HostTerminal() {
    if (active_ == this) tcsetattr(0, TCSANOW, &saved_);
    active_ = nullptr;
  }

 private:
  static void restore_and_die(int sig) {
    if (active_) tcsetattr(0, TCSANOW, &active_->saved_);
    _exit(128 + sig);
  }
  static inline HostTerminal* active_ = nullptr;
  termios saved_{};
};

// Hands what was typed on the host terminal to the guest, waiting up to
// timeout_ms (-1: for ever) for the first byte. At the end of the host's
// input the guest's reads see end of file.
void pump_typed_input(lab::Session& session, int timeout_ms) {
  kernel::Kernel& k = session.kernel();
  if (k.console_input_closed) return;
  pollfd pfd{0, POLLIN, 0};
  if (poll(&pfd, 1, timeout_ms) <= 0) return;
  char buf[512];
  ssize_t n = read(0, buf, sizeof buf);
  if (n > 0) {
    session.type(std::string_view(buf, usize(n)));
  } else if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
    k.console_input_closed = true;
    kernel::wake_all(k, kernel::WaitChannel{kernel::WaitKind::tty_read, 0});
  }
}

// A crash report (issue 14): one line on stderr when a guest process dies of
// a fault or abort, with what it did and where.
void report_crash(const kernel::Kernel& k, const kernel::Event& e) {
  if (e.kind != kernel::EventKind::signal_delivered || e.f[1] > 1) return;  // 0, 1: terminated
  const char* name = nullptr;
  switch (e.f[0]) {
    case 4: name = "SIGILL (illegal instruction)"; break;
    case 6: name = "SIGABRT (abort)"; break;
    case 7: name = "SIGBUS (misaligned access)"; break;
    case 8: name = "SIGFPE (arithmetic exception)"; break;
    case 11: name = "SIGSEGV (segmentation fault)"; break;
    default: return;
  }
  const kernel::Process* p = kernel::find_process(k, e.pid);
  std::string who = "pid " + std::to_string(e.pid) + (p ? " (" + p->name + ")" : "");
  std::fprintf(stderr, "forklab: %s killed by %s", who.c_str(), name);
  if (e.f[0] != 6) {
    const char* access[] = {"read", "write", "instruction fetch"};
    std::fprintf(stderr, ": %s at address 0x%08x", access[e.f[4] < 3 ? e.f[4] : 0], e.f[3]);
  }
  std::fputc('\n', stderr);
}

// Boots a session, runs `command` as init's first child until it exits,
// and returns the exit status the CLI reports.
int run_command(CliOptions& o, lab::Session& session, const std::vector<std::string>& command) {
  kernel::Kernel& k = session.kernel();
  if (!o.files_dir.empty()) {
    if (Status copied = copy_files(session, o.files_dir); !copied.ok()) return usage_error(copied.error().message);
  }
  std::FILE* trace = nullptr;
  if (!o.trace_path.empty()) {
    trace = std::fopen(o.trace_path.c_str(), "w");
    if (!trace) return usage_error("cannot write " + o.trace_path);
    std::fprintf(trace, "%s\n", kernel::trace_header_json().c_str());
  }
  k.on_event = [&k, trace](const kernel::Event& e) {
    if (trace) std::fprintf(trace, "%s\n", kernel::event_to_json(k.events, e).c_str());
    report_crash(k, e);
  };
  k.on_output = [](i32, int fd, std::string_view bytes) {
    std::fwrite(bytes.data(), 1, bytes.size(), fd == 2 ? stderr : stdout);
    std::fflush(fd == 2 ? stderr : stdout);
  };
  for (int fd = 0; fd < 3; ++fd) k.console_is_tty[usize(fd)] = isatty(fd);
  // Input: a terminal is read key by key, between slices of the run and
  // whenever the guest waits for it; a file or pipe is read whole, then
  // end of file.
  bool interactive = isatty(0);
  HostTerminal host_terminal;
  if (interactive) {
    host_terminal.enter();
    winsize size{};
    if (ioctl(0, TIOCGWINSZ, &size) == 0 && size.ws_row && size.ws_col) {
      k.tty.winsize = abi_winsize{size.ws_row, size.ws_col, 0, 0};
    }
  } else {
    char buf[4096];
    for (usize n; (n = std::fread(buf, 1, sizeof buf, stdin)) > 0;) k.console_input.append(buf, n);
    k.console_input_closed = true;
  }
  if (Status started = session.start(command); !started.ok()) return usage_error(started.error().message);

  int status = kExitForkLabError;
  u64 start = k.m.hart.instret;
  k.time_limit_ns = o.timeout_virtual_ns;
  // The interactive shell runs in real time: `sleep 100` takes 100 s, so
  // there is something for ^C and ^Z to interrupt.
  auto host_start = std::chrono::steady_clock::now();
  u64 virtual_start = kernel::now_ns(k);
  auto pace = [&] {
    if (!o.real_time) return;
    auto real = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - host_start);
    u64 limit = virtual_start + u64(real.count());
    k.time_limit_ns = o.timeout_virtual_ns ? std::min(limit, o.timeout_virtual_ns) : limit;
  };
  auto wait_for_user = [&](int timeout_ms) {
    if (trace) std::fflush(trace);  // a test driving the terminal may watch the trace
    pump_typed_input(session, timeout_ms);
  };
  for (;;) {
    u64 used = k.m.hart.instret - start;
    if (used >= o.max_insns || (o.timeout_virtual_ns && kernel::now_ns(k) >= o.timeout_virtual_ns)) {
      std::fprintf(stderr, "forklab: stopped after %llu instructions (%s)\n",
                   static_cast<unsigned long long>(used),
                   used >= o.max_insns ? "--max-insns" : "--timeout-virtual");
      status = kExitTimeout;
      break;
    }
    if (interactive) pump_typed_input(session, 0);
    pace();
    kernel::RunStop stop = session.run(std::min<u64>(o.max_insns - used, 1'000'000));
    if (stop == kernel::RunStop::time_limit) {
      bool paced = !o.timeout_virtual_ns || kernel::now_ns(k) < o.timeout_virtual_ns;
      if (o.real_time && paced) wait_for_user(10);  // ahead of the host's clock: idle a little
      continue;  // a --timeout-virtual stop is reported at the top of the loop
    }
    if (stop == kernel::RunStop::input_wait) {
      wait_for_user(-1);
      continue;
    }
    if (stop == kernel::RunStop::top_exited) {
      status = lab::shell_status(u32(session.exit_status()));
      break;
    }
    if (stop == kernel::RunStop::deadlock || stop == kernel::RunStop::all_exited) {
      std::fprintf(stderr, "forklab: %s\n", stop == kernel::RunStop::deadlock
                                                 ? "every process is asleep and nothing can wake one"
                                                 : "no process is left");
      status = kExitTimeout;
      break;
    }
  }
  std::fflush(stdout);
  if (trace) std::fclose(trace);
  kernel::run_invariant_checker(k);
  for (const std::string& line : k.invariant_violations) {
    std::fprintf(stderr, "forklab: kernel invariant violated (a ForkLab bug): %s\n", line.c_str());
  }
  if (!o.summary_path.empty()) {
    std::FILE* f = std::fopen(o.summary_path.c_str(), "w");
    if (!f) return usage_error("cannot write " + o.summary_path);
    std::fputs(summary_json(k, status).c_str(), f);
    std::fclose(f);
  }
  return status;
}

int command_run(CliOptions& o) {
  if (o.args.empty()) return usage_error("run needs a program");
  const std::string& program = o.args[0];
  if (program.size() > 2 && program.compare(program.size() - 2, 2, ".c") == 0) {
    return usage_error("cannot compile " + program + ": the C compiler is not part of this build yet");
  }
  std::vector<u8> elf;
  if (!read_host_file(program, &elf)) return usage_error("cannot read " + program);
  if (Result<machine::ElfImage> image = machine::parse_elf(elf); !image.ok()) {
    return usage_error(program + " is not an RV32 executable: " + image.error().message);
  }
  lab::Session session(o.session);
  std::string guest_path = "/home/student/" + program.substr(program.find_last_of('/') + 1);
  if (Status added = session.add_file(guest_path, elf, 0755); !added.ok()) {
    return usage_error(added.error().message);
  }
  std::vector<std::string> command = o.args;
  command[0] = guest_path;
  return run_command(o, session, command);
}

int command_sh(CliOptions& o) {
  std::vector<std::string> command = {"/bin/sh"};
  if (!o.args.empty()) {
    if (o.args[0] != "-c" || o.args.size() < 2) return usage_error("use: forklab sh [-c 'CMDLINE']");
    command.insert(command.end(), o.args.begin(), o.args.end());
  }
  o.real_time = o.args.empty() && isatty(0);
  lab::Session session(o.session);
  return run_command(o, session, command);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs(kUsage, stderr);
    return kExitForkLabError;
  }
  std::string command = argv[1];
  if (command == "--version") {
    std::printf("forklab %s (%s)\n", version_string(), build_kind());
    return 0;
  }
  if (command == "--help" || command == "-h") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (command == "lesson") {
    return app::lesson_main(std::vector<std::string>(argv + 2, argv + argc), app::guest_program_builder());
  }
  CliOptions options;
  if (int rc = parse_options(argc, argv, 2, options)) return rc;
  if (command == "run") return command_run(options);
  if (command == "sh") return command_sh(options);
  return usage_error("unknown command '" + command + "'");
}
