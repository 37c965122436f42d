#include "lab/query.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "kernel/kernel.h"
#include "machine/sv32.h"

namespace forklab::lab {

using kernel::append_json_string;

namespace {

// Appends `"key":` (with a comma when the object already has a field).
void key(std::string& out, const char* name) {
  if (out.back() != '{' && out.back() != '[') out += ',';
  out += '"';
  out += name;
  out += "\":";
}

void field(std::string& out, const char* name, i64 value) {
  key(out, name);
  out += std::to_string(value);
}

void field(std::string& out, const char* name, std::string_view value) {
  key(out, name);
  append_json_string(out, value);
}

void field_bool(std::string& out, const char* name, bool value) {
  key(out, name);
  out += value ? "true" : "false";
}

std::string hex(u32 value) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "0x%08x", value);
  return buf;
}

std::string pte_flags(u32 pte) {
  std::string s;
  const char* letters = "VRWXUGAD";
  for (int i = 0; i < 8; ++i) s += (pte >> i & 1) ? letters[i] : '-';
  if (pte & machine::kPteCow) s += " cow";
  return s;
}

std::string pid_list(const std::vector<i32>& pids) {
  std::string out = "[";
  for (usize i = 0; i < pids.size(); ++i) out += (i ? "," : "") + std::to_string(pids[i]);
  return out + "]";
}

void tree_node(std::string& out, const ProcessTable& t, const std::multimap<i32, usize>& children, usize index,
               int depth) {
  const ProcessRow& r = t.rows[index];
  out += '{';
  field(out, "pid", r.pid);
  field(out, "ppid", r.ppid);
  field(out, "name", r.name);
  field(out, "state", std::string(1, r.state));
  field_bool(out, "adopted", r.adopted);
  if (r.fork_return != 0) {
    field(out, "fork_return_in_parent", r.fork_return);
    field(out, "fork_return_in_child", 0);
    field(out, "fork_label_parent", fork_label_in_parent(r));
    field(out, "fork_label_child", fork_label_in_child(r));
  }
  key(out, "children");
  out += '[';
  // Process trees are shallow; the depth cap only guards a corrupt table.
  if (depth < 4096) {
    auto [from, to] = children.equal_range(r.pid);
    for (auto it = from; it != to; ++it) {
      if (it != from) out += ',';
      tree_node(out, t, children, it->second, depth + 1);
    }
  }
  out += "]}";
}

}  // namespace

std::string fork_label_in_parent(const ProcessRow& child) {
  return "fork() = " + std::to_string(child.fork_return);
}

std::string fork_label_in_child(const ProcessRow&) { return "fork() = 0"; }

std::string tree_json(const ProcessTable& t) {
  std::multimap<i32, usize> children;
  std::map<i32, usize> by_pid;
  for (usize i = 0; i < t.rows.size(); ++i) by_pid[t.rows[i].pid] = i;
  std::string out = "{";
  field(out, "instret", i64(t.instret));
  key(out, "roots");
  out += '[';
  bool first = true;
  for (usize i = 0; i < t.rows.size(); ++i) {
    const ProcessRow& r = t.rows[i];
    if (r.ppid != r.pid && by_pid.count(r.ppid)) {
      children.emplace(r.ppid, i);
    }
  }
  for (usize i = 0; i < t.rows.size(); ++i) {
    const ProcessRow& r = t.rows[i];
    if (r.ppid != r.pid && by_pid.count(r.ppid)) continue;
    if (!first) out += ',';
    first = false;
    tree_node(out, t, children, i, 0);
  }
  return out + "]}";
}

std::string memory_json(const AddressSpaceView& v, const FrameOwners& owners, const kernel::EventLog& events) {
  std::string out = "{";
  field(out, "pid", v.pid);
  field(out, "root_frame", v.root_frame);
  field(out, "brk", v.brk);
  key(out, "regions");
  out += '[';
  for (const kernel::Region& r : v.regions) {
    out += out.back() == '[' ? "{" : ",{";
    field(out, "start", r.start);
    field(out, "end", r.end);
    field(out, "kind", kernel::region_kind_name(r.kind));
    field(out, "prot", pte_flags(r.prot).substr(1, 3));
    field_bool(out, "shared", r.shared);
    out += '}';
  }
  out += ']';
  u32 cow_shared = 0;
  key(out, "pages");
  out += '[';
  for (const PageRow& p : v.pages) {
    const std::vector<i32>* sharers = p.frame < owners.by_frame.size() ? &owners.by_frame[p.frame] : nullptr;
    if (p.cow && p.refcount > 1) ++cow_shared;
    out += out.back() == '[' ? "{" : ",{";
    field(out, "vaddr", p.vaddr);
    field(out, "pte", p.pte);
    field(out, "flags", pte_flags(p.pte));
    field(out, "frame", p.frame);
    field(out, "refcount", p.refcount);
    field_bool(out, "cow", p.cow);
    key(out, "sharers");
    out += sharers ? pid_list(*sharers) : "[]";
    out += '}';
  }
  out += ']';
  field(out, "cow_shared_pages", cow_shared);
  key(out, "cow_copies");
  out += '[';
  bool first = true;
  for (usize i = 0; i < events.size(); ++i) {
    const kernel::Event& e = events.at(i);
    if (e.pid != v.pid || e.kind != kernel::EventKind::cow_copy) continue;
    if (!first) out += ',';
    first = false;
    out += kernel::event_to_json(events, e);
  }
  return out + "]}";
}

