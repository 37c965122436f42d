#include "lab/lesson.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <set>

#include "lab/snapshot.h"
#include "md4c.h"

namespace forklab::lab {

using namespace kernel;

// ---- Parsing ------------------------------------------------------------------

namespace {

std::string trim(std::string_view s) {
  usize b = 0, e = s.size();
  while (b < e && std::isspace(u8(s[b]))) ++b;
  while (e > b && std::isspace(u8(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

std::vector<std::string> split_list(std::string_view s) {
  std::vector<std::string> out;
  usize at = 0;
  while (at <= s.size()) {
    usize comma = s.find(',', at);
    if (comma == std::string_view::npos) comma = s.size();
    std::string item = trim(s.substr(at, comma - at));
    if (!item.empty()) out.push_back(item);
    at = comma + 1;
  }
  return out;
}

std::vector<std::string> lines_of(std::string_view s) {
  std::vector<std::string> out;
  usize at = 0;
  while (at < s.size()) {
    usize nl = s.find('\n', at);
    if (nl == std::string_view::npos) nl = s.size();
    out.push_back(std::string(s.substr(at, nl - at)));
    at = nl + 1;
  }
  return out;
}

Status apply_front_matter(Lesson& lesson, const std::string& key, const std::string& value) {
  if (key == "title") lesson.title = value;
  else if (key == "programs" || key == "program") lesson.programs = split_list(value);
  else if (key == "files") lesson.files = split_list(value);
  else if (key == "panels") {
    // The panel ids of SPEC §6.1.
    static const std::set<std::string> known = {"editor", "terminal", "pstree",  "ps",        "timeline",
                                                "memory", "variables", "compare", "cpu",       "syscalls",
                                                "files",  "signals",  "schedules", "controls", "lesson"};
    lesson.panels = split_list(value);
    for (const std::string& panel : lesson.panels) {
      if (!known.contains(panel)) return make_error("unknown panel '" + panel + "'");
    }
  }
  else if (key == "command") lesson.command = value;
  else if (key == "scheduler") {
    SchedPolicy policy;
    if (!parse_sched_policy(value, &policy)) return make_error("unknown scheduler '" + value + "'");
    lesson.scheduler = value;
  } else if (key == "seed") lesson.seed = std::strtoull(value.c_str(), nullptr, 10);
  else if (key == "cow") lesson.cow = value != "no" && value != "off" && value != "false";
  else if (key == "nproc") lesson.nproc = u32(std::strtoul(value.c_str(), nullptr, 10));
  else if (key == "memory") lesson.memory_mib = u32(std::strtoul(value.c_str(), nullptr, 10));
  else if (key == "boot") lesson.boot_rc = value;
  else return make_error("unknown front matter key '" + key + "'");
  return {};
}

Result<Prediction> parse_prediction(const std::string& block) {
  Prediction p;
  for (const std::string& raw : lines_of(block)) {
    std::string line = trim(raw);
    if (line.empty()) continue;
    usize colon = line.find(':');
    if (colon == std::string::npos) return make_error("prediction line without a key: " + line);
    std::string key = trim(std::string_view(line).substr(0, colon));
    std::string value = trim(std::string_view(line).substr(colon + 1));
    if (key == "question") p.question = value;
    else if (key == "choices") {
      std::string_view rest = value;
      while (!rest.empty()) {
        usize bar = rest.find('|');
        p.choices.push_back(trim(rest.substr(0, bar)));
        rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
      }
    } else if (key == "answer") p.answer = value;
    else return make_error("unknown prediction key '" + key + "'");
  }
  if (p.question.empty() || p.answer.empty()) return make_error("a prediction needs a question and an answer");
  if (!p.choices.empty() && std::find(p.choices.begin(), p.choices.end(), p.answer) == p.choices.end()) {
    return make_error("the answer '" + p.answer + "' is not one of the choices");
  }
  if (p.choices.empty()) {
    char* end = nullptr;
    std::strtod(p.answer.c_str(), &end);
    if (*end != '\0') return make_error("a prediction without choices needs a number as its answer");
  }
  return p;
}

// md4c walks the body; we keep headings, paragraphs, lists and the special
// fenced blocks (run, predict, check).
struct BodyParser {
  Lesson* lesson = nullptr;
  std::string error;
  std::string heading;     // text of the heading being read
  bool in_heading = false;
  unsigned heading_level = 0;
  std::string code_info;   // info string of the fenced block being read
  std::string code;
  bool in_code = false;
  int list_depth = 0;

  std::string& text() { return lesson->steps.empty() ? lesson->intro : lesson->steps.back().text; }
  LessonStep* step() { return lesson->steps.empty() ? nullptr : &lesson->steps.back(); }

  void paragraph_break() {
    std::string& t = text();
    if (!t.empty() && !t.ends_with("\n\n")) t += t.ends_with("\n") ? "\n" : "\n\n";
  }

  void enter(MD_BLOCKTYPE type, void* detail) {
    switch (type) {
      case MD_BLOCK_H:
        in_heading = true;
        heading.clear();
        heading_level = static_cast<MD_BLOCK_H_DETAIL*>(detail)->level;
        break;
      case MD_BLOCK_CODE: {
        auto* d = static_cast<MD_BLOCK_CODE_DETAIL*>(detail);
        code_info = trim(std::string_view(d->info.text ? d->info.text : "", d->info.size));
        code.clear();
        in_code = true;
        break;
      }
      case MD_BLOCK_UL:
      case MD_BLOCK_OL: ++list_depth; break;
      case MD_BLOCK_LI: {
        std::string& t = text();
        if (!t.empty() && !t.ends_with("\n")) t += "\n";
        t += std::string(usize(2 * (list_depth - 1)), ' ') + "- ";
        break;
      }
      case MD_BLOCK_P:
        if (list_depth == 0) paragraph_break();
        break;
      default: break;
    }
  }

  void leave(MD_BLOCKTYPE type) {
    switch (type) {
      case MD_BLOCK_H:
        in_heading = false;
        if (heading_level == 1 && lesson->title.empty()) lesson->title = trim(heading);
        else if (heading_level == 2) lesson->steps.push_back(LessonStep{trim(heading), "", "", {}, {}});
        else {
          paragraph_break();
          text() += trim(heading) + "\n\n";
        }
        break;
      case MD_BLOCK_CODE: in_code = false; finish_code(); break;
      case MD_BLOCK_UL:
      case MD_BLOCK_OL:
        --list_depth;
        if (list_depth == 0) paragraph_break();
        break;
      case MD_BLOCK_P:
        if (list_depth == 0) paragraph_break();
        break;
      default: break;
    }
  }

  void finish_code() {
    if (code_info == "check" || code_info == "predict" || code_info == "run") {
      LessonStep* s = step();
      if (!s) {
        error = "a ```" + code_info + " block before the first step (## heading)";
        return;
      }
      if (code_info == "check") {
        for (const std::string& line : lines_of(code)) {
          std::string l = trim(line);
          if (!l.empty() && l[0] != '#') s->checks.push_back(l);
        }
      } else if (code_info == "run") {
        s->run = trim(code);
      } else {
        Result<Prediction> p = parse_prediction(code);
        if (!p.ok()) error = "step '" + s->title + "': " + p.error().message;
        else s->prediction = *p;
      }
      return;
    }
    // Any other code block is part of the text, indented.
    paragraph_break();
    for (const std::string& line : lines_of(code)) text() += "    " + line + "\n";
    text() += "\n";
  }

  void add_text(MD_TEXTTYPE type, std::string_view s) {
    if (in_code) {
      code += s;
      return;
    }
    std::string piece = type == MD_TEXT_SOFTBR ? " " : type == MD_TEXT_BR ? "\n" : std::string(s);
    if (type == MD_TEXT_ENTITY) {
      piece = s == "&amp;" ? "&" : s == "&lt;" ? "<" : s == "&gt;" ? ">" : s == "&quot;" ? "\"" : std::string(s);
    }
    if (in_heading) heading += piece;
    else text() += piece;
  }
};

}  // namespace

Result<Lesson> parse_lesson(std::string_view markdown, const std::string& name) {
  Lesson lesson;
  lesson.name = name;
  std::string_view body = markdown;
  if (body.starts_with("---\n")) {
    usize end = body.find("\n---\n", 3);
    if (end == std::string_view::npos) return make_error(name + ": front matter has no closing ---");
    for (const std::string& raw : lines_of(body.substr(4, end - 3))) {
      std::string line = trim(raw);
      if (line.empty() || line[0] == '#') continue;
      usize colon = line.find(':');
      if (colon == std::string::npos) return make_error(name + ": front matter line without ':': " + line);
      Status ok = apply_front_matter(lesson, trim(std::string_view(line).substr(0, colon)),
                                     trim(std::string_view(line).substr(colon + 1)));
      if (!ok.ok()) return make_error(name + ": " + ok.error().message);
    }
    body = body.substr(end + 5);
  }

  BodyParser parser;
  parser.lesson = &lesson;
  MD_PARSER md{};
  md.abi_version = 0;
  md.flags = MD_FLAG_NOHTMLBLOCKS | MD_FLAG_NOHTMLSPANS | MD_FLAG_TABLES;
  md.enter_block = [](MD_BLOCKTYPE type, void* detail, void* user) {
    static_cast<BodyParser*>(user)->enter(type, detail);
    return 0;
  };
  md.leave_block = [](MD_BLOCKTYPE type, void*, void* user) {
    static_cast<BodyParser*>(user)->leave(type);
    return 0;
  };
  md.enter_span = [](MD_SPANTYPE type, void*, void* user) {
    auto* p = static_cast<BodyParser*>(user);
    if (type == MD_SPAN_CODE) p->add_text(MD_TEXT_NORMAL, "`");
    return 0;
  };
  md.leave_span = [](MD_SPANTYPE type, void*, void* user) {
    auto* p = static_cast<BodyParser*>(user);
    if (type == MD_SPAN_CODE) p->add_text(MD_TEXT_NORMAL, "`");
    return 0;
  };
  md.text = [](MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* user) {
    static_cast<BodyParser*>(user)->add_text(type, std::string_view(text, size));
    return 0;
  };
  if (md_parse(body.data(), MD_SIZE(body.size()), &md, &parser) != 0) {
    return make_error(name + ": the Markdown parser failed");
  }
  if (!parser.error.empty()) return make_error(name + ": " + parser.error);
  if (lesson.title.empty()) return make_error(name + ": no title (front matter or a # heading)");
  if (lesson.steps.empty()) return make_error(name + ": no steps (## headings)");
  if (lesson.command.empty()) {
    if (!lesson.boot_rc.empty()) return make_error(name + ": a boot lesson needs a command to type at the shell");
    if (lesson.programs.empty()) return make_error(name + ": no command and no program to run");
    std::string prog = lesson.programs.front();
    lesson.command = "./" + prog.substr(0, prog.rfind('.'));
  }
  for (LessonStep& s : lesson.steps) {
    while (s.text.ends_with("\n")) s.text.pop_back();
  }
  while (lesson.intro.ends_with("\n")) lesson.intro.pop_back();
  return lesson;
}

// ---- The check language ---------------------------------------------------------

namespace {

struct Token {
  enum Kind { word, number, string, op, var } kind;
  std::string text;
  i64 value = 0;
};

Result<std::vector<Token>> tokenize(std::string_view s) {
  std::vector<Token> out;
  usize i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (std::isspace(u8(c))) {
      ++i;
    } else if (c == '"') {
      usize end = s.find('"', i + 1);
      if (end == std::string_view::npos) return make_error("unterminated string");
      out.push_back({Token::string, std::string(s.substr(i + 1, end - i - 1))});
      i = end + 1;
    } else if (c == '=' || c == '!' || c == '<' || c == '>') {
      std::string op(1, c);
      if (i + 1 < s.size() && s[i + 1] == '=') op += '=';
      out.push_back({Token::op, op});  // a lone "=" only appears in `let`
      i += op.size();
    } else if (c == '$') {
      usize b = ++i;
      while (i < s.size() && (std::isalnum(u8(s[i])) || s[i] == '_')) ++i;
      out.push_back({Token::var, std::string(s.substr(b, i - b))});
    } else if (std::isdigit(u8(c)) || (c == '-' && i + 1 < s.size() && std::isdigit(u8(s[i + 1])))) {
      usize b = i++;
      while (i < s.size() && (std::isalnum(u8(s[i])))) ++i;
      std::string num(s.substr(b, i - b));
      char* end = nullptr;
      i64 v = std::strtoll(num.c_str(), &end, 0);
      if (*end != '\0') return make_error("bad number '" + num + "'");
      out.push_back({Token::number, num, v});
      if (i + 1 < s.size() && s[i] == '.' && s[i + 1] == '.') {  // a range: 1..20
        out.push_back({Token::op, ".."});
        i += 2;
      }
    } else {
      usize b = i;
      while (i < s.size() && !std::isspace(u8(s[i])) && s[i] != '"' && s[i] != '=' && s[i] != '!' &&
             s[i] != '<' && s[i] != '>') {
        ++i;
      }
      out.push_back({Token::word, std::string(s.substr(b, i - b))});
    }
  }
  return out;
}

bool compare(i64 a, const std::string& op, i64 b) {
  if (op == "==") return a == b;
  if (op == "!=") return a != b;
  if (op == ">=") return a >= b;
  if (op == "<=") return a <= b;
  if (op == ">") return a > b;
  if (op == "<") return a < b;
  return false;
}

bool is_compare_op(const std::string& s) {
  return s == "==" || s == "!=" || s == ">=" || s == "<=" || s == ">" || s == "<";
}

// A field's value: a number or a string.
struct Value {
  bool is_text = false;
  i64 number = 0;
  std::string text;
};

struct Cond {
  std::string field;
  std::string op;  // a comparison or "contains"
  Token value;
};

struct Query {
  bool events = true;  // else processes
  EventKind kind = EventKind::fork;
  std::vector<Cond> conds;
};

std::optional<EventKind> kind_named(const std::string& name) {
  for (usize i = 0; i < kEventKindCount; ++i) {
    if (name == event_kind_name(EventKind(i))) return EventKind(i);
  }
  return std::nullopt;
}

std::optional<Value> event_field(const EventLog& log, const Event& e, const std::string& field) {
  if (field == "pid") return Value{false, e.pid, {}};
  if (field == "time") return Value{false, i64(e.time_ns), {}};
  if (field == "insn") return Value{false, i64(e.instret), {}};
  if (field == "seq") return Value{false, i64(e.seq), {}};
  if (field == "text") return Value{true, 0, std::string(log.text(e.text))};
  for (usize i = 0; i < event_field_count(e.kind); ++i) {
    if (field == event_field_name(e.kind, i)) return Value{false, i64(i32(e.f[i])), {}};
  }
  return std::nullopt;
}

std::optional<Value> process_field(const ProcessRow& p, const std::string& field) {
  auto num = [](i64 v) { return Value{false, v, {}}; };
  auto text = [](std::string s) { return Value{true, 0, std::move(s)}; };
  if (field == "pid") return num(p.pid);
  if (field == "ppid") return num(p.ppid);
  if (field == "pgid") return num(p.pgid);
  if (field == "sid") return num(p.sid);
  if (field == "slot") return num(p.slot);
  if (field == "state") return text(std::string(1, p.state));
  if (field == "name") return text(p.name);
  if (field == "command") return text(p.command);
  if (field == "wchan") return text(p.wchan);
  if (field == "nice") return num(p.nice);
  if (field == "fork_return") return num(p.fork_return);
  if (field == "adopted") return num(p.adopted);
  if (field == "resident_pages") return num(p.resident_pages);
  if (field == "shared_pages") return num(p.shared_pages);
  if (field == "cow_pages") return num(p.cow_pages);
  if (field == "minor_faults") return num(i64(p.minor_faults));
  if (field == "cow_faults") return num(i64(p.cow_faults));
  if (field == "utime") return num(i64(p.utime_insns));
  if (field == "stime") return num(i64(p.stime_insns));
  return std::nullopt;
}

class Evaluator {
 public:
  Evaluator(const Session& s, const std::map<std::string, i64>& vars) : session_(s), vars_(vars) {}

  // The conds of a query against one field getter; the error says why a
  // cond could not be evaluated at all (an unknown field or variable).
  template <typename Get>
  bool matches(const std::vector<Cond>& conds, Get get, std::string* error) const {
    for (const Cond& c : conds) {
      std::optional<Value> have = get(c.field);
      if (!have) {
        *error = "no field '" + c.field + "'";
        return false;
      }
      if (c.op == "contains") {
        if (!have->is_text || have->text.find(c.value.text) == std::string::npos) return false;
        continue;
      }
      if (have->is_text) {
        if (c.value.kind == Token::number || c.value.kind == Token::var) {
          *error = "'" + c.field + "' is text";
          return false;
        }
        bool eq = have->text == c.value.text;
        if ((c.op == "==" && !eq) || (c.op == "!=" && eq)) return false;
        if (c.op != "==" && c.op != "!=") {
          *error = "text compares with == or !=";
          return false;
        }
        continue;
      }
      i64 want = 0;
      if (c.value.kind == Token::number) want = c.value.value;
      else if (c.value.kind == Token::var) {
        auto it = vars_.find(c.value.text);
        if (it == vars_.end()) {
          *error = "$" + c.value.text + " is not set (a `let` before failed?)";
          return false;
        }
        want = it->second;
      } else {
        *error = "'" + c.field + "' is a number, not '" + c.value.text + "'";
        return false;
      }
      if (!compare(have->number, c.op, want)) return false;
    }
    return true;
  }

  // Every event matching, in order.
  std::vector<const Event*> events(const Query& q, std::string* error) const {
    std::vector<const Event*> out;
    const EventLog& log = session_.kernel().events;
    for (usize i = 0; i < log.size(); ++i) {
      const Event& e = log.at(i);
      if (e.kind != q.kind) continue;
      if (matches(q.conds, [&](const std::string& f) { return event_field(log, e, f); }, error)) {
        out.push_back(&e);
      }
      if (!error->empty()) return {};
    }
    return out;
  }

  std::vector<ProcessRow> processes(const Query& q, std::string* error) const {
    std::vector<ProcessRow> out;
    for (const ProcessRow& p : snapshot_processes(session_.kernel()).rows) {
      if (matches(q.conds, [&](const std::string& f) { return process_field(p, f); }, error)) {
        out.push_back(p);
      }
      if (!error->empty()) return {};
    }
    return out;
  }

 private:
  const Session& session_;
  const std::map<std::string, i64>& vars_;
};

// Reads `event KIND` or `process`, then `where COND and COND ...`.
Result<Query> parse_query(const std::vector<Token>& t, usize& i) {
  Query q;
  if (i < t.size() && t[i].kind == Token::word && (t[i].text == "event" || t[i].text == "events")) {
    if (++i >= t.size()) return make_error("which event kind?");
    std::optional<EventKind> kind = kind_named(t[i].text);
    if (!kind) return make_error("unknown event kind '" + t[i].text + "'");
    q.kind = *kind;
    ++i;
  } else if (i < t.size() && t[i].kind == Token::word && (t[i].text == "process" || t[i].text == "processes")) {
    q.events = false;
    ++i;
  } else {
    return make_error("expected `event KIND` or `process`");
  }
  if (i < t.size() && t[i].kind == Token::word && t[i].text == "where") {
    ++i;
    while (true) {
      if (i + 3 > t.size()) return make_error("incomplete condition: FIELD OP VALUE");
      Cond c;
      c.field = t[i].text;
      const Token& op = t[i + 1];
      if (!(op.kind == Token::op && is_compare_op(op.text)) && !(op.kind == Token::word && op.text == "contains")) {
        return make_error("expected a comparison after '" + c.field + "'");
      }
      c.op = op.text;
      c.value = t[i + 2];
      q.conds.push_back(c);
      i += 3;
      if (i < t.size() && t[i].kind == Token::word && t[i].text == "and") {
        ++i;
        continue;
      }
      break;
    }
  }
  return q;
}

}  // namespace

// ---- Running a lesson -------------------------------------------------------------

LessonRun::LessonRun(Lesson lesson, ProgramBuilder build, LessonFileReader read)
    : lesson_(std::move(lesson)), build_(std::move(build)), read_(std::move(read)) {}

namespace {

SessionConfig session_config(const Lesson& lesson, u64 seed) {
  SessionConfig config;
  (void)parse_sched_policy(lesson.scheduler, &config.kernel.policy);
  config.kernel.seed = seed;
  config.kernel.cow = lesson.cow;
  if (lesson.nproc) config.kernel.max_processes = lesson.nproc;
  if (lesson.memory_mib) config.kernel.memory_bytes = lesson.memory_mib << 20;
  return config;
}

}  // namespace

Status LessonRun::start() {
  for (const std::string& program : lesson_.programs) {
    std::optional<std::string> source = read_(program);
    if (!source) return make_error("cannot read " + program);
    Result<std::vector<u8>> elf = build_(program, *source);
    if (!elf.ok()) return make_error(program + ": " + elf.error().message);
    built_[program] = std::move(*elf);
  }
  output_.clear();
  session_ = std::make_unique<Session>(session_config(lesson_, lesson_.seed));
  for (const std::string& program : lesson_.programs) {
    std::optional<std::string> source = read_(program);
    FL_CHECK(session_->add_file("/home/student/" + program,
                                {reinterpret_cast<const u8*>(source->data()), source->size()}));
    std::string exe = program.substr(0, program.rfind('.'));
    FL_CHECK(session_->add_file("/home/student/" + exe, built_[program], 0755));
  }
  for (const std::string& file : lesson_.files) {
    std::optional<std::string> data = read_(file);
    if (!data) return make_error("cannot read " + file);
    FL_CHECK(session_->add_file("/home/student/" + file,
                                {reinterpret_cast<const u8*>(data->data()), data->size()}));
  }
  session_->kernel().on_output = [this](i32, int, std::string_view bytes) { output_ += bytes; };
  next_step_ = 0;
  vars_.clear();
  if (!lesson_.boot_rc.empty()) {
    // A full boot: init runs /etc/rc, then a shell on the terminal, where
    // the command is typed. The run ends when that shell waits for more.
    std::optional<std::string> rc = read_(lesson_.boot_rc);
    if (!rc) return make_error("cannot read " + lesson_.boot_rc);
    FL_CHECK(session_->add_file("/etc/rc", {reinterpret_cast<const u8*>(rc->data()), rc->size()}, 0644));
    if (Status booted = session_->start({}); !booted.ok()) return booted;
    session_->type(lesson_.command + "\n");
    return {};
  }
  session_->kernel().console_input_closed = true;
  return session_->start({"/bin/sh", "-c", lesson_.command});
}

kernel::RunStop LessonRun::run_until(const std::string& directive) {
  constexpr u64 kMaxInsns = 2'000'000'000;
  Result<std::vector<Token>> parsed = tokenize(directive);
  std::vector<Token> t = parsed.ok() ? *parsed : std::vector<Token>{};
  auto to_end = [&] {
    RunStop stop = RunStop::budget;
    u64 start = session_->kernel().m.hart.instret;
    while (session_->kernel().m.hart.instret - start < kMaxInsns) {
      stop = session_->run(50'000'000);
      if (stop != RunStop::budget && stop != RunStop::time_limit) break;
    }
    return stop;
  };
  if (t.empty() || (t[0].text == "to" && t.size() > 1 && t[1].text == "end")) return to_end();
  if (t[0].text == "for" && t.size() >= 2 && t[1].kind == Token::number) {
    u64 n = u64(t[1].value);
    if (t.size() >= 3 && (t[2].text == "ms" || t[2].text == "us")) {
      u64 ns = n * (t[2].text == "ms" ? 1'000'000 : 1'000);
      Kernel& k = session_->kernel();
      u64 saved = k.time_limit_ns;
      k.time_limit_ns = now_ns(k) + ns;
      // Up to the time limit (to_end would go on past it).
      RunStop stop = RunStop::budget;
      u64 start = k.m.hart.instret;
      while (stop == RunStop::budget && k.m.hart.instret - start < kMaxInsns) stop = session_->run(50'000'000);
      k.time_limit_ns = saved;
      return stop;
    }
    return session_->run(n);  // instructions
  }
  if (t[0].text == "until") {
    usize i = 1;
    Result<Query> q = parse_query(t, i);
    if (!q.ok() || !q->events) return RunStop::stopped;
    Kernel& k = session_->kernel();
    auto previous = k.on_event;
    k.on_event = [&, query = *q](const Event& e) {
      if (previous) previous(e);
      if (e.kind != query.kind) return;
      std::string error;
      Evaluator ev(*session_, vars_);
      if (ev.matches(query.conds, [&](const std::string& f) { return event_field(k.events, e, f); }, &error)) {
        k.stop_requested = true;
      }
    };
    RunStop stop = to_end();
    k.on_event = previous;
    k.stop_requested = false;
    return stop;
  }
  return RunStop::stopped;
}

std::vector<CheckResult> LessonRun::run_step(usize index) {
  std::vector<CheckResult> results;
  if (!session_ || index >= lesson_.steps.size()) return results;
  while (next_step_ <= index) {
    const LessonStep& step = lesson_.steps[next_step_++];
    run_until(step.run);
    if (next_step_ - 1 != index) {
      for (const std::string& line : step.checks) check(line);  // for their `let`s
    }
  }
  for (const std::string& line : lesson_.steps[index].checks) results.push_back(check(line));
  return results;
}

std::string LessonRun::output_for_seed(u64 seed) {
  Session s(session_config(lesson_, seed));
  std::string out;
  for (const auto& [program, elf] : built_) {
    (void)s.add_file("/home/student/" + program.substr(0, program.rfind('.')), elf, 0755);
  }
  for (const std::string& file : lesson_.files) {
    if (std::optional<std::string> data = read_(file)) {
      (void)s.add_file("/home/student/" + file, {reinterpret_cast<const u8*>(data->data()), data->size()});
    }
  }
  s.kernel().console_input_closed = true;
  s.kernel().on_output = [&out](i32, int, std::string_view bytes) { out += bytes; };
  if (!s.start({"/bin/sh", "-c", lesson_.command}).ok()) return "";
  for (int i = 0; i < 40; ++i) {
    RunStop stop = s.run(50'000'000);
    if (stop != RunStop::budget) break;
  }
  return out;
}

CheckResult LessonRun::check(const std::string& line) {
  CheckResult r{line, false, ""};
  if (!session_) {
    r.detail = "the lesson has not started";
    return r;
  }
  Result<std::vector<Token>> parsed = tokenize(line);
  if (!parsed.ok()) {
    r.detail = parsed.error().message;
    return r;
  }
  const std::vector<Token>& t = *parsed;
  Evaluator ev(*session_, vars_);
  usize i = 0;
  auto word = [&](const char* w) { return i < t.size() && t[i].kind == Token::word && t[i].text == w; };

  // let NAME = FIELD of QUERY
  if (word("let")) {
    if (t.size() < 6 || t[2].text != "=" || t[4].text != "of") {
      r.detail = "write: let NAME = FIELD of event KIND where ...";
      return r;
    }
    std::string name = t[1].text, field = t[3].text;
    i = 5;
    Result<Query> q = parse_query(t, i);
    if (!q.ok() || i != t.size()) {
      r.detail = q.ok() ? "unexpected words after the query" : q.error().message;
      return r;
    }
    std::string error;
    std::optional<Value> v;
    if (q->events) {
      std::vector<const Event*> found = ev.events(*q, &error);
      if (!found.empty()) v = event_field(session_->kernel().events, *found.front(), field);
    } else {
      std::vector<ProcessRow> found = ev.processes(*q, &error);
      if (!found.empty()) v = process_field(found.front(), field);
    }
    if (!error.empty()) r.detail = error;
    else if (!v) r.detail = "nothing matched";
    else if (v->is_text) r.detail = "'" + field + "' is text; variables hold numbers";
    else {
      vars_[name] = v->number;
      r.passed = true;
      r.detail = "$" + name + " = " + std::to_string(v->number);
    }
    return r;
  }

  if (!word("expect")) {
    r.detail = "a check starts with `expect` or `let`";
    return r;
  }
  ++i;

  // expect output contains "TEXT" | expect output lines OP N
  if (word("output")) {
    ++i;
    if (word("contains") && i + 1 < t.size()) {
      r.passed = output_.find(t[i + 1].text) != std::string::npos;
      r.detail = r.passed ? "found" : "not in the output";
      return r;
    }
    if (word("lines") && i + 2 < t.size() && t[i + 2].kind == Token::number) {
      i64 n = std::count(output_.begin(), output_.end(), '\n');
      r.passed = compare(n, t[i + 1].text, t[i + 2].value);
      r.detail = std::to_string(n) + " lines";
      return r;
    }
    r.detail = "write: expect output contains \"TEXT\", or expect output lines OP N";
    return r;
  }

  // expect outputs over seeds A..B distinct OP N
  if (word("outputs")) {
    if (t.size() != 10 || t[2].text != "over" || t[3].text != "seeds" || t[4].kind != Token::number ||
        t[5].text != ".." || t[6].kind != Token::number || t[7].text != "distinct" ||
        t[9].kind != Token::number) {
      r.detail = "write: expect outputs over seeds A..B distinct OP N";
      return r;
    }
    std::set<std::string> outputs;
    for (i64 seed = t[4].value; seed <= t[6].value && seed - t[4].value < 64; ++seed) {
      outputs.insert(output_for_seed(u64(seed)));
    }
    r.passed = compare(i64(outputs.size()), t[8].text, t[9].value);
    r.detail = std::to_string(outputs.size()) + " distinct outputs";
    return r;
  }

  // expect [no | N | at least N | at most N] QUERY
  std::string op = ">=";
  i64 want = 1;
  if (word("no")) {
    op = "==", want = 0, ++i;
  } else if (word("at") && i + 2 < t.size() && t[i + 2].kind == Token::number &&
             (t[i + 1].text == "least" || t[i + 1].text == "most")) {
    op = t[i + 1].text == "least" ? ">=" : "<=";
    want = t[i + 2].value;
    i += 3;
  } else if (i < t.size() && t[i].kind == Token::number) {
    op = "==", want = t[i].value, ++i;
  }
  Result<Query> q = parse_query(t, i);
  if (!q.ok()) {
    r.detail = q.error().message;
    return r;
  }
  if (i != t.size()) {
    r.detail = "unexpected '" + t[i].text + "'";
    return r;
  }
  std::string error;
  i64 n = q->events ? i64(ev.events(*q, &error).size()) : i64(ev.processes(*q, &error).size());
  if (!error.empty()) {
    r.detail = error;
    return r;
  }
  r.passed = compare(n, op, want);
  r.detail = std::to_string(n) + (q->events ? " matching events" : " matching processes");
  return r;
}

}  // namespace forklab::lab
