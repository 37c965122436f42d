// The static linker. Steps: load objects (pulling archive members on
// demand), resolve global symbols, lay out four output sections (.text,
// .rodata, .data, .bss) in two PT_LOAD segments, apply relocations, write
// the executable with a symbol table (the lab shows function names).
#include "cc/link.h"

#include <cstring>
#include <map>
#include <unordered_map>

#include "base/bytes.h"
#include "cc/object.h"

namespace forklab::cc {
namespace {

enum OutSec { kText, kRodata, kData, kBss, kDebug, kOutCount };
const char* const kOutNames[] = {".text", ".rodata", ".data", ".bss", ".forklab.debug"};

struct GlobalSym {
  int obj = -1;
  int sym = -1;
  bool defined = false;
  bool weak = false;
  bool common = false;
  u32 common_size = 0, common_align = 1;
  u32 addr = 0;
};

struct Linker {
  const LinkOptions& opts;
  std::vector<ObjectFile> objs;
  std::vector<std::vector<int>> placement;  // objs[i].sections[j] -> output section
  std::vector<std::vector<u32>> sec_addr;   // address (or offset for debug) of each input section
  std::unordered_map<std::string, GlobalSym> globals;
  std::vector<std::string> errors;
  // Output.
  std::vector<u8> out_data[kOutCount];
  u32 out_addr[kOutCount] = {};
  u32 out_align[kOutCount] = {4, 4, 4, 4, 1};
  u32 bss_size = 0;
  u32 common_base = 0;
  std::map<std::string, u32> common_addr;

  explicit Linker(const LinkOptions& o) : opts(o) {}

  bool defines_needed(const ObjectFile& o) {
    for (const ObjSymbol& s : o.symbols) {
      if (s.bind == STB_LOCAL || s.section == ObjSymbol::kUndef || s.name.empty()) continue;
      auto it = globals.find(s.name);
      if (it != globals.end() && !it->second.defined && !it->second.common) return true;
    }
    return false;
  }

  void add_object(ObjectFile o) {
    int oi = int(objs.size());
    for (size_t k = 0; k < o.symbols.size(); ++k) {
      const ObjSymbol& s = o.symbols[k];
      if (s.bind == STB_LOCAL || s.name.empty()) continue;
      GlobalSym& g = globals[s.name];
      if (s.section == ObjSymbol::kUndef) {
        if (g.obj < 0) {
          g.obj = oi;
          g.sym = int(k);
          g.weak = s.bind == STB_WEAK;
        }
        continue;
      }
      if (s.section == ObjSymbol::kCommon) {
        if (g.defined) continue;
        g.common = true;
        if (s.size > g.common_size) g.common_size = s.size;
        if (s.value > g.common_align) g.common_align = s.value;
        g.obj = oi;
        g.sym = int(k);
        continue;
      }
      bool weak = s.bind == STB_WEAK;
      if (g.defined) {
        if (g.weak && !weak) {
          // a strong definition replaces a weak one
        } else if (weak) {
          continue;
        } else {
          errors.push_back("duplicate symbol '" + s.name + "': defined in " + objs[g.obj].name + " and in " + o.name);
          continue;
        }
      }
      g.obj = oi;
      g.sym = int(k);
      g.defined = true;
      g.weak = weak;
      g.common = false;
    }
    objs.push_back(std::move(o));
  }

  static int classify(const ObjSection& s) {
    if (s.name == ".forklab.debug") return kDebug;
    if (!(s.flags & SHF_ALLOC)) return -1;
    if (s.flags & SHF_EXECINSTR) return kText;
    if (s.type == SHT_NOBITS) return kBss;
    if (s.flags & SHF_WRITE) return kData;
    return kRodata;
  }

