#include "lab/source.h"

#include <algorithm>
#include <cstring>

#include "machine/sv32.h"

namespace forklab::lab {

using namespace kernel;

std::optional<ProcessRegs> process_regs(const Kernel& k, i32 pid) {
  const Process* p = find_process(k, pid);
  if (!p || p->state == ProcState::zombie) return std::nullopt;
  ProcessRegs r;
  if (k.current == pid) {
    r.x = k.m.hart.x;
    r.pc = k.m.hart.pc;
  } else {
    r.x = p->regs;
    r.pc = p->pc;
  }
  return r;
}

std::optional<u32> peek_u32(const Kernel& k, i32 pid, u32 va) {
  const Process* p = find_process(k, pid);
  if (!p || p->state == ProcState::zombie || (va & 3) != 0) return std::nullopt;
  std::optional<machine::PteSlot> slot = machine::find_pte(k.m, k.spaces[p->mm].root_frame, va);
  if (!slot || !(slot->value & machine::kPteV) || !machine::pte_is_leaf(slot->value) ||
      !(slot->value & machine::kPteU)) {
    return std::nullopt;
  }
  u32 page_mask = slot->level == 1 ? 0x3FFFFF : 0xFFF;
  u64 paddr = (u64(machine::pte_frame(slot->value)) << 12 & ~u64(page_mask)) | (va & page_mask);
  if (paddr + 4 > k.m.mem.bytes.size()) return std::nullopt;
  u32 word;
  std::memcpy(&word, &k.m.mem.bytes[usize(paddr)], 4);
  return word;
}

namespace {

// Where a function's body starts: our compiler gives the prologue a line
// entry of its own (the function's line) and the first statement the next.
u32 body_start(const cc::DebugInfo& info, const cc::DebugFunc& func) {
  auto it = std::upper_bound(info.lines.begin(), info.lines.end(), func.lo,
                             [](u32 addr, const cc::DebugLine& l) { return addr < l.addr; });
  return it != info.lines.end() && it->addr < func.hi ? it->addr : func.lo;
}

}  // namespace

bool same_source_file(const std::string& a, const std::string& b) {
  if (a == b) return true;
  auto ends_with_dir = [](const std::string& longer, const std::string& shorter) {
    return longer.size() > shorter.size() && longer[longer.size() - shorter.size() - 1] == '/' &&
           longer.compare(longer.size() - shorter.size(), shorter.size(), shorter) == 0;
  };
  return ends_with_dir(a, b) || ends_with_dir(b, a);
}

const cc::DebugInfo* SourceMap::debug_info(const Kernel& k, i32 pid) {
  const Process* p = find_process(k, pid);
  if (!p || p->state == ProcState::zombie) return nullptr;
  const AddressSpace& space = k.spaces[p->mm];
  if (space.exe == kNoInode) return nullptr;
  for (const Program& prog : programs_) {
    if (prog.inode == space.exe && prog.mtime_ns == space.exe_mtime_ns) {
      return prog.info ? &*prog.info : nullptr;
    }
  }
  Program prog{space.exe, space.exe_mtime_ns, std::nullopt};
  // The file may have been rewritten or removed since the exec; then its
  // bytes are not the program's any more, and there is nothing to show.
  if (k.fs.valid(space.exe) && k.fs.inode(space.exe).mtime_ns == space.exe_mtime_ns) {
    Result<cc::DebugInfo> info = cc::read_debug_info(k.fs.inode(space.exe).data);
    if (info.ok() && !info->lines.empty()) prog.info = std::move(*info);
  }
  programs_.push_back(std::move(prog));
  return programs_.back().info ? &*programs_.back().info : nullptr;
}

std::optional<SourcePosition> SourceMap::position(const Kernel& k, i32 pid, u32 pc) {
  const cc::DebugInfo* info = debug_info(k, pid);
  if (!info) return std::nullopt;
  const cc::DebugFunc* func = info->func_for_pc(pc);
  const cc::DebugLine* line = info->line_for_pc(pc);
  if (!func || !line || line->addr < func->lo) return std::nullopt;
  SourcePosition where;
  where.file = line->file < info->files.size() ? info->files[line->file] : "";
  where.line = line->line;
  where.function = func->name;
  where.statement_pc = line->addr;
  const cc::DebugLine* next = line + 1;
  where.statement_end = next < info->lines.data() + info->lines.size() ? std::min(next->addr, func->hi)
                                                                       : func->hi;
  return where;
}

std::optional<SourcePosition> SourceMap::position(const Kernel& k, i32 pid) {
  std::optional<ProcessRegs> regs = process_regs(k, pid);
  if (!regs) return std::nullopt;
  return position(k, pid, regs->pc);
}

std::vector<StackFrame> SourceMap::call_stack(const Kernel& k, i32 pid, usize max_frames) {
  std::vector<StackFrame> frames;
  std::optional<ProcessRegs> regs = process_regs(k, pid);
  const cc::DebugInfo* info = debug_info(k, pid);
  if (!regs || !info) return frames;
  u32 pc = regs->pc;
  u32 fp = regs->x[8];
  while (frames.size() < max_frames) {
    const cc::DebugFunc* func = info->func_for_pc(pc);
    if (!func) break;
    StackFrame frame{pc, fp, 0, position(k, pid, pc)};
    bool in_prologue = pc < body_start(*info, *func);
    frames.push_back(std::move(frame));
    if (in_prologue) break;  // s0 is still the caller's: the chain starts one frame up
    std::optional<u32> ra = peek_u32(k, pid, fp - 4);
    std::optional<u32> caller_fp = peek_u32(k, pid, fp - 8);
    if (ra) frames.back().return_address = *ra;
    if (!ra || !caller_fp || *caller_fp <= fp) break;  // stacks grow down: callers sit higher
    pc = *ra - 4;  // the call instruction, so the line is the caller's
    fp = *caller_fp;
  }
  return frames;
}

bool SourceMap::is_statement_start(const Kernel& k, i32 pid, u32 pc) {
  const cc::DebugInfo* info = debug_info(k, pid);
  if (!info) return false;
  auto it = std::lower_bound(info->lines.begin(), info->lines.end(), pc,
                             [](const cc::DebugLine& l, u32 addr) { return l.addr < addr; });
  if (it == info->lines.end() || it->addr != pc) return false;
  const cc::DebugFunc* func = info->func_for_pc(pc);
  return !func || pc != func->lo || body_start(*info, *func) == func->lo;
}

std::vector<u32> SourceMap::pcs_for_line(const Kernel& k, i32 pid, const std::string& file, u32 line) {
  std::vector<u32> pcs;
  const cc::DebugInfo* info = debug_info(k, pid);
  if (!info) return pcs;
  for (const cc::DebugLine& l : info->lines) {
    if (l.line == line && l.file < info->files.size() && same_source_file(info->files[l.file], file)) {
      // A breakpoint on a function's own line stops after its prologue.
      const cc::DebugFunc* func = info->func_for_pc(l.addr);
      pcs.push_back(func && func->lo == l.addr ? body_start(*info, *func) : l.addr);
    }
  }
  return pcs;
}

}  // namespace forklab::lab
