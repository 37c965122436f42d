#include "lab/schedules.h"

#include <algorithm>

namespace forklab::lab {

void ScheduleExplorer::start(std::vector<SourceFile> files, int n) {
  files_ = std::move(files);
  seeds_ = u64(std::max(0, n));
  next_seed_ = 1;
  by_output_.clear();
  error_.clear();
}

bool ScheduleExplorer::step() {
  if (done() || !error_.empty()) return false;
  u64 seed = next_seed_++;
  SessionConfig config;
  config.kernel.memory_bytes = 16u << 20;
  config.kernel.policy = kernel::SchedPolicy::random;
  config.kernel.seed = seed;
  config.kernel.event_capacity = 1u << 12;
  Session session(config);
  BuildResult build = build_program(session, files_);
  if (!build.ok) {
    error_ = build.messages.empty() ? "the build failed" : build.messages[0].message;
    return false;
  }
  std::string output;
  kernel::Kernel& k = session.kernel();
  k.on_output = [&output](i32, int, std::string_view bytes) {
    if (output.size() < 64 * 1024) output.append(bytes);
  };
  k.console_is_tty = {false, false, false};  // as a pipe: no prompt, stdio fully buffered
  k.console_input_closed = true;
  k.time_limit_ns = kMaxVirtualNs;
  if (!session.start({build.program}).ok()) {
    error_ = "cannot start " + build.program;
    return false;
  }
  for (u64 used = 0; used < kMaxInsns; used += 1'000'000) {
    kernel::RunStop stop = session.run(1'000'000);
    if (stop != kernel::RunStop::budget) break;
  }
  by_output_[output].push_back(seed);
  return true;
}

std::vector<ScheduleOutcome> ScheduleExplorer::outcomes() const {
  std::vector<ScheduleOutcome> out;
  for (const auto& [output, seeds] : by_output_) out.push_back({output, seeds});
  std::stable_sort(out.begin(), out.end(),
                   [](const ScheduleOutcome& a, const ScheduleOutcome& b) { return a.seeds.size() > b.seeds.size(); });
  return out;
}

std::string ScheduleExplorer::json() const {
  std::string out = "{\"runs\":" + std::to_string(runs_done()) + ",\"total\":" + std::to_string(runs_total()) +
                    ",\"done\":" + (done() ? "true" : "false") + ",\"error\":";
  kernel::append_json_string(out, error_);
  out += ",\"outcomes\":[";
  bool first = true;
  for (const ScheduleOutcome& o : outcomes()) {
    out += first ? "{\"count\":" : ",{\"count\":";
    first = false;
    out += std::to_string(o.seeds.size()) + ",\"seeds\":[";
    for (usize i = 0; i < o.seeds.size(); ++i) out += (i ? "," : "") + std::to_string(o.seeds[i]);
    out += "],\"output\":";
    kernel::append_json_string(out, o.output);
    out += '}';
  }
  return out + "]}";
}

}  // namespace forklab::lab