  void layout();
  u32 symbol_address(int oi, int si, bool* ok);
  void relocate();
  std::vector<u8> write();
};

u32 align_up(u32 v, u32 a) { return a ? (v + a - 1) / a * a : v; }

void Linker::layout() {
  placement.resize(objs.size());
  sec_addr.resize(objs.size());
  u32 size[kOutCount] = {};
  for (size_t i = 0; i < objs.size(); ++i) {
    placement[i].assign(objs[i].sections.size(), -1);
    sec_addr[i].assign(objs[i].sections.size(), 0);
    for (size_t j = 0; j < objs[i].sections.size(); ++j) {
      const ObjSection& s = objs[i].sections[j];
      int o = classify(s);
      if (o < 0) continue;
      placement[i][j] = o;
      u32 a = o == kDebug ? 4 : s.align;
      if (a > out_align[o]) out_align[o] = a;
      size[o] = align_up(size[o], a);
      sec_addr[i][j] = size[o];  // offset for now
      size[o] += s.size_of();
    }
  }
  // COMMON symbols go at the end of .bss.
  for (auto& [name, g] : globals) {
    if (!g.common || g.defined) continue;
    size[kBss] = align_up(size[kBss], g.common_align);
    common_addr[name] = size[kBss];
    size[kBss] += g.common_size;
    if (g.common_align > out_align[kBss]) out_align[kBss] = g.common_align;
  }
  // Segment 1 (R+X): headers, .text, .rodata. Segment 2 (R+W): .data, .bss.
  u32 headers = 52 + 2 * 32;
  u32 addr = opts.base_address + headers;
  addr = align_up(addr, out_align[kText]);
  out_addr[kText] = addr;
  addr += size[kText];
  addr = align_up(addr, out_align[kRodata]);
  out_addr[kRodata] = addr;
  addr += size[kRodata];
  addr = align_up(addr, 4096);
  addr = align_up(addr, out_align[kData]);
  out_addr[kData] = addr;
  addr += size[kData];
  addr = align_up(addr, out_align[kBss]);
  out_addr[kBss] = addr;
  bss_size = size[kBss];
  out_addr[kDebug] = 0;
  for (int o = 0; o < kOutCount; ++o)
    if (o != kBss) out_data[o].assign(size[o], 0);
  for (size_t i = 0; i < objs.size(); ++i) {
    for (size_t j = 0; j < objs[i].sections.size(); ++j) {
      int o = placement[i][j];
      if (o < 0) continue;
      const ObjSection& s = objs[i].sections[j];
      if (o != kBss && s.type != SHT_NOBITS && !s.data.empty())
        memcpy(out_data[o].data() + sec_addr[i][j], s.data.data(), s.data.size());
      sec_addr[i][j] += out_addr[o];
    }
  }
  for (auto& [name, off] : common_addr) off += out_addr[kBss];
  // Linker-defined symbols that crt0 and libc may use.
  u32 end = out_addr[kBss] + bss_size;
  const std::pair<const char*, u32> special[] = {
      {"__global_pointer$", out_addr[kData] + 0x800}, {"_end", end}, {"end", end}, {"__bss_start", out_addr[kBss]},
      {"_edata", out_addr[kBss]}, {"__data_start", out_addr[kData]}, {"_etext", out_addr[kRodata]},
      {"__init_array_start", out_addr[kData]}, {"__init_array_end", out_addr[kData]},
      {"__fini_array_start", out_addr[kData]}, {"__fini_array_end", out_addr[kData]}};
  for (auto& [n, v] : special) {
    auto it = globals.find(n);
    if (it != globals.end() && !it->second.defined) {
      it->second.defined = true;
      it->second.obj = -1;
      it->second.addr = v;
    }
  }
  for (auto& [name, g] : globals) {
    if (g.common && !g.defined) {
      g.addr = common_addr[name];
      g.defined = true;
      g.obj = -2;
    }
  }
}

u32 Linker::symbol_address(int oi, int si, bool* ok) {
  *ok = true;
  if (si < 0) return 0;
  const ObjSymbol& s = objs[oi].symbols[si];
  if (s.bind != STB_LOCAL && !s.name.empty()) {
    auto it = globals.find(s.name);
    if (it == globals.end() || !it->second.defined) {
      if (s.bind == STB_WEAK || (it != globals.end() && it->second.weak)) return 0;
      *ok = false;
      return 0;
    }
    GlobalSym& g = it->second;
    if (g.obj < 0) return g.addr;
    const ObjSymbol& d = objs[g.obj].symbols[g.sym];
    if (d.section == ObjSymbol::kAbs) return d.value;
    if (d.section < 0) return 0;
    return sec_addr[g.obj][d.section] + d.value;
  }
  if (s.section == ObjSymbol::kAbs) return s.value;
  if (s.section < 0) return 0;
  return sec_addr[oi][s.section] + s.value;
}

u32 hi20(u32 v) { return (v + 0x800) >> 12; }
u32 lo12(u32 v) { return v - (hi20(v) << 12); }

void patch_u(u8* p, u32 v) { store_le32(p, (load_le32(p) & 0xfff) | (hi20(v) << 12)); }
void patch_i(u8* p, u32 v) { store_le32(p, (load_le32(p) & 0xfffff) | (lo12(v) & 0xfff) << 20); }
void patch_s(u8* p, u32 v) {
  u32 lo = lo12(v) & 0xfff;
  store_le32(p, (load_le32(p) & 0x01fff07f) | (lo >> 5) << 25 | (lo & 0x1f) << 7);
}

void Linker::relocate() {
  // PCREL_LO12 relocations point at the label of their AUIPC; remember what
  // each PCREL_HI20 computed, by the AUIPC's address.
  std::unordered_map<u32, u32> pcrel_hi;
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < objs.size(); ++i) {
      for (const ObjReloc& r : objs[i].relocs) {
        int o = placement[i][r.section];
        if (o < 0 || o == kBss) continue;
        bool is_hi = r.type == R_RISCV_PCREL_HI20;
        if ((pass == 0) != is_hi) continue;
        const ObjSection& s = objs[i].sections[r.section];
        u32 size = r.type == R_RISCV_CALL || r.type == R_RISCV_CALL_PLT ? 8
                   : r.type == R_RISCV_ADD8 || r.type == R_RISCV_SUB8 || r.type == R_RISCV_SET8 || r.type == R_RISCV_SET6 || r.type == R_RISCV_SUB6 ? 1
                   : r.type == R_RISCV_ADD16 || r.type == R_RISCV_SUB16 || r.type == R_RISCV_SET16 ? 2
                   : r.type == R_RISCV_ADD64 || r.type == R_RISCV_SUB64 ? 8
                                                                          : 4;
        if (!range_fits(r.offset, size, s.size_of())) {
          errors.push_back(objs[i].name + ": relocation outside its section");
          continue;
        }
        u32 place = sec_addr[i][r.section] + r.offset;
        u8* p = out_data[o].data() + (place - out_addr[o]);
        bool ok = true;
        u32 S = symbol_address(int(i), r.symbol, &ok);
        if (!ok) continue;  // reported as undefined already
        u32 A = u32(r.addend);
        u32 P = place;
        u32 v = S + A;
        switch (r.type) {
          case R_RISCV_32: store_le32(p, v); break;
          case R_RISCV_32_PCREL: store_le32(p, v - P); break;
          case R_RISCV_HI20: patch_u(p, v); break;
          case R_RISCV_LO12_I: patch_i(p, v); break;
          case R_RISCV_LO12_S: patch_s(p, v); break;
          case R_RISCV_PCREL_HI20:
            pcrel_hi[P] = v - P;
            patch_u(p, v - P);
            break;
          case R_RISCV_PCREL_LO12_I:
          case R_RISCV_PCREL_LO12_S: {
            auto it = pcrel_hi.find(S);
            if (it == pcrel_hi.end()) {
              errors.push_back(objs[i].name + ": R_RISCV_PCREL_LO12 without a matching R_RISCV_PCREL_HI20");
              break;
            }
            if (r.type == R_RISCV_PCREL_LO12_I) patch_i(p, it->second);
            else patch_s(p, it->second);
            break;
          }
          case R_RISCV_CALL:
          case R_RISCV_CALL_PLT: {
            u32 off = v - P;
            if (i32(off) < -(i32(1) << 30) || i32(off) >= (i32(1) << 30)) {
              errors.push_back(objs[i].name + ": call target out of range");
              break;
            }
            patch_u(p, off);
            patch_i(p + 4, off);
            break;
          }
          case R_RISCV_BRANCH: {
            i32 off = i32(v - P);
            if (off < -4096 || off > 4094) {
              errors.push_back(objs[i].name + ": branch target out of range");
              break;
            }
            u32 u = u32(off);
            u32 insn = load_le32(p) & 0x01fff07f;
            insn |= ((u >> 12) & 1) << 31 | ((u >> 5) & 0x3f) << 25 | ((u >> 1) & 0xf) << 8 | ((u >> 11) & 1) << 7;
            store_le32(p, insn);
            break;
          }
          case R_RISCV_JAL: {
            i32 off = i32(v - P);
            if (off < -(1 << 20) || off >= (1 << 20)) {
              errors.push_back(objs[i].name + ": jump target out of range");
              break;
            }
            u32 u = u32(off);
            u32 insn = load_le32(p) & 0xfff;
            insn |= ((u >> 20) & 1) << 31 | ((u >> 1) & 0x3ff) << 21 | ((u >> 11) & 1) << 20 | ((u >> 12) & 0xff) << 12;
            store_le32(p, insn);
            break;
          }
          case R_RISCV_ADD8: p[0] = u8(p[0] + v); break;
          case R_RISCV_ADD16: store_le16(p, u16(load_le16(p) + v)); break;
          case R_RISCV_ADD32: store_le32(p, load_le32(p) + v); break;
          case R_RISCV_ADD64: store_le64(p, load_le64(p) + v); break;
          case R_RISCV_SUB8: p[0] = u8(p[0] - v); break;
          case R_RISCV_SUB16: store_le16(p, u16(load_le16(p) - v)); break;
          case R_RISCV_SUB32: store_le32(p, load_le32(p) - v); break;
          case R_RISCV_SUB64: store_le64(p, load_le64(p) - v); break;
          case R_RISCV_SUB6: p[0] = u8((p[0] & 0xc0) | ((p[0] - v) & 0x3f)); break;
          case R_RISCV_SET6: p[0] = u8((p[0] & 0xc0) | (v & 0x3f)); break;
          case R_RISCV_SET8: p[0] = u8(v); break;
          case R_RISCV_SET16: store_le16(p, u16(v)); break;
          case R_RISCV_SET32: store_le32(p, v); break;
          default:
            errors.push_back(objs[i].name + ": unsupported relocation type " + std::to_string(r.type));
        }
      }
    }
  }
}

