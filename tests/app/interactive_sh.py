#!/usr/bin/env python3
"""Drives `forklab sh` through a pseudo-terminal, as a person at a terminal
would (SPEC §4.4, issue 14): ^C ends only the foreground job and the prompt
comes back; `sleep 100 &`, `jobs`, `fg`, ^Z, `bg` print what bash prints.

    interactive_sh.py FORKLAB WORKDIR

The steps wait for what the terminal shows, never for a fixed time. When a
key must reach a process that is already asleep (^C for `sleep 100`), the
step waits until the kernel's trace (--trace, flushed whenever forklab waits
for the user) shows that process blocked. Exits 0 when every step passed.
"""
import json
import os
import pty
import re
import select
import sys
import time

TIMEOUT = 30  # seconds for one step: only reached when something is wrong


class Terminal:
    def __init__(self, argv):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execv(argv[0], argv)
        self.seen = ""   # everything printed so far, \r removed
        self.mark = 0    # expect() looks at what came after this

    def read_some(self, timeout):
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return True
        try:
            data = os.read(self.fd, 4096)
        except OSError:  # the other side closed: forklab exited
            return False
        if not data:
            return False
        self.seen += data.decode("utf-8", "replace").replace("\r", "")
        return True

    def expect(self, pattern, what):
        """Waits until the output after the mark matches pattern; moves the
        mark past the match."""
        regex = re.compile(pattern)
        deadline = time.monotonic() + TIMEOUT
        while True:
            m = regex.search(self.seen, self.mark)
            if m:
                self.mark = m.end()
                return m
            if time.monotonic() > deadline or not self.read_some(0.2):
                m = regex.search(self.seen, self.mark)
                if m:
                    self.mark = m.end()
                    return m
                fail(what, "expected %r" % pattern, self.seen[self.mark:])

    def send(self, text):
        os.write(self.fd, text.encode())

    def finish(self):
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline and self.read_some(0.2):
            pass
        _, status = os.waitpid(self.pid, 0)
        return os.waitstatus_to_exitcode(status)


class Trace:
    """The kernel's events, as forklab streams them (docs/trace.md)."""

    def __init__(self, path):
        self.path = path
        self.events = []

    def reload(self):
        try:
            with open(self.path) as f:
                # The first line is the header; the last may be cut short
                # by a flush in the middle of a line.
                lines = f.read().split("\n")[1:-1]
        except FileNotFoundError:
            return
        self.events = [json.loads(line) for line in lines if line.strip()]

    def wait_for(self, test, what, term):
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            self.reload()
            for e in self.events:
                if test(e):
                    return e
            term.read_some(0.1)
        fail(what, "no such event in the trace", term.seen[term.mark:])

    def asleep(self, pid, channel, after, term, what):
        """Waits until pid blocks on channel (a wait channel name) in an
        event numbered above `after`."""
        return self.wait_for(lambda e: e["seq"] > after and e["kind"] == "block" and e["pid"] == pid
                             and e.get("text") == channel, what, term)

    def last_seq(self):
        self.reload()
        return self.events[-1]["seq"] if self.events else 0

    def exec_of(self, path, after, term, what):
        return self.wait_for(lambda e: e["seq"] > after and e["kind"] == "exec" and e.get("text") == path,
                             what, term)


def fail(step, why, output):
    sys.stderr.write("FAILED at step: %s\n%s\n--- terminal output since the previous step:\n%s\n"
                     % (step, why, output))
    sys.exit(1)


def main():
    forklab, workdir = sys.argv[1], sys.argv[2]
    trace_path = os.path.join(workdir, "interactive_sh.trace.jsonl")
    if os.path.exists(trace_path):
        os.remove(trace_path)
    term = Terminal([forklab, "sh", "--trace", trace_path])
    trace = Trace(trace_path)
    prompt = r"\$ $"

    term.expect(prompt, "the first prompt")
    shell = trace.wait_for(lambda e: e["kind"] == "exec" and e.get("text") == "/bin/sh", "sh runs", term)["pid"]

    # ^C ends the foreground job only.
    before = trace.last_seq()
    term.send("sleep 100\r")
    term.expect(r"sleep 100\n", "typed text is echoed")
    sleeper = trace.exec_of("/bin/sleep", before, term, "sleep 100 starts")["pid"]
    trace.asleep(sleeper, "hrtimer_nanosleep", before, term, "sleep 100 sleeps")
    term.send("\x03")
    term.expect(r"\^C\n\$ $", "^C echoes and the prompt returns")
    term.send("echo alive $?\r")
    term.expect(r"\nalive 130\n\$ $", "the shell survived ^C; $? is 128+SIGINT")

    # A background job, jobs, fg, ^Z, bg, as bash prints them.
    before = trace.last_seq()
    term.send("sleep 100 &\r")
    job_pid = int(term.expect(r"\n\[1\] (\d+)\n\$ $", "[1] PID for a background job").group(1))
    trace.asleep(job_pid, "hrtimer_nanosleep", before, term, "the background sleep sleeps")
    term.send("jobs\r")
    term.expect(r"\n\[1\]\+  Running                 sleep 100 &\n\$ $", "jobs lists it running")

    before = trace.last_seq()
    term.send("fg\r")
    term.expect(r"\nsleep 100\n", "fg prints the job's command")
    trace.asleep(shell, "do_wait", before, term, "the shell waits for the job in the foreground")
    term.send("\x1a")
    term.expect(r"\^Z\n\[1\]\+  Stopped                 sleep 100\n\$ $", "^Z stops the job")
    term.send("jobs\r")
    term.expect(r"\n\[1\]\+  Stopped                 sleep 100\n\$ $", "jobs lists it stopped")
    term.send("bg\r")
    term.expect(r"\n\[1\]\+ sleep 100 &\n\$ $", "bg continues it in the background")
    term.send("jobs\r")
    term.expect(r"\n\[1\]\+  Running                 sleep 100 &\n\$ $", "jobs lists it running again")
    term.send("kill %1\r")  # the job dies before kill returns, and is reported at the prompt
    term.expect(r"kill %1\n\[1\]\+  Terminated              sleep 100\n\$ $", "the killed job is reported")

    # The line discipline: backspace (DEL) and ^U edit the line; ^C drops it.
    term.send("echo ab\x7fc\x15echo xy\r")
    term.expect(r"\nxy\n\$ $", "DEL and ^U edit the line before the shell reads it")
    term.send("echo never\x03")
    term.expect(r"\^C\n?\$ $", "^C at the prompt drops the typed line")
    term.send("echo still here\r")
    term.expect(r"\nstill here\n\$ $", "the shell ignored that ^C")

    # ^D on an empty line: end of file, the shell exits.
    term.send("\x04")
    status = term.finish()
    if status != 0:
        fail("^D ends the shell", "forklab exited with %d" % status, term.seen[term.mark:])
    print("interactive sh: all steps passed")


if __name__ == "__main__":
    main()
