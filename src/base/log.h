// ForkLab's own messages (not the guest's output). The core never writes to
// stdout itself: it hands messages to a sink that the CLI, the desktop app or
// the web page installs. The default sink writes "forklab: ..." to stderr.
#pragma once

#include <string_view>

namespace forklab {

enum class LogLevel { info, warning, error };

using LogSink = void (*)(LogLevel level, std::string_view message);

void set_log_sink(LogSink sink);
void log_message(LogLevel level, std::string_view message);

inline void log_info(std::string_view m) { log_message(LogLevel::info, m); }
inline void log_warning(std::string_view m) { log_message(LogLevel::warning, m); }
inline void log_error(std::string_view m) { log_message(LogLevel::error, m); }

const char* log_level_name(LogLevel level);

}  // namespace forklab
