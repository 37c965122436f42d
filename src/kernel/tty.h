// The console's terminal (SPEC §4.4): a line discipline between the keys
// typed (the CLI's stdin, the terminal panel) and the processes reading
// /dev/tty, as Linux's n_tty does it.
//
// In canonical mode (ICANON, the default) typed bytes collect in an edit
// line: backspace (VERASE) and ^U (VKILL) edit it, Enter or ^D (VEOF) hands
// it to readers; a read returns at most one line, and ^D on an empty line
// makes a read return 0 (end of file). With ISIG, ^C, ^\ and ^Z send SIGINT,
// SIGQUIT and SIGTSTP to the foreground process group. With ECHO the typed
// bytes are printed back (as "^C" for control characters under ECHOCTL).
// Without ICANON every byte is readable at once (raw mode, as editors and
// games use). A process of the terminal's session that is not in the
// foreground group and reads gets SIGTTIN (job control, see sh's fg/bg).
//
// Everything typed enters through tty_receive at a logged instruction count
// (lab::Session::type), so a replay after a checkpoint restore edits lines
// and sends signals exactly as the first run did.
#pragma once

#include <deque>
#include <string>
#include <string_view>

#include "base/types.h"
#include "kernel/abi/termios.h"

namespace forklab::kernel {

struct Kernel;
struct Process;

struct Tty {
  abi_termios termios = default_termios();
  abi_winsize winsize{24, 80, 0, 0};
  std::string editing;            // canonical mode: the line being typed
  std::deque<std::string> lines;  // complete lines for readers; "" is an EOF (^D)
  std::string raw;                // raw mode: bytes for readers
  i32 foreground_pgrp = 1;        // TIOCGPGRP/TIOCSPGRP

  static abi_termios default_termios();
  bool canonical() const { return termios.c_lflag & ABI_ICANON; }
};

// Bytes typed at the console. On a tty they go through the line discipline;
// when the console is a plain stream (the CLI's stdin is a file or a pipe)
// they are queued for readers as they are.
void tty_receive(Kernel& k, std::string_view bytes);

// Bytes readers could take now (FIONREAD); an EOF mark counts as readable.
bool tty_has_input(const Kernel& k);

// Takes up to `max` bytes for a read: one line at most in canonical mode.
// Returns false when nothing is readable yet (the reader blocks).
bool tty_take(Kernel& k, usize max, std::string* out);

// Whether `p` may use the terminal now, for a read (SIGTTIN) or a change of
// its settings (SIGTTOU). A process of another session, or of the
// foreground group, may. A background process is sent the signal (its
// group stops, by default) and retries the call after it is continued;
// when the signal is ignored or blocked the call fails with EIO instead.
enum class TtyAccess { allowed, retry, eio };
TtyAccess tty_check_background(Kernel& k, Process& p, int sig);

// Sends `sig` to every process in the terminal's foreground group.
void tty_signal_foreground(Kernel& k, int sig);

// Job control without a shell (POSIX): a process group is orphaned when no
// member has a parent in another group of the same session. When an exit
// orphans a group that has a stopped member, nobody is left to continue
// it, so the kernel sends the group SIGHUP, then SIGCONT.
bool orphaned_group(const Kernel& k, i32 pgrp);
void hang_up_orphaned_group(Kernel& k, i32 pgrp);

}  // namespace forklab::kernel