void put32(std::vector<u8>& v, u32 x) {
  size_t n = v.size();
  v.resize(n + 4);
  store_le32(v.data() + n, x);
}

std::vector<u8> Linker::write() {
  std::vector<u8> out(52 + 2 * 32, 0);
  auto pad_to = [&](u32 off) {
    if (out.size() < off) out.resize(off, 0);
  };
  // Segment 1: file offset = vaddr - base.
  u32 text_off = out_addr[kText] - opts.base_address;
  pad_to(text_off);
  out.insert(out.end(), out_data[kText].begin(), out_data[kText].end());
  u32 ro_off = out_addr[kRodata] - opts.base_address;
  pad_to(ro_off);
  out.insert(out.end(), out_data[kRodata].begin(), out_data[kRodata].end());
  u32 seg1_end = u32(out.size());
  u32 data_off = out_addr[kData] - opts.base_address;
  pad_to(data_off);
  out.insert(out.end(), out_data[kData].begin(), out_data[kData].end());
  u32 seg2_filesz = u32(out.size()) - data_off;
  u32 seg2_memsz = out_addr[kBss] + bss_size - out_addr[kData];
  u32 dbg_off = u32(out.size());
  out.insert(out.end(), out_data[kDebug].begin(), out_data[kDebug].end());

  // Symbol table: every defined global and function-local symbol with a name.
  std::vector<u8> strtab{0}, symtab(16, 0);
  auto add_str = [&](const std::string& s) {
    u32 off = u32(strtab.size());
    strtab.insert(strtab.end(), s.begin(), s.end());
    strtab.push_back(0);
    return off;
  };
  auto shndx_of = [&](u32 addr) -> u16 {
    if (addr >= out_addr[kText] && addr < out_addr[kText] + out_data[kText].size()) return 1;
    if (addr >= out_addr[kRodata] && addr < out_addr[kRodata] + out_data[kRodata].size()) return 2;
    if (addr >= out_addr[kData] && addr < out_addr[kData] + out_data[kData].size()) return 3;
    if (addr >= out_addr[kBss] && addr <= out_addr[kBss] + bss_size) return 4;
    return SHN_ABS;
  };
  auto add_sym = [&](const std::string& name, u32 value, u32 size, u8 bind, u8 type) {
    put32(symtab, add_str(name));
    put32(symtab, value);
    put32(symtab, size);
    symtab.push_back(u8(bind << 4 | type));
    symtab.push_back(0);
    size_t n = symtab.size();
    symtab.resize(n + 2);
    store_le16(symtab.data() + n, shndx_of(value));
  };
  u32 nlocal = 1;
  for (size_t i = 0; i < objs.size(); ++i) {
    for (size_t k = 0; k < objs[i].symbols.size(); ++k) {
      const ObjSymbol& s = objs[i].symbols[k];
      if (s.bind != STB_LOCAL || s.name.empty() || s.section < 0 || s.type == STT_SECTION) continue;
      if (s.name.compare(0, 2, ".L") == 0) continue;
      if (placement[i][s.section] < 0 || placement[i][s.section] == kDebug) continue;
      bool ok;
      add_sym(s.name, symbol_address(int(i), int(k), &ok), s.size, STB_LOCAL, s.type);
      ++nlocal;
    }
  }
  for (auto& [name, g] : globals) {
    if (!g.defined) continue;
    u32 addr = g.addr, size = g.common_size;
    u8 type = STT_OBJECT;
    if (g.obj >= 0) {
      const ObjSymbol& d = objs[g.obj].symbols[g.sym];
      bool ok;
      addr = symbol_address(g.obj, g.sym, &ok);
      size = d.size;
      type = d.type;
    } else if (g.obj == -1) {
      type = STT_NOTYPE;
    }
    add_sym(name, addr, size, g.weak ? STB_WEAK : STB_GLOBAL, type);
  }
  while (out.size() % 4) out.push_back(0);
  u32 symtab_off = u32(out.size());
  out.insert(out.end(), symtab.begin(), symtab.end());
  u32 strtab_off = u32(out.size());
  out.insert(out.end(), strtab.begin(), strtab.end());
  std::vector<u8> shstr{0};
  auto add_sh = [&](const char* s) {
    u32 off = u32(shstr.size());
    shstr.insert(shstr.end(), s, s + strlen(s));
    shstr.push_back(0);
    return off;
  };
  u32 n_text = add_sh(".text"), n_ro = add_sh(".rodata"), n_data = add_sh(".data"), n_bss = add_sh(".bss"),
      n_dbg = add_sh(".forklab.debug"), n_sym = add_sh(".symtab"), n_str = add_sh(".strtab"),
      n_shstr = add_sh(".shstrtab");
  u32 shstr_off = u32(out.size());
  out.insert(out.end(), shstr.begin(), shstr.end());
  while (out.size() % 4) out.push_back(0);
  u32 shoff = u32(out.size());
  auto sh = [&](u32 name, u32 type, u32 flags, u32 addr, u32 off, u32 size, u32 link, u32 info, u32 align, u32 entsize) {
    for (u32 v : {name, type, flags, addr, off, size, link, info, align, entsize}) put32(out, v);
  };
  sh(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  sh(n_text, SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, out_addr[kText], text_off, u32(out_data[kText].size()), 0, 0, out_align[kText], 0);
  sh(n_ro, SHT_PROGBITS, SHF_ALLOC, out_addr[kRodata], ro_off, u32(out_data[kRodata].size()), 0, 0, out_align[kRodata], 0);
  sh(n_data, SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, out_addr[kData], data_off, u32(out_data[kData].size()), 0, 0, out_align[kData], 0);
  sh(n_bss, SHT_NOBITS, SHF_ALLOC | SHF_WRITE, out_addr[kBss], data_off + seg2_filesz, bss_size, 0, 0, out_align[kBss], 0);
  sh(n_dbg, SHT_PROGBITS, 0, 0, dbg_off, u32(out_data[kDebug].size()), 0, 0, 4, 0);
  sh(n_sym, SHT_SYMTAB, 0, 0, symtab_off, u32(symtab.size()), 7, nlocal, 4, 16);
  sh(n_str, SHT_STRTAB, 0, 0, strtab_off, u32(strtab.size()), 0, 0, 1, 0);
  sh(n_shstr, SHT_STRTAB, 0, 0, shstr_off, u32(shstr.size()), 0, 0, 1, 0);

  // ELF header and program headers.
  u8* e = out.data();
  const u8 ident[16] = {0x7f, 'E', 'L', 'F', 1, 1, 1, 0};
  memcpy(e, ident, 16);
  store_le16(e + 16, 2);  // ET_EXEC
  store_le16(e + 18, EM_RISCV);
  store_le32(e + 20, 1);
  bool ok;
  GlobalSym& entry = globals[opts.entry];
  u32 entry_addr = entry.obj >= 0 ? symbol_address(entry.obj, entry.sym, &ok) : entry.addr;
  store_le32(e + 24, entry_addr);
  store_le32(e + 28, 52);
  store_le32(e + 32, shoff);
  store_le32(e + 36, 0);
  store_le16(e + 40, 52);
  store_le16(e + 42, 32);
  store_le16(e + 44, 2);
  store_le16(e + 46, 40);
  store_le16(e + 48, 9);
  store_le16(e + 50, 8);
  auto phdr = [&](int i, u32 off, u32 vaddr, u32 filesz, u32 memsz, u32 flags) {
    u8* p = e + 52 + 32 * i;
    store_le32(p, 1);  // PT_LOAD
    store_le32(p + 4, off);
    store_le32(p + 8, vaddr);
    store_le32(p + 12, vaddr);
    store_le32(p + 16, filesz);
    store_le32(p + 20, memsz);
    store_le32(p + 24, flags);
    store_le32(p + 28, 4096);
  };
  phdr(0, 0, opts.base_address, seg1_end, seg1_end, 5);  // R+X
  phdr(1, data_off, out_addr[kData], seg2_filesz, seg2_memsz, 6);  // R+W
  return out;
}

}  // namespace

