// Signals (SPEC §4.3): sending, default actions, handlers run on a frame
// pushed on the guest stack, rt_sigreturn, and interrupted system calls.
#include <cstring>

#include "kernel/abi/errno.h"
#include "kernel/abi/signal.h"
#include "kernel/abi/syscall.h"
#include "kernel/syscalls.h"
#include "machine/sv32.h"

namespace forklab::kernel {
namespace {

constexpr i32 kInitPid = 1;

enum class DefaultAction : u32 { term, core, stop, cont, ignore };

// signal(7)'s table of default actions.
DefaultAction default_action(int sig) {
  switch (sig) {
    case ABI_SIGQUIT: case ABI_SIGILL: case ABI_SIGTRAP: case ABI_SIGABRT: case ABI_SIGBUS:
    case ABI_SIGFPE: case ABI_SIGSEGV: case ABI_SIGXCPU: case ABI_SIGXFSZ: case ABI_SIGSYS:
      return DefaultAction::core;
    case ABI_SIGSTOP: case ABI_SIGTSTP: case ABI_SIGTTIN: case ABI_SIGTTOU:
      return DefaultAction::stop;
    case ABI_SIGCONT:
      return DefaultAction::cont;
    case ABI_SIGCHLD: case ABI_SIGURG: case ABI_SIGWINCH:
      return DefaultAction::ignore;
    default:
      return DefaultAction::term;
  }
}

u64 sig_bit(int sig) { return 1ull << (sig - 1); }

// The signals a faulting instruction raises: their siginfo has si_addr.
bool is_fault(int sig) {
  return sig == ABI_SIGSEGV || sig == ABI_SIGBUS || sig == ABI_SIGILL || sig == ABI_SIGFPE;
}
constexpr u64 kUnblockable = (1ull << (ABI_SIGKILL - 1)) | (1ull << (ABI_SIGSTOP - 1));

bool ignores(const Process& p, int sig) {
  const SignalAction& a = p.actions[usize(sig)];
  return a.handler == ABI_SIG_IGN ||
         (a.handler == ABI_SIG_DFL && default_action(sig) == DefaultAction::ignore);
}

abi_sigset to_sigset(u64 mask) { return abi_sigset{{u32(mask), u32(mask >> 32)}}; }
u64 from_sigset(const abi_sigset& s) { return s.sig[0] | u64(s.sig[1]) << 32; }

// Ends a system call the process was blocked in, as a signal handler is
// about to run: with SA_RESTART the call runs again after the handler
// (the pc still points at its ecall); otherwise it fails with EINTR.
void interrupt_syscall(Kernel& k, Process& p, const SignalAction& action) {
  if (!p.restarting_syscall) return;
  p.restarting_syscall = false;
  u32 nr = p.regs[17];
  if (p.io_done > 0) {  // a write that moved some bytes ends with their count (pipe(7))
    p.pc += 4;
    p.regs[10] = p.io_done;
    p.io_done = 0;
    emit(k, EventKind::syscall_exit, p.pid, {nr, p.regs[10]}, syscall_name(nr));
    return;
  }
  bool never_restarts = nr == ABI_SYS_rt_sigsuspend;
  if ((action.flags & ABI_SA_RESTART) && !never_restarts) return;
  p.pc += 4;
  p.regs[10] = u32(-ABI_EINTR);
  emit(k, EventKind::syscall_exit, p.pid, {nr, u32(-ABI_EINTR)}, syscall_name(nr));
}

// Pushes the signal frame and points the process at its handler.
bool enter_handler(Kernel& k, Process& p, int sig, SignalAction action) {
  interrupt_syscall(k, p, action);
  abi_rt_sigframe frame{};
  const SignalInfo& si = p.pending_info[usize(sig)];
  frame.info.si_signo = sig;
  frame.info.si_code = si.code;
  if (is_fault(sig)) {
    frame.info.fields.sigfault.addr = si.addr;
  } else {
    frame.info.fields.sigchld.pid = si.pid;
    frame.info.fields.sigchld.uid = p.uid;
    frame.info.fields.sigchld.status = si.status;
  }
  frame.uc.uc_sigmask = to_sigset(p.has_saved_mask ? p.saved_mask : p.blocked);
  p.has_saved_mask = false;
  abi_user_regs& r = frame.uc.uc_mcontext.sc_regs;
  u32* words = reinterpret_cast<u32*>(&r);
  words[0] = p.pc;
  for (int i = 1; i < 32; ++i) words[i] = p.regs[usize(i)];
  u32 sp = (p.regs[2] - u32(sizeof frame)) & ~15u;
  if (!copy_out(k, p, sp, {reinterpret_cast<const u8*>(&frame), sizeof frame}).ok()) {
    return false;  // no room on the stack: the process dies of SIGSEGV
  }
  p.regs[2] = sp;
  p.regs[10] = u32(sig);
  p.regs[11] = sp + offsetof(abi_rt_sigframe, info);
  p.regs[12] = sp + offsetof(abi_rt_sigframe, uc);
  p.regs[1] = kSigTrampoline;  // the handler's return goes to rt_sigreturn
  p.pc = action.handler;
  p.blocked |= action.mask;
  if (!(action.flags & ABI_SA_NODEFER)) p.blocked |= sig_bit(sig);
  p.blocked &= ~kUnblockable;
  if (action.flags & ABI_SA_RESETHAND) p.actions[usize(sig)] = SignalAction{};
  return true;
}

constexpr u64 kStopSignals = (1ull << (ABI_SIGSTOP - 1)) | (1ull << (ABI_SIGTSTP - 1)) |
                             (1ull << (ABI_SIGTTIN - 1)) | (1ull << (ABI_SIGTTOU - 1));

// Job control: the parent learns that a child stopped or continued, by
// SIGCHLD (unless it asked for SA_NOCLDSTOP) and by wait4 with WUNTRACED
// or WCONTINUED.
void notify_parent(Kernel& k, const Process& child, i32 code, int sig) {
  Process* parent = find_process(k, child.ppid);
  if (!parent) return;
  wake_all(k, WaitChannel{WaitKind::child, u32(parent->pid)});
  if (parent->actions[ABI_SIGCHLD].flags & ABI_SA_NOCLDSTOP) return;
  SignalInfo info{code, child.pid, sig, 0};
  send_signal(k, *parent, ABI_SIGCHLD, child.pid, &info);
}

void stop_process(Kernel& k, Process& p, int sig) {
  p.state = ProcState::stopped;
  p.stop_signal = u32(sig);
  p.stop_unreported = true;
  p.continue_unreported = false;
  notify_parent(k, p, ABI_CLD_STOPPED, sig);
}

// SIGCONT continues a stopped process whatever its disposition (even
// ignored or blocked), and cancels stops still pending (signal(7)).
void continue_process(Kernel& k, Process& p) {
  p.pending &= ~kStopSignals;
  if (p.state != ProcState::stopped) return;
  make_runnable(k, p);  // a call it slept in runs again and sleeps again if it must
  p.stop_unreported = false;
  p.continue_unreported = true;
  notify_parent(k, p, ABI_CLD_CONTINUED, ABI_SIGCONT);
}

}  // namespace

void send_signal(Kernel& k, Process& target, int sig, i32 from_pid, const SignalInfo* info) {
  if (!target.live || target.state == ProcState::zombie || sig <= 0 || sig > kSignalCount) return;
  emit(k, EventKind::signal_sent, from_pid, {u32(sig), u32(target.pid), 0});
  // init gets only the signals it has handlers for (as on Linux), but a
  // fault of its own still ends it.
  if (target.pid == kInitPid && from_pid != 0 &&
      target.actions[usize(sig)].handler == ABI_SIG_DFL) {
    return;
  }
  if (sig == ABI_SIGCONT) continue_process(k, target);
  if (kStopSignals & sig_bit(sig)) target.pending &= ~sig_bit(ABI_SIGCONT);
  if (ignores(target, sig) && sig != ABI_SIGKILL) return;  // discarded at once
  target.pending |= sig_bit(sig);
  target.pending_info[usize(sig)] =
      info ? *info : SignalInfo{from_pid ? ABI_SI_USER : ABI_SI_KERNEL, from_pid, 0, 0};
  bool deliverable = !(target.blocked & sig_bit(sig)) || (kUnblockable & sig_bit(sig));
  bool interruptible = target.state == ProcState::sleeping ||
                       (sig == ABI_SIGKILL && target.state != ProcState::running);
  if (deliverable && interruptible) make_runnable(k, target);  // the call restarts or fails
}

void deliver_signals(Kernel& k, Process& p) {
  while (p.live && p.state != ProcState::zombie) {
    u64 ready = p.pending & (~p.blocked | kUnblockable);
    if (ready == 0) return;
    int sig = 1;
    while (!(ready & sig_bit(sig))) ++sig;
    p.pending &= ~sig_bit(sig);
    SignalAction action = p.actions[usize(sig)];
    bool forced = (kUnblockable & sig_bit(sig)) != 0;
    if (!forced && action.handler == ABI_SIG_IGN) continue;
    if (!forced && action.handler != ABI_SIG_DFL) {
      emit(k, EventKind::signal_delivered, p.pid, {u32(sig), 5, action.handler}, "handler");
      // Asleep in a call that must now end (EINTR) or restart: wake it.
      if (p.state == ProcState::sleeping) make_runnable(k, p);
      if (!enter_handler(k, p, sig, action)) exit_process(k, p, ABI_SIGSEGV);
      return;  // one handler at a time; the next is delivered when it returns
    }
    DefaultAction what = sig == ABI_SIGKILL ? DefaultAction::term : default_action(sig);
    // A fault's address and access go with it, for crash reports.
    const SignalInfo& si = p.pending_info[usize(sig)];
    bool fault = is_fault(sig) && si.code > 0 && si.code < ABI_SI_KERNEL;
    emit(k, EventKind::signal_delivered, p.pid,
         {u32(sig), u32(what), 0, fault ? si.addr : 0, fault ? si.access : 0});
    switch (what) {
      case DefaultAction::term:
      case DefaultAction::core:
        exit_process(k, p, u32(sig));  // killed by a signal: status is the number
        return;
      case DefaultAction::stop:
        stop_process(k, p, sig);
        return;
      case DefaultAction::cont:
      case DefaultAction::ignore:
        break;
    }
  }
}

SysResult sys_rt_sigreturn(Kernel& k, Process& p, SysArgs) {
  abi_rt_sigframe frame{};
  if (!copy_in(k, p, p.regs[2], {reinterpret_cast<u8*>(&frame), sizeof frame}).ok()) {
    exit_process(k, p, ABI_SIGSEGV);
    return keep_registers();
  }
  const u32* words = reinterpret_cast<const u32*>(&frame.uc.uc_mcontext.sc_regs);
  p.pc = words[0];
  for (int i = 1; i < 32; ++i) p.regs[usize(i)] = words[i];
  p.blocked = from_sigset(frame.uc.uc_sigmask) & ~kUnblockable;
  return keep_registers();
}

SysResult sys_rt_sigsuspend(Kernel& k, Process& p, SysArgs a) {
  if (!p.restarting_syscall) {
    if (a[1] != 8) return err(ABI_EINVAL);
    abi_sigset set{};
    KResult<void> got = copy_in(k, p, a[0], {reinterpret_cast<u8*>(&set), sizeof set});
    if (!got.ok()) return err(got.error());
    p.saved_mask = p.blocked;
    p.has_saved_mask = true;
    p.blocked = from_sigset(set) & ~kUnblockable;
  }
  if (p.pending & ~p.blocked) {
    // A signal came: the handler runs with the mask given here, and its
    // return restores the old one (enter_handler saved it in the frame).
    p.pc -= 4;
    p.restarting_syscall = true;
    return keep_registers();
  }
  return block_on(WaitChannel{WaitKind::pause, 0});
}

SysResult sys_rt_sigpending(Kernel& k, Process& p, SysArgs a) {
  abi_sigset set = to_sigset(p.pending & p.blocked);
  return ret_or_err(copy_out(k, p, a[0], {reinterpret_cast<const u8*>(&set), sizeof set}));
}

// The signal trampoline: one page, mapped read/execute into every address
// space at kSigTrampoline. Linux keeps this code in the vDSO.
void write_sigreturn_trampoline(std::span<u8> page) {
  const u32 li_a7_sigreturn = (u32(ABI_SYS_rt_sigreturn) << 20) | (17u << 7) | 0x13u;  // addi a7, x0, 139
  const u32 ecall = 0x00000073u;
  std::memset(page.data(), 0, page.size());
  std::memcpy(page.data(), &li_a7_sigreturn, 4);
  std::memcpy(page.data() + 4, &ecall, 4);
}

}  // namespace forklab::kernel
