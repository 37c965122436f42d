// Schedules (SPEC §6.1 [schedules]): the same program run under N seeds of
// the random scheduler, its distinct outputs grouped with their counts, so
// a student sees that the order of a racy program is not fixed.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "lab/build.h"
#include "lab/session.h"

namespace forklab::lab {

struct ScheduleOutcome {
  std::string output;       // everything the program printed
  std::vector<u64> seeds;   // the seeds that gave it
};

class ScheduleExplorer {
 public:
  // Each run stops when the program exits or after these limits.
  static constexpr u64 kMaxInsns = 50'000'000;
  static constexpr u64 kMaxVirtualNs = 10'000'000'000;  // 10 s

  // Starts exploring `files` (built as Run builds them) under seeds 1..n.
  void start(std::vector<SourceFile> files, int n);
  // Runs the next seed; false once every seed has run (or nothing to do).
  bool step();
  bool done() const { return next_seed_ > seeds_; }
  int runs_done() const { return int(next_seed_) - 1; }
  int runs_total() const { return int(seeds_); }
  const std::string& error() const { return error_; }
  // Distinct outputs, the most frequent first.
  std::vector<ScheduleOutcome> outcomes() const;
  std::string json() const;

 private:
  std::vector<SourceFile> files_;
  u64 seeds_ = 0;
  u64 next_seed_ = 1;
  std::map<std::string, std::vector<u64>> by_output_;
  std::string error_;
};

}  // namespace forklab::lab
