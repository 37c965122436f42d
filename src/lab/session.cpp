#include "lab/session.h"

#include "kernel/abi/signal.h"
#include "kernel/file.h"
#include "lab/guest_image.h"

namespace forklab::lab {

using namespace kernel;

namespace {

constexpr i32 kFirstChildPid = 2;  // init's first fork

const char* errno_text(int e) {
  switch (e) {
    case 2: return "no such file or directory";
    case 13: return "permission denied";
    case 8: return "not an executable";
    case 11: return "the process table is full";
    case 12: return "out of memory";
    case 17: return "file exists";
    case 20: return "not a directory";
    case 28: return "no space left in the ramfs";
    default: return "error";
  }
}

}  // namespace

Session::Session(const SessionConfig& config)
    : kernel_(config.kernel),
      checkpoints_(config.checkpoint_budget),
      checkpoint_every_(config.checkpoint_every_insns) {
  make_standard_tree();
}

void Session::make_standard_tree() {
  Ramfs& fs = kernel_.fs;
  for (const char* dir : {"bin", "etc", "home", "tmp", "dev", "proc"}) {
    (void)fs.mkdir(kRootInode, dir, dir == std::string_view("tmp") ? 01777 : 0755);
  }
  InodeId home = *fs.lookup(kRootInode, "/home");
  (void)fs.mkdir(home, "student", 0755);
  InodeId dev = *fs.lookup(kRootInode, "/dev");
  (void)fs.mknod(dev, "tty", kDevTty, 0666);
  (void)fs.mknod(dev, "null", kDevNull, 0666);
  for (const EmbeddedFile& f : guest_image()) {
    (void)add_file(f.path, {f.data, usize(f.size)}, 0755);
  }
}

Status Session::add_file(std::string_view guest_path, std::span<const u8> bytes, u32 mode) {
  Ramfs& fs = kernel_.fs;
  if (guest_path.empty() || guest_path[0] != '/') return make_error("guest paths are absolute");
  // Create each missing directory on the way.
  usize at = 1;
  while (true) {
    usize slash = guest_path.find('/', at);
    if (slash == std::string_view::npos) break;
    std::string_view dir = guest_path.substr(0, slash);
    if (!fs.lookup(kRootInode, dir).ok()) {
      KResult<Ramfs::ParentAndName> parent = fs.lookup_parent(kRootInode, dir);
      if (!parent.ok() || !fs.mkdir(parent->dir, parent->name, 0755).ok()) {
        return make_error("cannot create " + std::string(dir));
      }
    }
    at = slash + 1;
  }
  KResult<Ramfs::ParentAndName> parent = fs.lookup_parent(kRootInode, guest_path);
  if (!parent.ok()) return make_error("bad guest path " + std::string(guest_path));
  KResult<InodeId> file = fs.lookup(kRootInode, guest_path);
  if (!file.ok()) file = fs.create(parent->dir, parent->name, FileType::regular, mode);
  if (!file.ok()) {
    return make_error(std::string(guest_path) + ": " + errno_text(file.error()));
  }
  KResult<void> cut = fs.truncate(*file, 0);
  KResult<u32> written = cut.ok() ? fs.write(*file, 0, bytes) : KResult<u32>(Errno{cut.error()});
  if (!written.ok() || *written != bytes.size()) {
    return make_error(std::string(guest_path) + ": no space left in the ramfs");
  }
  return {};
}

Status Session::start(const std::vector<std::string>& command) {
  std::vector<std::string> argv = {"init"};
  argv.insert(argv.end(), command.begin(), command.end());
  KResult<i32> init = spawn_init(kernel_, "/bin/init", argv, default_environment());
  if (!init.ok()) return make_error(std::string("cannot start /bin/init: ") + errno_text(init.error()));
  if (!command.empty()) kernel_.watched_pid = kFirstChildPid;
  return {};
}

Status Session::launch(const std::vector<std::string>& command) {
  Process* init = find_process(kernel_, 1);
  if (!init || command.empty()) return make_error("the machine is not running");
  i32 pid = sys_clone(kernel_, *init, ABI_SIGCHLD, 0);
  if (pid < 0) return make_error(std::string("cannot start ") + command[0] + ": " + errno_text(-pid));
  Process& child = *find_process(kernel_, pid);
  child.pgid = child.sid = pid;
  kernel_.console_sid = pid;
  child.actions = {};  // init ignores ^C; its programs must not
  if (KResult<InodeId> home = kernel_.fs.lookup(kRootInode, "/home/student"); home.ok()) {
    kernel_.fs.close_inode(child.cwd);
    child.cwd = *home;
    kernel_.fs.open_inode(child.cwd);
  }
  KResult<void> loaded = do_execve(kernel_, child, command[0], command, default_environment());
  if (!loaded.ok()) {
    exit_process(kernel_, child, 127u << 8);
    return make_error("cannot run " + command[0] + ": " + errno_text(loaded.error()));
  }
  kernel_.watched_pid = pid;
  kernel_.watched_status = -1;
  return {};
}

void Session::kill_all_but_init() {
  for (Process& p : kernel_.procs) {
    if (p.live && p.pid != 1 && p.state != ProcState::zombie) send_signal(kernel_, p, ABI_SIGKILL, 0);
  }
}

void Session::apply_logged_input() {
  while (inputs_applied_ < input_log_.size() &&
         input_log_[inputs_applied_].instret <= kernel_.m.hart.instret) {
    kernel_.console_input += input_log_[inputs_applied_].bytes;
    wake_all(kernel_, WaitChannel{WaitKind::tty_read, 0});
    ++inputs_applied_;
  }
}

void Session::type(std::string_view bytes) {
  // Typing is logged at the current moment; everything typed later in the
  // old future of a restored checkpoint was dropped by reverse_to.
  input_log_.resize(inputs_applied_);  // a new future replaces the old one
  input_log_.push_back(Input{kernel_.m.hart.instret, std::string(bytes)});
  apply_logged_input();
}

RunStop Session::run(u64 budget) {
  RunStop stop = RunStop::budget;
  while (budget > 0) {
    apply_logged_input();
    u64 step = budget;
    // Stop at the next logged input and the next automatic checkpoint.
    if (inputs_applied_ < input_log_.size()) {
      step = std::min(step, std::max<u64>(1, input_log_[inputs_applied_].instret - kernel_.m.hart.instret));
    }
    if (checkpoint_every_) {
      if (kernel_.m.hart.instret >= next_checkpoint_) {
        checkpoint();
        next_checkpoint_ = kernel_.m.hart.instret + checkpoint_every_;
      }
      step = std::min(step, next_checkpoint_ - kernel_.m.hart.instret);
    }
    u64 before = kernel_.m.hart.instret;
    stop = kernel::run(kernel_, step);
    u64 ran = kernel_.m.hart.instret - before;
    budget -= std::min(budget, std::max<u64>(ran, 1));
    if (stop != RunStop::budget) break;
  }
  return stop;
}

namespace {

bool step_reached(Session::Step kind, EventKind event) {
  switch (kind) {
    case Session::Step::instruction: return false;
    case Session::Step::syscall: return event == EventKind::syscall_enter || event == EventKind::syscall_exit;
    case Session::Step::fork: return event == EventKind::fork;
    case Session::Step::exec: return event == EventKind::exec;
    case Session::Step::exit: return event == EventKind::exit;
    case Session::Step::signal: return event == EventKind::signal_sent || event == EventKind::signal_delivered;
  }
  return false;
}

}  // namespace

RunStop Session::step(Step kind, u64 budget) {
  if (kind == Step::instruction) return run(1);
  // Watch the events: the one we wait for asks the kernel to stop once
  // the trap that made it is handled.
  auto previous = kernel_.on_event;
  kernel_.on_event = [&](const Event& e) {
    if (previous) previous(e);
    if (step_reached(kind, e.kind)) kernel_.stop_requested = true;
  };
  RunStop stop = run(budget);
  kernel_.on_event = std::move(previous);
  kernel_.stop_requested = false;
  return stop;
}

void Session::checkpoint() { checkpoints_.take(kernel_); }

bool Session::reverse_to(u64 instret) {
  int index = checkpoints_.latest_at_or_before(instret);
  if (index < 0) return false;
  checkpoints_.restore(kernel_, usize(index));
  // Replay: typed input is given again at the same instruction counts.
  inputs_applied_ = 0;
  while (inputs_applied_ < input_log_.size() &&
         input_log_[inputs_applied_].instret <= kernel_.m.hart.instret) {
    ++inputs_applied_;  // already part of the restored state
  }
  next_checkpoint_ = kernel_.m.hart.instret + checkpoint_every_;
  while (kernel_.m.hart.instret < instret) {
    if (run(instret - kernel_.m.hart.instret) != RunStop::budget) break;
  }
  return true;
}

std::vector<std::string> default_environment() {
  return {"PATH=/bin", "HOME=/home/student", "TERM=xterm", "USER=student", "PWD=/home/student"};
}

int shell_status(u32 wait_status) {
  if ((wait_status & 0x7f) == 0) return int((wait_status >> 8) & 0xff);
  return 128 + int(wait_status & 0x7f);
}

}  // namespace forklab::lab
