#include "lab/session.h"

#include <algorithm>

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
    if (p.live && p.pid != 1 && p.state != ProcState::zombie) kernel::send_signal(kernel_, p, ABI_SIGKILL, 0);
  }
}

void Session::apply_logged_input() {
  while (inputs_applied_ < input_log_.size() &&
         input_log_[inputs_applied_].instret <= kernel_.m.hart.instret) {
    const Input& in = input_log_[inputs_applied_++];
    switch (in.kind) {
      case Input::typed:
        tty_receive(kernel_, in.bytes);
        break;
      case Input::picked: kernel_.manual_next = in.pid; break;
      case Input::signal:
        if (Process* p = find_process(kernel_, in.pid); p && p->state != ProcState::zombie) {
          kernel::send_signal(kernel_, *p, in.sig, 0);
        }
        break;
    }
  }
}

void Session::log_input(Input input) {
  // An input is logged at the current moment; whatever the old future of
  // a restored checkpoint held after it is dropped: a new future replaces it.
  input.instret = kernel_.m.hart.instret;
  input_log_.resize(inputs_applied_);
  input_log_.push_back(std::move(input));
  apply_logged_input();
}

void Session::type(std::string_view bytes) {
  log_input(Input{.kind = Input::typed, .bytes = std::string(bytes)});
}

void Session::pick(i32 pid) { log_input(Input{.kind = Input::picked, .bytes = {}, .pid = pid}); }

bool Session::send_signal(i32 pid, int sig) {
  const Process* p = find_process(kernel_, pid);
  if (!p || p->state == ProcState::zombie || sig <= 0 || sig > kSignalCount) return false;
  log_input(Input{.kind = Input::signal, .bytes = {}, .pid = pid, .sig = sig});
  return true;
}

RunStop Session::run(u64 budget) {
  return breakpoints_.empty() ? run_plain(budget) : run_to_breakpoint(budget);
}

RunStop Session::run_plain(u64 budget) {
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
  apply_logged_input();  // what is due now is part of the state at this count
  return stop;
}

namespace {

bool step_reached(Session::Step kind, EventKind event) {
  switch (kind) {
    case Session::Step::instruction:
    case Session::Step::line:
    case Session::Step::over:
    case Session::Step::out: return false;
    case Session::Step::syscall: return event == EventKind::syscall_enter || event == EventKind::syscall_exit;
    case Session::Step::fork: return event == EventKind::fork;
    case Session::Step::exec: return event == EventKind::exec;
    case Session::Step::exit: return event == EventKind::exit;
    case Session::Step::signal: return event == EventKind::signal_sent || event == EventKind::signal_delivered;
  }
  return false;
}

}  // namespace