Result<std::vector<u8>> link_executable(const std::vector<LinkInput>& inputs, const LinkOptions& opts) {
  Linker lk(opts);
  struct Lazy {
    std::string name;
    ObjectFile obj;
    bool loaded = false;
  };
  std::vector<Lazy> lazy;
  // The entry symbol is needed from the start, so crt0 is pulled from an archive.
  lk.globals[opts.entry];
  for (const LinkInput& in : inputs) {
    if (is_archive(in.bytes)) {
      auto members = read_archive(in.bytes, in.name);
      if (!members) return members.error();
      for (ArchiveMember& m : *members) {
        std::string mname = in.name + "(" + m.name + ")";
        auto obj = read_elf_object(m.data, mname);
        if (!obj) continue;  // archives may hold non-object members
        lazy.push_back({mname, std::move(*obj), false});
      }
      continue;
    }
    auto obj = read_elf_object(in.bytes, in.name);
    if (!obj) return obj.error();
    lk.add_object(std::move(*obj));
  }
  for (bool changed = true; changed;) {
    changed = false;
    for (Lazy& l : lazy) {
      if (l.loaded || !lk.defines_needed(l.obj)) continue;
      l.loaded = true;
      changed = true;
      lk.add_object(std::move(l.obj));
    }
  }
  // Undefined symbols: name each with the first object that referenced it.
  static const char* const kLinkerDefined[] = {"__global_pointer$", "_end", "end", "__bss_start", "_edata",
                                               "__data_start", "_etext", "__init_array_start", "__init_array_end",
                                               "__fini_array_start", "__fini_array_end"};
  for (size_t i = 0; i < lk.objs.size(); ++i) {
    for (const ObjSymbol& s : lk.objs[i].symbols) {
      if (s.section != ObjSymbol::kUndef || s.bind == STB_LOCAL || s.name.empty()) continue;
      GlobalSym& g = lk.globals[s.name];
      bool special = false;
      for (const char* n : kLinkerDefined) special |= s.name == n;
      if (g.defined || g.common || special || s.bind == STB_WEAK) continue;
      std::string msg = "undefined reference to '" + s.name + "' (referenced from " + lk.objs[i].name + ")";
      bool dup = false;
      for (auto& e : lk.errors) dup |= e.find("'" + s.name + "'") != std::string::npos;
      if (!dup) lk.errors.push_back(msg);
    }
  }
  if (!lk.globals[opts.entry].defined) lk.errors.push_back("undefined entry symbol '" + opts.entry + "'");
  if (!lk.errors.empty()) {
    std::string all;
    for (size_t i = 0; i < lk.errors.size() && i < 20; ++i) all += (i ? "\n" : "") + lk.errors[i];
    return make_error(all);
  }
  lk.layout();
  lk.relocate();
  if (!lk.errors.empty()) return make_error(lk.errors.front());
  return lk.write();
}

}  // namespace forklab::cc
