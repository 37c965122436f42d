#include "lab/lab.h"

#include <cstdio>

#include "kernel/state_hash.h"
#include "lab/query.h"
#include "lab/snapshot.h"

namespace forklab::lab {

using kernel::RunStop;

const char* run_stop_name(RunStop stop) {
  switch (stop) {
    case RunStop::budget: return "budget";
    case RunStop::top_exited: return "top_exited";
    case RunStop::all_exited: return "all_exited";
    case RunStop::deadlock: return "deadlock";
    case RunStop::manual_pick: return "manual_pick";
    case RunStop::time_limit: return "time_limit";
    case RunStop::input_wait: return "input_wait";
    case RunStop::stopped: return "stopped";
  }
  return "?";
}

bool parse_step_kind(std::string_view name, Session::Step* out) {
  struct Named {
    const char* name;
    Session::Step kind;
  };
  static constexpr Named kKinds[] = {
      {"instruction", Session::Step::instruction}, {"syscall", Session::Step::syscall},
      {"fork", Session::Step::fork},               {"exec", Session::Step::exec},
      {"exit", Session::Step::exit},               {"signal", Session::Step::signal},
  };
  for (const Named& k : kKinds) {
    if (name == k.name) {
      *out = k.kind;
      return true;
    }
  }
  return false;
}

Lab::Lab(const LabSettings& settings) : settings_(settings) { reset(); }

void Lab::set_files(std::vector<SourceFile> files) {
  files_ = std::move(files);
  program_started_ = false;
}

void Lab::put_file(std::string name, std::string text) {
  for (SourceFile& f : files_) {
    if (f.name == name) {
      f.text = std::move(text);
      program_started_ = false;
      return;
    }
  }
  files_.push_back(SourceFile{std::move(name), std::move(text)});
  program_started_ = false;
}

void Lab::notify(std::string_view event, std::string_view json) {
  if (on_notify) on_notify(event, json);
}

void Lab::reset() {
  SessionConfig config;
  config.kernel.memory_bytes = settings_.memory_mib << 20;
  config.kernel.max_processes = settings_.max_processes;
  config.kernel.policy = settings_.policy;
  config.kernel.seed = settings_.seed;
  config.kernel.cow = settings_.cow;
  config.kernel.event_capacity = settings_.event_capacity;
  config.checkpoint_every_insns = settings_.checkpoint_every_insns;
  session_ = std::make_unique<Session>(config);
  terminal_.clear();
  history_.clear();
  program_started_ = false;
  running_ = false;
  last_stop_ = RunStop::budget;
  ++generation_;
  boot_shell();
  notify("reset", "{}");
}

void Lab::boot_shell() {
  kernel::Kernel& k = session_->kernel();
  k.on_output = [this](i32 pid, int, std::string_view bytes) { on_output(pid, bytes); };
  Status started = session_->start({"/bin/sh"});
  if (!started.ok()) on_output(0, "forklab: " + started.error().message + "\n");
  session_->checkpoint();  // the moment of boot: reverse steps can reach it
}

void Lab::on_output(i32 pid, std::string_view bytes) {
  if (terminal_.empty()) terminal_.push_back(TerminalLine{pid, {}});
  for (char c : bytes) {
    TerminalLine& line = terminal_.back();
    if (c == '\n') {
      terminal_.push_back(TerminalLine{pid, {}});
    } else if (c == '\b') {
      if (!line.text.empty()) line.text.pop_back();
    } else if (c != '\r') {
      if (line.text.empty()) line.pid = pid;
      line.text += c;
    }
  }
  if (terminal_.size() > kMaxTerminalLines) {
    terminal_.erase(terminal_.begin(), terminal_.begin() + long(terminal_.size() - kMaxTerminalLines));
  }
  std::string json = "{\"pid\":" + std::to_string(pid) + ",\"text\":";
  kernel::append_json_string(json, bytes);
  notify("output", json + "}");
}

bool Lab::start_program(std::string_view args) {
  reset();
  build_ = build_program(*session_, files_);
  if (!build_.ok) return false;
  std::string name = build_.program.substr(build_.program.find_last_of('/') + 1);
  // Type the command once the shell waits at its prompt, as a student would.
  for (int i = 0; i < 100 && session_->run(1'000'000) == RunStop::budget; ++i) {
  }
  type("./" + name + (args.empty() ? "" : " ") + std::string(args) + "\n");
  program_started_ = true;
  return true;
}

bool Lab::run() {
  if (!program_started_ && !files_.empty() && !start_program()) return false;
  running_ = true;
  return true;
}

void Lab::tick(u64 budget, u64 max_virtual_ns) {
  if (!running_) return;
  kernel::Kernel& k = session_->kernel();
  k.time_limit_ns = max_virtual_ns ? kernel::now_ns(k) + max_virtual_ns : 0;
  RunStop stop = session_->run(budget);
  k.time_limit_ns = 0;
  if (stop == RunStop::budget || stop == RunStop::time_limit || stop == RunStop::input_wait ||
      stop == RunStop::deadlock) {
    // The machine goes on (waiting for typing or a timer is not an end).
    last_stop_ = stop;
    return;
  }
  last_stop_ = stop;
  running_ = false;
  notify("stop", std::string("{\"reason\":\"") + run_stop_name(stop) + "\"}");
}

RunStop Lab::step(Session::Step kind) {
  running_ = false;
  kernel::Kernel& k = session_->kernel();
  Moment moment{k.m.hart.instret, terminal_.size(), terminal_.empty() ? TerminalLine{} : terminal_.back()};
  session_->checkpoint();
  history_.push_back(std::move(moment));
  // A step that cannot finish soon stops after a bounded amount of work.
  last_stop_ = session_->step(kind, kind == Session::Step::instruction ? 1 : 200'000'000);
  notify("stop", std::string("{\"reason\":\"") + run_stop_name(last_stop_) + "\"}");
  return last_stop_;
}

bool Lab::step_back() {
  running_ = false;
  if (history_.empty()) return false;
  Moment moment = std::move(history_.back());
  history_.pop_back();
  if (!session_->reverse_to(moment.instret)) return false;
  terminal_.resize(std::min(terminal_.size(), moment.terminal_lines));
  if (moment.terminal_lines > 0 && terminal_.size() == moment.terminal_lines) terminal_.back() = moment.last_line;
  ++generation_;
  return true;
}

void Lab::type(std::string_view bytes) {
  on_output(0, bytes);  // the echo
  session_->type(bytes);
}

int Lab::signal_terminal(int sig) {
  const kernel::Kernel& k = session_->kernel();
  std::vector<i32> pids;
  for (const kernel::Process& p : k.procs) {
    if (p.live && p.pid != 1 && p.sid == k.console_sid && p.state != kernel::ProcState::zombie) pids.push_back(p.pid);
  }
  int sent = 0;
  for (i32 pid : pids) sent += session_->send_signal(pid, sig) ? 1 : 0;
  return sent;
}

bool Lab::send_signal(i32 pid, int sig) { return session_->send_signal(pid, sig); }

u64 Lab::state_hash() const { return kernel::state_hash(session_->kernel()); }

std::vector<CrashReport> crash_reports(const kernel::Kernel& k) {
  std::vector<CrashReport> crashes;
  const kernel::EventLog& log = k.events;
  for (usize i = 0; i < log.size(); ++i) {
    const kernel::Event& e = log.at(i);
    if (e.kind != kernel::EventKind::exit) continue;
    int sig = int(e.f[0] & 0x7f);
    // The signals that mean the program did something wrong.
    if (sig != 4 && sig != 5 && sig != 6 && sig != 7 && sig != 8 && sig != 11) continue;
    CrashReport c;
    c.pid = e.pid;
    c.sig = sig;
    c.time_ns = e.time_ns;
    for (usize j = i; j-- > 0 && i - j < 64;) {  // the fault just before, if any
      const kernel::Event& f = log.at(j);
      if (f.pid != e.pid || f.kind != kernel::EventKind::page_fault || f.f[2] != 0) continue;
      c.has_address = true;
      c.address = f.f[0];
      static const char* const kAccess[] = {"load", "store", "fetch"};
      c.access = f.f[1] < 3 ? kAccess[f.f[1]] : "?";
      break;
    }
    // The program's name from its exec (the process may be reaped by now).
    for (usize j = i; j-- > 0;) {
      const kernel::Event& x = log.at(j);
      if (x.pid != e.pid || x.kind != kernel::EventKind::exec) continue;
      std::string_view path = log.text(x.text);
      c.name = std::string(path.substr(path.find_last_of('/') + 1));
      break;
    }
    crashes.push_back(std::move(c));
  }
  return crashes;
}

namespace {

std::string crashes_json(const std::vector<CrashReport>& crashes) {
  std::string out = "{\"crashes\":[";
  for (usize i = 0; i < crashes.size(); ++i) {
    const CrashReport& c = crashes[i];
    out += i ? ",{\"pid\":" : "{\"pid\":";
    out += std::to_string(c.pid) + ",\"name\":";
    kernel::append_json_string(out, c.name);
    out += ",\"sig\":" + std::to_string(c.sig) + ",\"signal\":\"" + signal_name(c.sig) + "\"";
    if (c.has_address) out += ",\"address\":" + std::to_string(c.address) + ",\"access\":\"" + c.access + "\"";
    out += ",\"time_ns\":" + std::to_string(c.time_ns) + "}";
  }
  return out + "]}";
}

std::string terminal_json(const std::vector<TerminalLine>& lines) {
  std::string out = "{\"lines\":[";
  for (usize i = 0; i < lines.size(); ++i) {
    out += i ? ",{\"pid\":" : "{\"pid\":";
    out += std::to_string(lines[i].pid) + ",\"text\":";
    kernel::append_json_string(out, lines[i].text);
    out += '}';
  }
  return out + "]}";
}

std::string build_json(const BuildResult& b) {
  std::string out = std::string("{\"ok\":") + (b.ok ? "true" : "false") + ",\"program\":";
  kernel::append_json_string(out, b.program);
  out += ",\"messages\":[";
  for (usize i = 0; i < b.messages.size(); ++i) {
    const BuildMessage& m = b.messages[i];
    out += i ? ",{\"file\":" : "{\"file\":";
    kernel::append_json_string(out, m.file);
    out += ",\"line\":" + std::to_string(m.line) + ",\"column\":" + std::to_string(m.column) +
           ",\"error\":" + (m.error ? "true" : "false") + ",\"message\":";
    kernel::append_json_string(out, m.message);
    out += '}';
  }
  return out + "]}";
}

}  // namespace

std::string Lab::query(std::string_view what, i64 arg) const {
  const kernel::Kernel& k = session_->kernel();
  i32 pid = i32(arg);
  if (what == "processes") return process_table_json(snapshot_processes(k));
  if (what == "tree") return tree_json(snapshot_processes(k));
  if (what == "memory") return memory_json(snapshot_memory(k, pid), snapshot_frame_owners(k), k.events);
  if (what == "frames") return frame_map_json(snapshot_frame_owners(k));
  if (what == "fds") return fds_json(pid, snapshot_fds(k, pid));
  if (what == "signals") return signals_json(snapshot_signals(k, pid));
  if (what == "cpu") return cpu_json(snapshot_cpu(k, pid));
  if (what == "events") return events_json(k.events, u64(arg < 0 ? 0 : arg), 2000);
  if (what == "terminal") return terminal_json(terminal_);
  if (what == "build") return build_json(build_);
  if (what == "crashes") return crashes_json(crash_reports(k));
  if (what == "files") {
    std::string out = "{\"files\":[";
    for (usize i = 0; i < files_.size(); ++i) {
      out += i ? "," : "";
      kernel::append_json_string(out, files_[i].name);
    }
    return out + "]}";
  }
  if (what == "state") {
    char hash[24];
    std::snprintf(hash, sizeof hash, "%016llx", static_cast<unsigned long long>(state_hash()));
    std::string out = "{\"instret\":" + std::to_string(k.m.hart.instret) +
                      ",\"time_ns\":" + std::to_string(kernel::now_ns(k)) +
                      ",\"running\":" + (running_ ? "true" : "false") + ",\"stop\":\"" + run_stop_name(last_stop_) +
                      "\",\"hash\":\"" + hash + "\",\"steps_back\":" + std::to_string(history_.size()) +
                      ",\"checkpoints\":" + std::to_string(session_->checkpoints().size()) +
                      ",\"processes\":" + std::to_string(kernel::live_process_count(k)) +
                      ",\"policy\":\"" + kernel::sched_policy_name(k.config.policy) +
                      "\",\"seed\":" + std::to_string(k.config.seed) + ",\"program\":";
    kernel::append_json_string(out, build_.program);
    return out + "}";
  }
  std::string out = "{\"error\":";
  kernel::append_json_string(out, "unknown query '" + std::string(what) + "'");
  return out + "}";
}

}  // namespace forklab::lab