RunStop Session::step(Step kind, u64 budget, i32 pid) {
  if (kind == Step::instruction) return run_plain(1);
  if (kind == Step::line || kind == Step::over || kind == Step::out) {
    if (pid == 0) pid = kernel_.current ? kernel_.current : kernel_.watched_pid;
    return step_source(kind, budget, pid);
  }
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

void Session::set_breakpoint(const std::string& file, u32 line, bool on) {
  auto same = [&](const Breakpoint& b) { return b.line == line && b.file == file; };
  std::erase_if(breakpoints_, same);
  if (on) breakpoints_.push_back(Breakpoint{file, line});
  breakpoint_pcs_.clear();
}

bool Session::at_breakpoint() {
  const Process* p = find_process(kernel_, kernel_.current);
  if (!p) return false;
  const AddressSpace& space = kernel_.spaces[p->mm];
  auto known = std::find_if(breakpoint_pcs_.begin(), breakpoint_pcs_.end(), [&](const ProgramBreakpoints& b) {
    return b.exe == space.exe && b.mtime_ns == space.exe_mtime_ns;
  });
  if (known == breakpoint_pcs_.end()) {
    ProgramBreakpoints program{space.exe, space.exe_mtime_ns, {}};
    for (const Breakpoint& b : breakpoints_) {
      std::vector<u32> pcs = sources_.pcs_for_line(kernel_, p->pid, b.file, b.line);
      program.pcs.insert(program.pcs.end(), pcs.begin(), pcs.end());
    }
    std::sort(program.pcs.begin(), program.pcs.end());
    breakpoint_pcs_.push_back(std::move(program));
    known = breakpoint_pcs_.end() - 1;
  }
  return std::binary_search(known->pcs.begin(), known->pcs.end(), kernel_.m.hart.pc);
}

RunStop Session::run_to_breakpoint(u64 budget) {
  // The process standing on a breakpoint when run() is called leaves it
  // first; the check comes before every later instruction.
  bool first = true;
  while (budget > 0) {
    if (!first && at_breakpoint()) {
      breakpoint_pid_ = kernel_.current;
      return RunStop::breakpoint;
    }
    first = false;
    u64 before = kernel_.m.hart.instret;
    RunStop stop = run_plain(1);
    budget -= std::min(budget, std::max<u64>(kernel_.m.hart.instret - before, 1));
    if (stop != RunStop::budget) return stop;
  }
  return RunStop::budget;
}

RunStop Session::step_source(Step kind, u64 budget, i32 pid) {
  std::optional<ProcessRegs> start = process_regs(kernel_, pid);
  if (!start) return RunStop::stopped;
  const AddressSpace* space = &kernel_.spaces[find_process(kernel_, pid)->mm];
  kernel::InodeId exe = space->exe;
  u64 exe_mtime = space->exe_mtime_ns;

  // The statement the process is in, and its stack pointer there: a
  // deeper stack means a function the statement called.
  std::optional<SourcePosition> here = sources_.position(kernel_, pid, start->pc);
  u32 lo = here ? here->statement_pc : start->pc;
  u32 hi = here ? here->statement_end : start->pc + 1;
  u32 start_sp = start->x[2];

  // Step out: the caller's return address and the stack pointer it gets
  // back (s0 of this frame), from the frame chain; in a prologue or code
  // without debug information, ra and sp still say it.
  u32 return_pc = 0, caller_sp = 0;
  if (kind == Step::out) {
    std::vector<StackFrame> stack = sources_.call_stack(kernel_, pid, 2);
    if (!stack.empty() && stack[0].return_address) {  // past the prologue: the frame says
      return_pc = stack[0].return_address;
      caller_sp = stack[0].frame_pointer;
    } else {
      return_pc = start->x[1];
      caller_sp = start_sp;
    }
  }

  bool left_start = false;
  u64 ran = 0;
  while (ran < budget) {
    u64 before = kernel_.m.hart.instret;
    RunStop stop = run_plain(1);
    ran += std::max<u64>(kernel_.m.hart.instret - before, 1);
    if (stop == RunStop::manual_pick) {
      // Under the manual policy only the stepped process moves.
      bool runnable = std::find(kernel_.run_queue.begin(), kernel_.run_queue.end(), pid) !=
                      kernel_.run_queue.end();
      if (!runnable) return stop;
      pick(pid);
      continue;
    }
    if (stop != RunStop::budget) return stop;
    const Process* p = find_process(kernel_, pid);
    if (!p || p->state == ProcState::zombie) return RunStop::stopped;  // it exited
    if (kernel_.current != pid) {
      if (!breakpoints_.empty() && at_breakpoint()) break;  // another process hit one
      continue;
    }
    u32 pc = kernel_.m.hart.pc;
    u32 sp = kernel_.m.hart.x[2];
    space = &kernel_.spaces[p->mm];
    if (space->exe != exe || space->exe_mtime_ns != exe_mtime) {
      // A new program: go on to its first statement, if it has any.
      if (kind == Step::out || !sources_.debug_info(kernel_, pid)) return RunStop::stopped;
      exe = space->exe;
      exe_mtime = space->exe_mtime_ns;
      left_start = true;
      start_sp = 0xFFFFFFFFu;  // a new stack: every frame counts as the first
      kind = Step::line;
    }
    if (kind == Step::out) {
      if (pc == return_pc && sp >= caller_sp) return RunStop::stopped;
      if (!breakpoints_.empty() && at_breakpoint()) break;
      continue;
    }
    if (!left_start) {
      if (pc >= lo && pc < hi && sp == start_sp) continue;
      left_start = true;
    }
    if (sources_.is_statement_start(kernel_, pid, pc) && (kind == Step::line || sp >= start_sp)) {
      return RunStop::stopped;
    }
    if (!breakpoints_.empty() && at_breakpoint()) break;
  }
  if (ran >= budget) return RunStop::budget;
  breakpoint_pid_ = kernel_.current;
  return RunStop::breakpoint;
}

void Session::checkpoint() {
  checkpoints_.take(kernel_);
  inputs_at_checkpoint_.emplace_back(kernel_.m.hart.instret, inputs_applied_);
  // Checkpoints thinned away need no entry: keep from the oldest one left.
  u64 oldest = checkpoints_.instret_of(0);
  auto keep = std::find_if(inputs_at_checkpoint_.begin(), inputs_at_checkpoint_.end(),
                           [oldest](const auto& entry) { return entry.first >= oldest; });
  inputs_at_checkpoint_.erase(inputs_at_checkpoint_.begin(), keep);
}

bool Session::reverse_to(u64 instret) {
  int index = checkpoints_.latest_at_or_before(instret);
  if (index < 0) return false;
  checkpoints_.restore(kernel_, usize(index));
  // Replay: typed input is given again at the same instruction counts.
  // What was typed before the checkpoint is part of the restored state;
  // keys typed at the very instruction count of the checkpoint, but after
  // it was taken, are not (so the count alone cannot tell them apart).
  u64 at = kernel_.m.hart.instret;
  while (!inputs_at_checkpoint_.empty() && inputs_at_checkpoint_.back().first > at) {
    inputs_at_checkpoint_.pop_back();
  }
  inputs_applied_ = 0;
  if (!inputs_at_checkpoint_.empty() && inputs_at_checkpoint_.back().first == at) {
    inputs_applied_ = inputs_at_checkpoint_.back().second;
  } else {
    while (inputs_applied_ < input_log_.size() && input_log_[inputs_applied_].instret <= at) ++inputs_applied_;
  }
  next_checkpoint_ = kernel_.m.hart.instret + checkpoint_every_;
  while (kernel_.m.hart.instret < instret) {
    // Replay ignores breakpoints: they are for the run that follows.
    if (run_plain(instret - kernel_.m.hart.instret) != RunStop::budget) break;
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
