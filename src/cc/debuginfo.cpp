// Encoding and decoding of the ".forklab.debug" chunks (format: docs/cc.md).
#include "cc/debuginfo.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include "base/bytes.h"

namespace forklab::cc {
namespace {

constexpr u32 kHeaderWords = 10;
constexpr u32 kTypeWords = 7;
constexpr u32 kMemberWords = 5;
constexpr u32 kFuncWords = 5;
constexpr u32 kLineWords = 3;
constexpr u32 kVarWords = 8;

struct Writer {
  std::vector<u8> bytes;
  void u(u32 v) {
    size_t n = bytes.size();
    bytes.resize(n + 4);
    store_le32(bytes.data() + n, v);
  }
};

}  // namespace

void encode_debug_chunk(const DebugInfo& info, ObjectFile& obj, int text_symbol,
                        int (*symbol_index)(ObjectFile&, const std::string&)) {
  // String pool.
  std::string strings(1, '\0');
  std::unordered_map<std::string, u32> seen;
  auto str = [&](const std::string& s) -> u32 {
    if (s.empty()) return 0;
    auto it = seen.find(s);
    if (it != seen.end()) return it->second;
    u32 off = u32(strings.size());
    strings += s;
    strings += '\0';
    seen[s] = off;
    return off;
  };
  std::vector<u32> file_names, type_names, member_names, func_names, var_names;
  for (auto& f : info.files) file_names.push_back(str(f));
  u32 n_members = 0;
  for (auto& t : info.types) {
    type_names.push_back(str(t.name));
    for (auto& m : t.members) member_names.push_back(str(m.name)), ++n_members;
  }
  for (auto& f : info.funcs) func_names.push_back(str(f.name));
  for (auto& v : info.vars) var_names.push_back(str(v.name));
  while (strings.size() % 4) strings += '\0';

  int sec = int(obj.sections.size());
  ObjSection s;
  s.name = kDebugSection;
  s.type = SHT_PROGBITS;
  s.flags = 0;
  s.align = 4;
  Writer w;
  auto addr = [&](u32 value, int sym) {
    obj.relocs.push_back({sec, u32(w.bytes.size()), R_RISCV_32, sym, i32(value)});
    w.u(0);
  };
  u32 size = (kHeaderWords + u32(info.files.size()) + kTypeWords * u32(info.types.size()) + kMemberWords * n_members +
              kFuncWords * u32(info.funcs.size()) + kLineWords * u32(info.lines.size()) + kVarWords * u32(info.vars.size())) * 4 +
             u32(strings.size());
  for (u32 v : {kDebugMagic, kDebugVersion, size, u32(strings.size()), u32(info.files.size()), u32(info.types.size()),
                n_members, u32(info.funcs.size()), u32(info.lines.size()), u32(info.vars.size())})
    w.u(v);
  w.bytes.insert(w.bytes.end(), strings.begin(), strings.end());
  for (u32 f : file_names) w.u(f);
  u32 mi = 0, first = 0;
  for (size_t i = 0; i < info.types.size(); ++i) {
    const DebugType& t = info.types[i];
    for (u32 v : {u32(t.kind), t.size, type_names[i], u32(t.base), t.count, first, u32(t.members.size())}) w.u(v);
    first += u32(t.members.size());
  }
  for (const DebugType& t : info.types)
    for (const DebugMember& m : t.members)
      for (u32 v : {member_names[mi++], u32(m.type), m.offset, m.bit_offset, m.bit_width}) w.u(v);
  for (size_t i = 0; i < info.funcs.size(); ++i) {
    const DebugFunc& f = info.funcs[i];
    w.u(func_names[i]);
    addr(f.lo, text_symbol);
    addr(f.hi, text_symbol);
    w.u(f.file);
    w.u(f.line);
  }
  for (const DebugLine& l : info.lines) {
    addr(l.addr, text_symbol);
    w.u(l.file);
    w.u(l.line);
  }
  for (size_t i = 0; i < info.vars.size(); ++i) {
    const DebugVar& v = info.vars[i];
    w.u(var_names[i]);
    w.u(u32(v.type));
    w.u(u32(v.kind));
    w.u(u32(v.func));
    if (!v.symbol.empty()) addr(0, symbol_index(obj, v.symbol));
    else w.u(u32(v.location));
    if (v.func >= 0) {
      addr(v.scope_lo, text_symbol);
      addr(v.scope_hi, text_symbol);
    } else {
      w.u(0);
      w.u(0);
    }
    w.u(v.line);
  }
  s.data = std::move(w.bytes);
  obj.sections.push_back(std::move(s));
}

Result<DebugInfo> decode_debug_info(const std::vector<u8>& sec) {
  DebugInfo out;
  size_t pos = 0;
  while (pos + kHeaderWords * 4 <= sec.size()) {
    const u8* h = sec.data() + pos;
    if (load_le32(h) != kDebugMagic) return make_error("debug info: bad magic");
    if (load_le32(h + 4) != kDebugVersion) return make_error("debug info: unsupported version");
    u32 size = load_le32(h + 8), str_size = load_le32(h + 12), nf = load_le32(h + 16), nt = load_le32(h + 20),
        nm = load_le32(h + 24), nfn = load_le32(h + 28), nl = load_le32(h + 32), nv = load_le32(h + 36);
    u64 need = (u64(kHeaderWords) + nf + u64(kTypeWords) * nt + u64(kMemberWords) * nm + u64(kFuncWords) * nfn +
                u64(kLineWords) * nl + u64(kVarWords) * nv) * 4 + str_size;
    if (need != size || !range_fits(pos, size, sec.size())) return make_error("debug info: bad chunk size");
    const u8* p = h + kHeaderWords * 4;
    const char* strings = reinterpret_cast<const char*>(p);
    auto str = [&](u32 off) { return off < str_size ? std::string(strings + off, strnlen(strings + off, str_size - off)) : std::string(); };
    p += str_size;
    auto next = [&]() {
      u32 v = load_le32(p);
      p += 4;
      return v;
    };
    u32 file_base = u32(out.files.size()), type_base = u32(out.types.size()), func_base = u32(out.funcs.size());
    for (u32 i = 0; i < nf; ++i) out.files.push_back(str(next()));
    std::vector<std::pair<u32, u32>> member_ranges;
    for (u32 i = 0; i < nt; ++i) {
      DebugType t;
      t.kind = DebugTypeKind(next());
      t.size = next();
      t.name = str(next());
      i32 base = i32(next());
      t.base = base < 0 ? -1 : base + i32(type_base);
      t.count = next();
      u32 first = next(), count = next();
      member_ranges.push_back({first, count});
      out.types.push_back(t);
    }
    std::vector<DebugMember> members;
    for (u32 i = 0; i < nm; ++i) {
      DebugMember m;
      m.name = str(next());
      i32 ty = i32(next());
      m.type = ty < 0 ? -1 : ty + i32(type_base);
      m.offset = next();
      m.bit_offset = next();
      m.bit_width = next();
      members.push_back(m);
    }
    for (u32 i = 0; i < nt; ++i) {
      auto [first, count] = member_ranges[i];
      if (u64(first) + count > members.size()) return make_error("debug info: bad member range");
      out.types[type_base + i].members.assign(members.begin() + first, members.begin() + first + count);
    }
    for (u32 i = 0; i < nfn; ++i) {
      DebugFunc f;
      f.name = str(next());
      f.lo = next();
      f.hi = next();
      f.file = next() + file_base;
      f.line = next();
      out.funcs.push_back(f);
    }
    for (u32 i = 0; i < nl; ++i) {
      DebugLine l;
      l.addr = next();
      l.file = next() + file_base;
      l.line = next();
      out.lines.push_back(l);
    }
    for (u32 i = 0; i < nv; ++i) {
      DebugVar v;
      v.name = str(next());
      i32 ty = i32(next());
      v.type = ty < 0 ? -1 : ty + i32(type_base);
      v.kind = DebugVarKind(next());
      i32 fn = i32(next());
      v.func = fn < 0 ? -1 : fn + i32(func_base);
      v.location = i32(next());
      v.scope_lo = next();
      v.scope_hi = next();
      v.line = next();
      out.vars.push_back(v);
    }
    pos += size;
  }
  std::stable_sort(out.lines.begin(), out.lines.end(), [](const DebugLine& a, const DebugLine& b) { return a.addr < b.addr; });
  return out;
}

Result<DebugInfo> read_debug_info(const std::vector<u8>& b) {
  if (b.size() < 52 || memcmp(b.data(), "\x7f" "ELF", 4) != 0) return make_error("not an ELF file");
  u32 shoff = load_le32(&b[32]);
  u32 shnum = load_le16(&b[48]);
  u32 shstrndx = load_le16(&b[50]);
  if (!range_fits(shoff, u64(shnum) * 40, b.size()) || shstrndx >= shnum) return make_error("bad section headers");
  const u8* strh = &b[shoff + shstrndx * 40];
  u32 stroff = load_le32(strh + 16), strsize = load_le32(strh + 20);
  if (!range_fits(stroff, strsize, b.size())) return make_error("bad section name table");
  for (u32 i = 0; i < shnum; ++i) {
    const u8* h = &b[shoff + i * 40];
    u32 name = load_le32(h);
    if (name >= strsize) continue;
    const char* n = reinterpret_cast<const char*>(&b[stroff + name]);
    if (strncmp(n, kDebugSection, strsize - name) != 0) continue;
    u32 off = load_le32(h + 16), size = load_le32(h + 20);
    if (!range_fits(off, size, b.size())) return make_error("bad debug section");
    return decode_debug_info(std::vector<u8>(b.begin() + off, b.begin() + off + size));
  }
  return make_error("no .forklab.debug section (was the program built by forklab-cc?)");
}

const DebugLine* DebugInfo::line_for_pc(u32 pc) const {
  auto it = std::upper_bound(lines.begin(), lines.end(), pc, [](u32 v, const DebugLine& l) { return v < l.addr; });
  if (it == lines.begin()) return nullptr;
  const DebugLine* l = &*(it - 1);
  const DebugFunc* f = func_for_pc(pc);
  if (!f || l->addr < f->lo) return nullptr;
  return l;
}

std::vector<u32> DebugInfo::pcs_for_line(const std::string& file, u32 line) const {
  std::vector<u32> out;
  for (const DebugLine& l : lines)
    if (l.line == line && l.file < files.size() && files[l.file] == file) out.push_back(l.addr);
  return out;
}

const DebugFunc* DebugInfo::func_for_pc(u32 pc) const {
  for (const DebugFunc& f : funcs)
    if (pc >= f.lo && pc < f.hi) return &f;
  return nullptr;
}

std::vector<const DebugVar*> DebugInfo::vars_at(u32 pc) const {
  std::vector<const DebugVar*> out;
  const DebugFunc* f = func_for_pc(pc);
  if (f) {
    i32 fi = i32(f - funcs.data());
    for (const DebugVar& v : vars)
      if (v.func == fi && pc >= v.scope_lo && pc < v.scope_hi) out.push_back(&v);
  }
  for (const DebugVar& v : vars)
    if (v.func < 0) out.push_back(&v);
  return out;
}

const DebugVar* DebugInfo::find_var(const std::string& name, u32 pc) const {
  const DebugVar* best = nullptr;
  for (const DebugVar* v : vars_at(pc)) {
    if (v->name != name) continue;
    // The innermost scope wins: the narrowest range.
    if (!best || (v->func >= 0 && (best->func < 0 || v->scope_hi - v->scope_lo < best->scope_hi - best->scope_lo))) best = v;
  }
  return best;
}

}  // namespace forklab::cc
