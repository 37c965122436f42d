// Boot, the run loop, traps, scheduling and the virtual clock.
#include "kernel/kernel.h"

#include <algorithm>

#include "kernel/abi/errno.h"
#include "kernel/abi/signal.h"
#include "kernel/invariants.h"
#include "kernel/syscalls.h"
#include "machine/sv32.h"

namespace forklab::kernel {
namespace {

// What a trap costs in virtual instructions beyond the instruction itself.
// Charging kernel work keeps the clock moving and guarantees that run()
// makes progress even when a process traps over and over.
constexpr u64 kSyscallCost = 40;
constexpr u64 kFaultCost = 20;

u64 next_random(Kernel& k) {  // splitmix64: small, seedable, portable
  u64 z = (k.rng_state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// A nice value's share of the hart, like Linux CFS's weights (each step is
// about 25%): nice 0 gets a whole slice, nice 19 about 1.5% of one.
u64 slice_for(const Kernel& k, const Process& p) {
  double weight = 1.0;
  for (int i = 0; i < (p.nice < 0 ? -p.nice : p.nice); ++i) weight *= 1.25;
  double factor = p.nice < 0 ? weight : 1.0 / weight;
  u64 slice = u64(double(k.config.slice_insns) * factor);
  return slice > 0 ? slice : 1;
}

void sync_machine_clock(Kernel& k) {
  // The time CSR ticks at 10 MHz: one tick every 100 ns of virtual time.
  k.m.clock.base = now_ns(k) / 100;
  k.m.clock.base_instret = k.m.hart.instret;
  k.m.clock.insns_per_tick = 100 / kNsPerInsn;
}

void charge_kernel_time(Kernel& k, Process& p, u64 insns) {
  k.m.hart.instret += insns;
  p.stime_insns += insns;
}

// A sleep with a deadline: nanosleep, or a futex wait with a timeout.
bool sleeps_until(const Process& p) {
  return p.live && p.state == ProcState::sleeping &&
         (p.channel.kind == WaitKind::timer || (p.channel.kind == WaitKind::futex && p.wake_time_ns));
}

void wake_expired_timers(Kernel& k) {
  u64 now = now_ns(k);
  if (now < k.next_timer_ns) return;  // the common case: no scan of the table
  k.next_timer_ns = ~0ull;
  for (Process& p : k.procs) {
    if (p.live && p.alarm_ns != 0 && p.alarm_ns <= now && p.state != ProcState::zombie) {
      p.alarm_ns = p.alarm_interval_ns ? p.alarm_ns + p.alarm_interval_ns : 0;
      send_signal(k, p, ABI_SIGALRM, 0);
    }
    if (sleeps_until(p) && p.wake_time_ns <= now) {
      emit(k, EventKind::wake, p.pid, {u32(p.channel.kind)});
      make_runnable(k, p);
    }
    // What is still armed sets the next time to look.
    if (p.live && p.alarm_ns != 0 && p.state != ProcState::zombie) note_timer(k, p.alarm_ns);
    if (sleeps_until(p)) note_timer(k, p.wake_time_ns);
  }
}

// When nothing can run, jump the clock to the earliest timer.
bool idle_until_next_timer(Kernel& k) {
  u64 earliest = ~0ull;
  for (const Process& p : k.procs) {
    if (sleeps_until(p)) {
      earliest = std::min(earliest, p.wake_time_ns);
    }
    if (p.live && p.state != ProcState::zombie && p.alarm_ns != 0) {
      earliest = std::min(earliest, p.alarm_ns);
    }
  }
  if (earliest == ~0ull) return false;
  u64 now = now_ns(k);
  if (k.time_limit_ns && earliest > k.time_limit_ns) earliest = std::max(now, k.time_limit_ns);
  if (earliest > now) k.clock_offset_ns += earliest - now;
  sync_machine_clock(k);
  k.next_timer_ns = 0;  // the jump reached a deadline: look at every timer
  wake_expired_timers(k);
  return true;
}

// Chooses who runs next. The current process keeps the hart while it is
// runnable and has slice left.
Process* pick_next(Kernel& k) {
  if (Process* cur = find_process(k, k.current)) {
    if (cur->state == ProcState::running && k.slice_left > 0) return cur;
    if (cur->state == ProcState::running) {  // slice used up: to the back
      k.run_queue.push_back(cur->pid);
    }
  }
  i32 previous = k.current;
  k.current = 0;
  if (k.run_queue.empty()) return nullptr;
  usize index = 0;
  if (k.config.policy == SchedPolicy::random) {
    index = usize(next_random(k) % k.run_queue.size());
  } else if (k.config.policy == SchedPolicy::manual) {
    auto it = std::find(k.run_queue.begin(), k.run_queue.end(), k.manual_next);
    if (it == k.run_queue.end()) {
      // Only one choice: no need to ask.
      if (k.run_queue.size() != 1) return nullptr;
    } else {
      index = usize(it - k.run_queue.begin());
    }
    k.manual_next = 0;
  }
  i32 pid = k.run_queue[index];
  k.run_queue.erase(k.run_queue.begin() + std::ptrdiff_t(index));
  Process* next = find_process(k, pid);
  k.current = pid;
  k.slice_left = slice_for(k, *next);
  if (pid != previous) emit(k, EventKind::schedule, pid, {u32(previous), 0});
  return next;
}

// A fault the process caused: the signal carries the address. If the
// signal is blocked or ignored the process could never go on, so (as Linux's
// force_sig does) the default action is restored first.
void fault_signal(Kernel& k, Process& p, int sig, i32 code, u32 addr, machine::Access access) {
  SignalAction& action = p.actions[usize(sig)];
  if (action.handler == ABI_SIG_IGN || (p.blocked & (1ull << (sig - 1)))) {
    action = SignalAction{};
    p.blocked &= ~(1ull << (sig - 1));
  }
  SignalInfo info{code, 0, 0, addr, u32(access)};
  send_signal(k, p, sig, 0, &info);
}

void handle_trap(Kernel& k, Process& p, const machine::Trap& trap) {
  using machine::TrapKind;
  switch (trap.kind) {
    case TrapKind::budget_exhausted:
      return;
    case TrapKind::ecall:
      p.pc = trap.pc + 4;
      charge_kernel_time(k, p, kSyscallCost);
      handle_syscall(k, p);
      return;
    case TrapKind::page_fault:
      charge_kernel_time(k, p, kFaultCost);
      if (!handle_page_fault(k, p, trap.addr, trap.access)) {
        if (p.live && p.state != ProcState::zombie) {
          fault_signal(k, p, ABI_SIGSEGV, ABI_SEGV_MAPERR, trap.addr, trap.access);
        }
      }
      return;
    case TrapKind::access_fault:
      fault_signal(k, p, ABI_SIGSEGV, ABI_SEGV_ACCERR, trap.addr, trap.access);
      return;
    case TrapKind::misaligned:
      fault_signal(k, p, ABI_SIGBUS, ABI_BUS_ADRALN, trap.addr, trap.access);
      return;
    case TrapKind::illegal_instruction:
      fault_signal(k, p, ABI_SIGILL, ABI_ILL_ILLOPC, trap.pc, machine::Access::fetch);
      return;
    case TrapKind::ebreak:
      fault_signal(k, p, ABI_SIGTRAP, ABI_SI_KERNEL, trap.pc, machine::Access::fetch);
      return;
  }
}

}  // namespace

const char* sched_policy_name(SchedPolicy policy) {
  switch (policy) {
    case SchedPolicy::rr: return "rr";
    case SchedPolicy::random: return "random";
    case SchedPolicy::child_first: return "child-first";
    case SchedPolicy::parent_first: return "parent-first";
    case SchedPolicy::manual: return "manual";
  }
  return "?";
}

bool parse_sched_policy(std::string_view name, SchedPolicy* out) {
  for (SchedPolicy p : {SchedPolicy::rr, SchedPolicy::random, SchedPolicy::child_first,
                        SchedPolicy::parent_first, SchedPolicy::manual}) {
    if (name == sched_policy_name(p)) {
      *out = p;
      return true;
    }
  }
  return false;
}

const char* region_kind_name(RegionKind kind) {
  switch (kind) {
    case RegionKind::text: return "text";
    case RegionKind::data: return "data";
    case RegionKind::heap: return "heap";
    case RegionKind::stack: return "stack";
    case RegionKind::mmap: return "mmap";
    case RegionKind::vdso: return "vdso";
  }
  return "?";
}

Kernel::Kernel(const KernelConfig& cfg)
    : config(cfg),
      m(machine::make_machine({cfg.memory_bytes})),
      fs(cfg.ramfs_quota),
      events(cfg.event_capacity) {
  config.max_processes = std::clamp<u32>(config.max_processes, 1, kMaxProcessesLimit);
  procs.resize(config.max_processes);
  rng_state = config.seed;
  spaces.resize(1);  // index 0: no address space
  pipes.resize(1);   // index 0: no pipe
  std::optional<u32> page = machine::alloc_frame(m);  // memory is empty: this cannot fail
  trampoline_frame = page.value_or(0);
  if (page) write_sigreturn_trampoline(machine::frame_bytes(m, *page));
  sync_machine_clock(*this);
}

u64 now_ns(const Kernel& k) { return k.m.hart.instret * kNsPerInsn + k.clock_offset_ns; }

Process* find_process(Kernel& k, i32 pid) {
  if (pid <= 0) return nullptr;
  u16& hint = k.pid_slot_hint[usize(pid) % kPidHintSize];
  if (hint < k.procs.size() && k.procs[hint].live && k.procs[hint].pid == pid) return &k.procs[hint];
  for (Process& p : k.procs) {
    if (p.live && p.pid == pid) {
      hint = u16(&p - k.procs.data());
      return &p;
    }
  }
  return nullptr;
}

Process& claim_slot(Kernel& k, usize slot) {
  Process& p = k.procs[slot];
  p = Process{};
  p.live = true;
  p.slot = u32(slot);
  k.live_processes += 1;
  return p;
}

void release_slot(Kernel& k, Process& p) {
  if (p.live) k.live_processes -= 1;
  p = Process{};
}

void note_timer(Kernel& k, u64 due_ns) { k.next_timer_ns = std::min(k.next_timer_ns, due_ns); }

const Process* find_process(const Kernel& k, i32 pid) {
  return find_process(const_cast<Kernel&>(k), pid);
}

usize live_process_count(const Kernel& k) { return k.live_processes; }

const Event& emit(Kernel& k, EventKind kind, i32 pid, std::initializer_list<u32> fields,
                  std::string_view text) {
  Event e;
  e.kind = kind;
  e.pid = pid;
  e.time_ns = now_ns(k);
  e.instret = k.m.hart.instret;
  usize i = 0;
  for (u32 f : fields) {
    if (i < kEventFields) e.f[i++] = f;
  }
  e.text = k.events.intern(text);
  const Event& added = k.events.add(e);
  if (k.on_event) k.on_event(added);
  return added;
}

void remove_from_queue(Kernel& k, i32 pid) {
  auto it = std::find(k.run_queue.begin(), k.run_queue.end(), pid);
  if (it != k.run_queue.end()) k.run_queue.erase(it);
}

void make_runnable(Kernel& k, Process& p, bool at_front) {
  p.state = ProcState::running;
  p.channel = {};
  if (p.pid == k.current) return;
  remove_from_queue(k, p.pid);
  if (at_front) {
    k.run_queue.push_front(p.pid);
  } else {
    k.run_queue.push_back(p.pid);
  }
}

void sleep_on(Kernel& k, Process& p, WaitChannel channel) {
  p.state = ProcState::sleeping;
  p.channel = channel;
  remove_from_queue(k, p.pid);
  emit(k, EventKind::block, p.pid, {u32(channel.kind), channel.id}, wait_kind_name(channel.kind));
}

void wake_all(Kernel& k, WaitChannel channel) {
  for (Process& p : k.procs) {
    if (p.live && p.state == ProcState::sleeping && p.channel == channel) {
      emit(k, EventKind::wake, p.pid, {u32(channel.kind), channel.id});
      make_runnable(k, p);
    }
  }
}

void run_invariant_checker(Kernel& k) {
  k.events_at_last_check = k.events.total();
  for (std::string& line : check_invariants(k)) {
    if (k.invariant_violations.size() < 64) k.invariant_violations.push_back(std::move(line));
  }
}

RunStop run(Kernel& k, u64 budget) {
  while (budget > 0) {
    if (k.watched_pid != 0 && k.watched_status >= 0) return RunStop::top_exited;
    if (k.time_limit_ns && now_ns(k) >= k.time_limit_ns) return RunStop::time_limit;
    wake_expired_timers(k);
    Process* p = pick_next(k);
    if (!p) {
      if (live_process_count(k) == 0) return RunStop::all_exited;
      if (k.config.policy == SchedPolicy::manual && !k.run_queue.empty()) {
        return RunStop::manual_pick;
      }
      if (idle_until_next_timer(k)) continue;
      bool reading = std::any_of(k.procs.begin(), k.procs.end(), [](const Process& q) {
        return q.live && q.state == ProcState::sleeping && q.channel.kind == WaitKind::tty_read;
      });
      return reading && !k.console_input_closed ? RunStop::input_wait : RunStop::deadlock;
    }

    // Signals sent while it was off the hart act before it runs again.
    deliver_signals(k, *p);
    if (p->state != ProcState::running) continue;

    // Put the process on the hart.
    std::copy(p->regs.begin(), p->regs.end(), k.m.hart.x.begin());
    k.m.hart.x[0] = 0;
    k.m.hart.pc = p->pc;
    load_address_space(k, p->mm);
    // Like Linux on every return from a trap: a reservation taken before the
    // kernel ran (by this process or another) must not let an sc succeed.
    machine::clear_reservation(k.m);

    u64 slice = std::min(k.slice_left, budget);
    u64 before = k.m.hart.instret;
    machine::Trap trap = machine::run(k.m, slice);
    u64 ran = k.m.hart.instret - before;
    p->utime_insns += ran;

    // Take it off again: the kernel works on Process::regs.
    std::copy(k.m.hart.x.begin(), k.m.hart.x.end(), p->regs.begin());
    p->pc = k.m.hart.pc;
    handle_trap(k, *p, trap);
    if (p->live && p->state != ProcState::zombie) check_cpu_limit(k, *p);
    if (p->live && p->state != ProcState::zombie) deliver_signals(k, *p);

    if (k.stop_requested) {
      k.stop_requested = false;
      return RunStop::stopped;
    }
    // The checker's cost grows with the processes (it walks every page
    // table), so with a big table it runs proportionally less often.
    if (k.config.invariant_interval &&
        k.events.total() - k.events_at_last_check >=
            k.config.invariant_interval * std::max<u64>(1, k.live_processes / 64)) {
      run_invariant_checker(k);
    }

    u64 spent = k.m.hart.instret - before;  // includes kernel time charged
    budget -= std::min(budget, spent);
    k.slice_left -= std::min(k.slice_left, spent);
    if (spent == 0 && budget > 0) --budget;  // never loop without progress
  }
  if (k.watched_pid != 0 && k.watched_status >= 0) return RunStop::top_exited;
  return RunStop::budget;
}

// ---- Boot -------------------------------------------------------------------------

KResult<i32> spawn_init(Kernel& k, std::string_view path, const std::vector<std::string>& argv,
                        const std::vector<std::string>& envp) {
  if (find_process(k, 1)) return Errno{ABI_EEXIST};
  Process& p = claim_slot(k, 0);
  p.pid = p.tgid = 1;
  k.last_pid = 1;
  set_default_rlimits(p, k.config.max_processes);
  p.ppid = 0;
  p.pgid = p.sid = 1;
  p.slot = 0;
  p.start_time_ns = now_ns(k);
  p.mm = K_TRY(create_address_space(k));
  k.spaces[p.mm].users = 1;
  k.fs.open_inode(p.cwd);

  // fds 0, 1, 2: the console.
  for (int fd = 0; fd < 3; ++fd) {
    OpenFile console;
    console.kind = k.console_is_tty[usize(fd)] ? FileKind::tty : FileKind::stream;
    console.flags = 2;  // O_RDWR
    console.path = k.console_is_tty[usize(fd)] ? "/dev/tty" : "pipe:[console]";
    console.console_stream = fd;
    (void)install_file(k, p, console, false, fd);
  }

  KResult<void> loaded = do_execve(k, p, std::string(path), argv, envp);
  if (!loaded.ok()) {
    for (int fd = 0; fd < 3; ++fd) close_fd(k, p, fd);
    release_address_space(k, p.mm);
    k.fs.close_inode(p.cwd);
    release_slot(k, p);
    return Errno{loaded.error()};
  }
  make_runnable(k, p);
  return 1;
}

}  // namespace forklab::kernel
