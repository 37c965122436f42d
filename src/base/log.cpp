#include "base/log.h"

#include <cstdio>

namespace forklab {
namespace {

void stderr_sink(LogLevel level, std::string_view message) {
  std::fprintf(stderr, "forklab: %s%.*s\n", level == LogLevel::info ? "" : log_level_name(level),
               int(message.size()), message.data());
}

LogSink current_sink = stderr_sink;

}  // namespace

const char* log_level_name(LogLevel level) {
  switch (level) {
    case LogLevel::info: return "info: ";
    case LogLevel::warning: return "warning: ";
    case LogLevel::error: return "error: ";
  }
  return "";
}

void set_log_sink(LogSink sink) { current_sink = sink ? sink : stderr_sink; }

void log_message(LogLevel level, std::string_view message) { current_sink(level, message); }

}  // namespace forklab
