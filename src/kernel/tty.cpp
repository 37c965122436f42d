// The console's line discipline and terminal ioctls (see tty.h).
#include "kernel/tty.h"

#include <algorithm>
#include <cstring>

#include "kernel/abi/errno.h"
#include "kernel/abi/fcntl.h"
#include "kernel/abi/signal.h"
#include "kernel/syscalls.h"

namespace forklab::kernel {
namespace {

constexpr usize kMaxLine = 4095;  // N_TTY_BUF_SIZE - 1: the rest of a longer line is dropped
constexpr i32 kKernelPid = 0;     // echo is printed by the kernel, not by a process

u8 cc(const Tty& t, int index) { return t.termios.c_cc[index]; }
bool lflag(const Tty& t, u32 bit) { return t.termios.c_lflag & bit; }
bool iflag(const Tty& t, u32 bit) { return t.termios.c_iflag & bit; }
// A c_cc entry of 0 is _POSIX_VDISABLE: that function is off.
bool is_char(const Tty& t, int index, u8 c) { return cc(t, index) != 0 && cc(t, index) == c; }

void echo(Kernel& k, std::string_view bytes) {
  if (k.on_output && !bytes.empty()) k.on_output(kKernelPid, 1, bytes);
}

// How a typed byte is echoed: control characters as ^X under ECHOCTL
// (but tab and newline as themselves).
std::string echo_form(const Tty& t, u8 c) {
  bool control = (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f;
  if (control && lflag(t, ABI_ECHOCTL)) return {'^', char(c == 0x7f ? '?' : c ^ 0x40)};
  return std::string(1, char(c));
}

void flush_input(Tty& t) {
  t.editing.clear();
  t.lines.clear();
  t.raw.clear();
}

// Rubs out the last character of the edit line (a whole UTF-8 sequence
// under IUTF8); returns false if the line was empty.
bool erase_char(Kernel& k, Tty& t) {
  if (t.editing.empty()) return false;
  usize n = 1;
  if (iflag(t, ABI_IUTF8)) {
    while (n < t.editing.size() && (u8(t.editing[t.editing.size() - n]) & 0xC0) == 0x80) ++n;
  }
  u8 last = u8(t.editing[t.editing.size() - n]);
  t.editing.resize(t.editing.size() - n);
  if (lflag(t, ABI_ECHO) && lflag(t, ABI_ECHOE)) {
    usize columns = echo_form(t, last).size();
    std::string rubout;
    for (usize i = 0; i < columns; ++i) rubout += "\b \b";
    echo(k, rubout);
  }
  return true;
}

void finish_line(Kernel& k, Tty& t) {
  t.lines.push_back(std::move(t.editing));
  t.editing.clear();
  wake_all(k, WaitChannel{WaitKind::tty_read, 0});
}

// ^C, ^\ and ^Z: the signal goes to the foreground group, and typed input
// that no one read yet is thrown away (unless NOFLSH).
bool signal_char(Kernel& k, Tty& t, u8 c) {
  int sig = is_char(t, ABI_VINTR, c)    ? ABI_SIGINT
            : is_char(t, ABI_VQUIT, c)  ? ABI_SIGQUIT
            : is_char(t, ABI_VSUSP, c)  ? ABI_SIGTSTP
                                        : 0;
  if (sig == 0) return false;
  if (!lflag(t, ABI_NOFLSH)) flush_input(t);
  if (lflag(t, ABI_ECHO)) echo(k, echo_form(t, c));
  tty_signal_foreground(k, sig);
  return true;
}

// VERASE, VWERASE, VKILL, VEOF and end of line in canonical mode.
bool editing_char(Kernel& k, Tty& t, u8 c) {
  if (is_char(t, ABI_VERASE, c)) {
    erase_char(k, t);
    return true;
  }
  if (lflag(t, ABI_IEXTEN) && is_char(t, ABI_VWERASE, c)) {
    while (!t.editing.empty() && (t.editing.back() == ' ' || t.editing.back() == '\t')) erase_char(k, t);
    while (!t.editing.empty() && t.editing.back() != ' ' && t.editing.back() != '\t') erase_char(k, t);
    return true;
  }
  if (is_char(t, ABI_VKILL, c)) {
    if (lflag(t, ABI_ECHOKE) || !lflag(t, ABI_ECHO)) {
      while (erase_char(k, t)) {}
    } else {
      t.editing.clear();
      echo(k, echo_form(t, c));
      if (lflag(t, ABI_ECHOK)) echo(k, "\n");
    }
    return true;
  }
  if (is_char(t, ABI_VEOF, c)) {  // hands over the line as it is; empty: end of file
    finish_line(k, t);
    return true;
  }
  if (c == '\n' || is_char(t, ABI_VEOL, c) || (lflag(t, ABI_IEXTEN) && is_char(t, ABI_VEOL2, c))) {
    t.editing += char(c);
    if (lflag(t, ABI_ECHO) || (c == '\n' && lflag(t, ABI_ECHONL))) echo(k, echo_form(t, c));
    finish_line(k, t);
    return true;
  }
  return false;
}

void receive_byte(Kernel& k, Tty& t, u8 c) {
  if (iflag(t, ABI_ISTRIP)) c &= 0x7f;
  if (c == '\r') {
    if (iflag(t, ABI_IGNCR)) return;
    if (iflag(t, ABI_ICRNL)) c = '\n';
  } else if (c == '\n' && iflag(t, ABI_INLCR)) {
    c = '\r';
  }
  if (lflag(t, ABI_ISIG) && signal_char(k, t, c)) return;
  if (t.canonical()) {
    if (editing_char(k, t, c)) return;
    if (t.editing.size() >= kMaxLine) return;
    t.editing += char(c);
  } else {
    t.raw += char(c);
    wake_all(k, WaitChannel{WaitKind::tty_read, 0});
  }
  if (lflag(t, ABI_ECHO)) echo(k, echo_form(t, c));
}

bool group_exists(const Kernel& k, i32 pgrp, i32 sid) {
  return std::any_of(k.procs.begin(), k.procs.end(), [&](const Process& q) {
    return q.live && q.state != ProcState::zombie && q.pgid == pgrp && q.sid == sid;
  });
}

template <class T>
SysResult put(Kernel& k, Process& p, u32 va, const T& value) {
  return ret_or_err(copy_out(k, p, va, {reinterpret_cast<const u8*>(&value), sizeof value}));
}

template <class T>
KResult<T> get(Kernel& k, Process& p, u32 va) {
  T value{};
  K_CHECK(copy_in(k, p, va, {reinterpret_cast<u8*>(&value), sizeof value}));
  return value;
}

SysResult set_termios(Kernel& k, Process& p, u32 cmd, u32 arg) {
  TtyAccess access = tty_check_background(k, p, ABI_SIGTTOU);
  if (access == TtyAccess::retry) return block_on(WaitChannel{WaitKind::tty_read, 0});
  KResult<abi_termios> t = get<abi_termios>(k, p, arg);
  if (!t.ok()) return err(t.error());
  Tty& tty = k.tty;
  bool was_canonical = tty.canonical();
  tty.termios = *t;
  if (cmd == ABI_TCSETSF) flush_input(tty);
  // Leaving canonical mode makes the half-typed line readable at once.
  if (was_canonical && !tty.canonical() && !tty.editing.empty()) {
    tty.raw += tty.editing;
    tty.editing.clear();
  }
  wake_all(k, WaitChannel{WaitKind::tty_read, 0});
  return ret(0);
}

SysResult set_foreground(Kernel& k, Process& p, u32 arg) {
  if (p.sid != k.console_sid) return err(ABI_ENOTTY);
  TtyAccess access = tty_check_background(k, p, ABI_SIGTTOU);
  if (access == TtyAccess::retry) return block_on(WaitChannel{WaitKind::tty_read, 0});
  KResult<i32> pgrp = get<i32>(k, p, arg);
  if (!pgrp.ok()) return err(pgrp.error());
  if (*pgrp < 0) return err(ABI_EINVAL);
  if (!group_exists(k, *pgrp, p.sid)) return err(ABI_EPERM);
  k.tty.foreground_pgrp = *pgrp;
  wake_all(k, WaitChannel{WaitKind::tty_read, 0});  // a reader may be in the foreground now
  return ret(0);
}

}  // namespace

bool orphaned_group(const Kernel& k, i32 pgrp) {
  for (const Process& q : k.procs) {
    if (!q.live || q.pgid != pgrp || q.state == ProcState::zombie) continue;
    const Process* parent = find_process(k, q.ppid);
    if (parent && parent->state != ProcState::zombie && parent->pgid != pgrp && parent->sid == q.sid) {
      return false;
    }
  }
  return true;
}

void hang_up_orphaned_group(Kernel& k, i32 pgrp) {
  if (!orphaned_group(k, pgrp)) return;
  bool stopped = std::any_of(k.procs.begin(), k.procs.end(), [&](const Process& q) {
    return q.live && q.pgid == pgrp && q.state == ProcState::stopped;
  });
  if (!stopped) return;
  for (int sig : {ABI_SIGHUP, ABI_SIGCONT}) {
    for (Process& q : k.procs) {
      if (q.live && q.pgid == pgrp) send_signal(k, q, sig, kKernelPid);
    }
  }
}

abi_termios Tty::default_termios() {
  abi_termios t{};
  t.c_iflag = ABI_ICRNL | ABI_IXON | ABI_IUTF8;
  t.c_oflag = ABI_OPOST | ABI_ONLCR;
  t.c_cflag = ABI_B38400 | ABI_CS8 | ABI_CREAD;
  t.c_lflag = ABI_ISIG | ABI_ICANON | ABI_ECHO | ABI_ECHOE | ABI_ECHOK | ABI_ECHOCTL | ABI_ECHOKE | ABI_IEXTEN;
  // stty's defaults: ^C ^\ DEL ^U ^D, VMIN 1.
  const u8 chars[] = {3, 0x1c, 0x7f, 0x15, 4, 0, 1, 0, 0x11, 0x13, 0x1a, 0, 0x12, 0x0f, 0x17, 0x16, 0};
  std::memcpy(t.c_cc, chars, sizeof chars);
  return t;
}

void tty_receive(Kernel& k, std::string_view bytes) {
  if (!k.console_is_tty[0]) {
    k.console_input.append(bytes);
    wake_all(k, WaitChannel{WaitKind::tty_read, 0});
    return;
  }
  for (char c : bytes) receive_byte(k, k.tty, u8(c));
}

bool tty_has_input(const Kernel& k) { return !k.tty.lines.empty() || !k.tty.raw.empty(); }

bool tty_take(Kernel& k, usize max, std::string* out) {
  Tty& t = k.tty;
  out->clear();
  if (!tty_has_input(k)) return false;
  if (t.canonical() && !t.lines.empty()) {
    std::string& line = t.lines.front();
    usize n = std::min(max, line.size());
    out->assign(line, 0, n);
    line.erase(0, n);
    if (line.empty()) t.lines.pop_front();  // a whole line, or an EOF mark
    return true;
  }
  // Raw mode: everything typed so far, lines that were complete first.
  while (!t.lines.empty() && out->size() < max) {
    std::string& line = t.lines.front();
    usize n = std::min(max - out->size(), line.size());
    out->append(line, 0, n);
    line.erase(0, n);
    if (line.empty()) t.lines.pop_front();
  }
  usize n = std::min(max - out->size(), t.raw.size());
  out->append(t.raw, 0, n);
  t.raw.erase(0, n);
  return true;
}

TtyAccess tty_check_background(Kernel& k, Process& p, int sig) {
  if (p.sid != k.console_sid || p.pgid == k.tty.foreground_pgrp) return TtyAccess::allowed;
  bool refused = p.actions[usize(sig)].handler == ABI_SIG_IGN || (p.blocked & (1ull << (sig - 1)));
  if (refused) return sig == ABI_SIGTTIN ? TtyAccess::eio : TtyAccess::allowed;
  if (orphaned_group(k, p.pgid)) return TtyAccess::eio;
  for (Process& q : k.procs) {
    if (q.live && q.pgid == p.pgid) send_signal(k, q, sig, kKernelPid);
  }
  return TtyAccess::retry;
}

void tty_signal_foreground(Kernel& k, int sig) {
  for (Process& q : k.procs) {
    if (q.live && q.pgid == k.tty.foreground_pgrp && q.sid == k.console_sid) send_signal(k, q, sig, kKernelPid);
  }
}

SysResult tty_read(Kernel& k, Process& p, const OpenFile& f, std::vector<u8>& buf) {
  TtyAccess access = tty_check_background(k, p, ABI_SIGTTIN);
  if (access == TtyAccess::eio) return err(ABI_EIO);
  if (access == TtyAccess::retry) return block_on(WaitChannel{WaitKind::tty_read, 0});
  std::string got;
  if (!tty_take(k, buf.size(), &got)) {
    bool vmin_zero = !k.tty.canonical() && cc(k.tty, ABI_VMIN) == 0;
    if (k.console_input_closed || vmin_zero) {
      buf.clear();
      return ret(0);
    }
    if (f.flags & ABI_O_NONBLOCK) return err(ABI_EAGAIN);
    return block_on(WaitChannel{WaitKind::tty_read, 0});
  }
  std::memcpy(buf.data(), got.data(), got.size());
  buf.resize(got.size());
  return ret(i32(got.size()));
}

SysResult tty_write_check(Kernel& k, Process& p) {
  if (!lflag(k.tty, ABI_TOSTOP)) return ret(0);
  TtyAccess access = tty_check_background(k, p, ABI_SIGTTOU);
  if (access == TtyAccess::retry) return block_on(WaitChannel{WaitKind::tty_read, 0});
  if (access == TtyAccess::eio) return err(ABI_EIO);
  return ret(0);
}

SysResult tty_ioctl(Kernel& k, Process& p, u32 cmd, u32 arg) {
  Tty& t = k.tty;
  switch (cmd) {
    case ABI_TCGETS: return put(k, p, arg, t.termios);
    case ABI_TCSETS: case ABI_TCSETSW: case ABI_TCSETSF: return set_termios(k, p, cmd, arg);
    case ABI_TIOCGWINSZ: return put(k, p, arg, t.winsize);
    case ABI_TIOCSWINSZ: {
      KResult<abi_winsize> w = get<abi_winsize>(k, p, arg);
      if (!w.ok()) return err(w.error());
      t.winsize = *w;
      tty_signal_foreground(k, ABI_SIGWINCH);
      return ret(0);
    }
    case ABI_TIOCGPGRP:
      if (p.sid != k.console_sid) return err(ABI_ENOTTY);
      return put(k, p, arg, t.foreground_pgrp);
    case ABI_TIOCSPGRP: return set_foreground(k, p, arg);
    case ABI_TIOCGSID:
      if (p.sid != k.console_sid) return err(ABI_ENOTTY);
      return put(k, p, arg, k.console_sid);
    case ABI_FIONREAD: {
      i32 n = 0;
      for (const std::string& line : t.lines) n += i32(line.size());
      n += i32(t.raw.size());
      return put(k, p, arg, n);
    }
    case ABI_TCFLSH:
      if (arg == ABI_TCIFLUSH || arg == ABI_TCIOFLUSH) flush_input(t);
      return ret(0);
    case ABI_TIOCSCTTY: case ABI_TIOCNOTTY: return ret(0);
    default: return err(ABI_ENOTTY);  // Linux: an ioctl the tty driver does not know
  }
}

}  // namespace forklab::kernel
