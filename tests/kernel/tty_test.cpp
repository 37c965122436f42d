// The console's line discipline (kernel/tty.cpp): what typed bytes become
// for readers, what is echoed, and which signals the keys send.
#include "kernel/tty.h"

#include <doctest/doctest.h>

#include <string>

#include "kernel/abi/signal.h"
#include "kernel/kernel.h"

using namespace forklab;
using namespace forklab::kernel;

namespace {

struct Console {
  Kernel k;
  std::string echoed;

  Console() {
    k.console_is_tty = {true, true, true};
    k.on_output = [this](i32 pid, int, std::string_view bytes) {
      CHECK(pid == 0);  // echo is the kernel's output, not a process's
      echoed.append(bytes);
    };
  }

  // What one read of up to `max` bytes returns; "<block>" if it would wait.
  std::string read(usize max = 100) {
    std::string out;
    return tty_take(k, max, &out) ? out : "<block>";
  }

  // A process in the console's session, in group `pgid`.
  Process& add_process(i32 pid, i32 pgid) {
    Process& p = k.procs[usize(pid)];
    p.live = true;
    p.pid = pid;
    p.pgid = pgid;
    p.sid = k.console_sid;
    p.state = ProcState::sleeping;
    return p;
  }
};

bool pending(const Process& p, int sig) { return p.pending & (1ull << (sig - 1)); }

}  // namespace

TEST_CASE("canonical mode: a read waits for a whole line and returns one line") {
  Console c;
  tty_receive(c.k, "ech");
  CHECK(c.read() == "<block>");
  tty_receive(c.k, "o\rsecond\n");  // Enter sends \r; ICRNL makes it \n
  CHECK(c.read() == "echo\n");
  CHECK(c.read(3) == "sec");  // a short read leaves the rest of the line
  CHECK(c.read() == "ond\n");
  CHECK(c.read() == "<block>");
  CHECK(c.echoed == "echo\nsecond\n");
}

TEST_CASE("backspace, ^W and ^U edit the line before anyone reads it") {
  Console c;
  tty_receive(c.k, "ab\x7f" "c");
  CHECK(c.echoed == "ab\b \bc");
  tty_receive(c.k, " two words\x17\x17x\n");
  CHECK(c.read() == "ac x\n");  // each ^W took one word (and the blanks after it)
  tty_receive(c.k, "gone\x15kept\n");
  CHECK(c.read() == "kept\n");
  tty_receive(c.k, "\x7f\x7fz\n");  // erasing an empty line does nothing
  CHECK(c.read() == "z\n");
}

TEST_CASE("^D hands over a partial line, and on an empty line means end of file") {
  Console c;
  tty_receive(c.k, "abc\x04");
  CHECK(c.read() == "abc");
  tty_receive(c.k, "\x04");
  CHECK(c.read() == "");  // a read of 0 bytes: end of file
  CHECK(c.read() == "<block>");  // the terminal is still open
  CHECK(c.echoed == "abc");  // ^D is not echoed
}

TEST_CASE("^C, ^\\ and ^Z signal the foreground group only and drop typed input") {
  Console c;
  Process& shell = c.add_process(2, 2);
  Process& job = c.add_process(3, 3);
  Process& job2 = c.add_process(4, 3);
  c.k.tty.foreground_pgrp = 3;
  tty_receive(c.k, "half a line\x03");
  CHECK(pending(job, ABI_SIGINT));
  CHECK(pending(job2, ABI_SIGINT));
  CHECK_FALSE(pending(shell, ABI_SIGINT));
  CHECK(c.echoed == "half a line^C");
  tty_receive(c.k, "\n");
  CHECK(c.read() == "\n");  // the half line was thrown away
  tty_receive(c.k, "\x1a\x1c");
  CHECK(pending(job, ABI_SIGTSTP));
  CHECK(pending(job, ABI_SIGQUIT));
  CHECK_FALSE(pending(shell, ABI_SIGTSTP));
}

TEST_CASE("raw mode: every byte is readable at once, control keys included") {
  Console c;
  c.k.tty.termios.c_lflag &= ~u32(ABI_ICANON | ABI_ECHO | ABI_ISIG);
  Process& p = c.add_process(2, 2);
  c.k.tty.foreground_pgrp = 2;
  tty_receive(c.k, "q\x03\x7f");
  CHECK(c.read(2) == "q\x03");
  CHECK(c.read() == "\x7f");
  CHECK_FALSE(pending(p, ABI_SIGINT));
  CHECK(c.echoed.empty());
}

TEST_CASE("a plain stream console passes bytes through untouched") {
  Console c;
  c.k.console_is_tty = {false, false, false};
  tty_receive(c.k, "a\x7f\x03\n");
  CHECK(c.k.console_input == "a\x7f\x03\n");
  CHECK(c.echoed.empty());
}