std::string frame_map_json(const FrameOwners& owners) {
  std::string out = "{";
  field(out, "frames", i64(owners.by_frame.size()));
  field(out, "free", owners.free_frames);
  key(out, "used");
  out += '{';
  bool first = true;
  for (usize f = 0; f < owners.by_frame.size(); ++f) {
    if (owners.by_frame[f].empty()) continue;
    out += (first ? "\"" : ",\"") + std::to_string(f) + "\":" + pid_list(owners.by_frame[f]);
    first = false;
  }
  return out + "}}";
}

std::string fds_json(i32 pid, const std::vector<FdRow>& fds) {
  std::string out = "{";
  field(out, "pid", pid);
  key(out, "fds");
  out += '[';
  for (const FdRow& f : fds) {
    out += out.back() == '[' ? "{" : ",{";
    field(out, "fd", f.fd);
    field(out, "description", f.description);
    field(out, "kind", f.kind);
    field(out, "path", f.path);
    field(out, "offset", i64(f.offset));
    field(out, "flags", f.flags);
    field_bool(out, "cloexec", f.cloexec);
    field(out, "sharers", f.sharers);
    out += '}';
  }
  return out + "]}";
}

std::string signals_json(const SignalView& v) {
  std::string out = "{";
  field(out, "pid", v.pid);
  key(out, "signals");
  out += '[';
  for (int sig = 1; sig <= kernel::kSignalCount; ++sig) {
    u64 bit = u64(1) << (sig - 1);
    u32 handler = v.handler[usize(sig - 1)];
    bool interesting = (v.pending & bit) || (v.blocked & bit) || handler != 0;
    if (!interesting && sig > 31) continue;
    if (out.back() != '[') out += ',';
    out += '{';
    field(out, "sig", sig);
    field(out, "name", signal_name(sig));
    field(out, "handler", handler == 0 ? "default" : handler == 1 ? "ignore" : hex(handler));
    field_bool(out, "pending", v.pending & bit);
    field_bool(out, "blocked", v.blocked & bit);
    out += '}';
  }
  return out + "]}";
}

std::string cpu_json(const CpuView& c) {
  std::string out = "{";
  field(out, "pid", c.pid);
  field_bool(out, "valid", c.valid);
  field(out, "pc", c.pc);
  key(out, "regs");
  out += '[';
  for (usize i = 0; i < c.regs.size(); ++i) out += (i ? "," : "") + std::to_string(c.regs[i]);
  out += ']';
  key(out, "code");
  out += '[';
  for (const CpuView::CodeLine& l : c.code) {
    if (out.back() != '[') out += ',';
    out += '{';
    field(out, "pc", l.pc);
    field(out, "insn", l.insn);
    field(out, "text", l.text);
    out += '}';
  }
  out += ']';
  field_bool(out, "at_ecall", c.at_ecall);
  field(out, "syscall", c.syscall);
  return out + "}";
}

std::string events_json(const kernel::EventLog& log, u64 since, usize limit, i32 pid) {
  // Walk back from the newest event to find the first one to print.
  usize first = log.size();
  usize taken = 0;
  while (first > 0 && taken < limit) {
    const kernel::Event& e = log.at(first - 1);
    if (e.seq < since) break;
    --first;
    if (pid == 0 || e.pid == pid) ++taken;
  }
  std::string out = "{";
  field(out, "total", i64(log.total()));
  field(out, "dropped", i64(log.dropped()));
  key(out, "events");
  out += '[';
  for (usize i = first; i < log.size(); ++i) {
    const kernel::Event& e = log.at(i);
    if (pid != 0 && e.pid != pid) continue;
    if (out.back() != '[') out += ',';
    out += kernel::event_to_json(log, e);
  }
  return out + "]}";
}

}  // namespace forklab::lab
