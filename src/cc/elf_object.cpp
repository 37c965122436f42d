// ELF32 little-endian RISC-V relocatable objects (System V gABI, RISC-V ELF
// psABI) and `ar` archives: writing ours, reading ours and clang's.
#include <algorithm>
#include <cstring>
#include <map>

#include "base/bytes.h"
#include "cc/object.h"

namespace forklab::cc {
namespace {

constexpr u32 kEhdrSize = 52;
constexpr u32 kShdrSize = 40;
constexpr u32 EF_RISCV_FLOAT_ABI_SOFT = 0;

struct StrTab {
  std::vector<u8> data{0};
  std::map<std::string, u32> index;
  u32 add(const std::string& s) {
    if (s.empty()) return 0;
    auto it = index.find(s);
    if (it != index.end()) return it->second;
    u32 off = u32(data.size());
    data.insert(data.end(), s.begin(), s.end());
    data.push_back(0);
    index[s] = off;
    return off;
  }
};

void put32(std::vector<u8>& v, u32 x) {
  size_t n = v.size();
  v.resize(n + 4);
  store_le32(v.data() + n, x);
}
void put16(std::vector<u8>& v, u16 x) {
  size_t n = v.size();
  v.resize(n + 2);
  store_le16(v.data() + n, x);
}
void align_to(std::vector<u8>& v, u32 a) {
  while (v.size() % a) v.push_back(0);
}

}  // namespace

std::vector<u8> write_elf_object(const ObjectFile& obj) {
  // Section header order: null, user sections, .rela.* for each, .symtab, .strtab, .shstrtab.
  StrTab shstr, str;
  // Symbols: null, locals (sections first), then globals; remember the mapping.
  std::vector<int> order;
  for (size_t i = 0; i < obj.symbols.size(); ++i)
    if (obj.symbols[i].bind == STB_LOCAL) order.push_back(int(i));
  u32 first_global = u32(order.size()) + 1;
  for (size_t i = 0; i < obj.symbols.size(); ++i)
    if (obj.symbols[i].bind != STB_LOCAL) order.push_back(int(i));
  std::vector<u32> new_index(obj.symbols.size());
  for (size_t k = 0; k < order.size(); ++k) new_index[order[k]] = u32(k + 1);

  u32 nsec = u32(obj.sections.size());
  std::vector<std::vector<const ObjReloc*>> rel(nsec);
  for (const ObjReloc& r : obj.relocs) rel[r.section].push_back(&r);
  std::vector<int> rela_index(nsec, 0);
  u32 next = 1 + nsec;
  for (u32 i = 0; i < nsec; ++i)
    if (!rel[i].empty()) rela_index[i] = int(next++);
  u32 symtab_idx = next++, strtab_idx = next++, shstrtab_idx = next++;
  u32 shnum = next;

  std::vector<u8> out(kEhdrSize, 0);
  struct Sh {
    u32 name, type, flags, addr, offset, size, link, info, align, entsize;
  };
  std::vector<Sh> sh(shnum, Sh{0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  for (u32 i = 0; i < nsec; ++i) {
    const ObjSection& s = obj.sections[i];
    align_to(out, s.align ? s.align : 1);
    Sh& h = sh[1 + i];
    h.name = shstr.add(s.name);
    h.type = s.type;
    h.flags = s.flags;
    h.offset = u32(out.size());
    h.size = s.size_of();
    h.align = s.align ? s.align : 1;
    if (s.type != SHT_NOBITS) out.insert(out.end(), s.data.begin(), s.data.end());
  }
  for (u32 i = 0; i < nsec; ++i) {
    if (rel[i].empty()) continue;
    align_to(out, 4);
    Sh& h = sh[rela_index[i]];
    h.name = shstr.add(".rela" + obj.sections[i].name);
    h.type = SHT_RELA;
    h.offset = u32(out.size());
    h.link = symtab_idx;
    h.info = 1 + i;
    h.align = 4;
    h.entsize = 12;
    h.flags = 0x40;  // SHF_INFO_LINK
    for (const ObjReloc* r : rel[i]) {
      put32(out, r->offset);
      put32(out, new_index[r->symbol] << 8 | (r->type & 0xff));
      put32(out, u32(r->addend));
    }
    h.size = u32(out.size()) - h.offset;
  }
  align_to(out, 4);
  Sh& st = sh[symtab_idx];
  st.name = shstr.add(".symtab");
  st.type = SHT_SYMTAB;
  st.offset = u32(out.size());
  st.link = strtab_idx;
  st.info = first_global;
  st.align = 4;
  st.entsize = 16;
  out.resize(out.size() + 16, 0);
  for (int idx : order) {
    const ObjSymbol& s = obj.symbols[idx];
    put32(out, str.add(s.name));
    put32(out, s.value);
    put32(out, s.size);
    out.push_back(u8(s.bind << 4 | s.type));
    out.push_back(0);
    u16 shndx = s.section == ObjSymbol::kUndef ? SHN_UNDEF
                : s.section == ObjSymbol::kAbs  ? SHN_ABS
                : s.section == ObjSymbol::kCommon ? SHN_COMMON
                                                  : u16(1 + s.section);
    put16(out, shndx);
  }
  st.size = u32(out.size()) - st.offset;
  Sh& stt = sh[strtab_idx];
  stt.name = shstr.add(".strtab");
  stt.type = SHT_STRTAB;
  stt.offset = u32(out.size());
  stt.size = u32(str.data.size());
  stt.align = 1;
  out.insert(out.end(), str.data.begin(), str.data.end());
  Sh& sst = sh[shstrtab_idx];
  sst.name = shstr.add(".shstrtab");
  sst.type = SHT_STRTAB;
  sst.offset = u32(out.size());
  sst.size = u32(shstr.data.size());
  sst.align = 1;
  out.insert(out.end(), shstr.data.begin(), shstr.data.end());
  align_to(out, 4);
  u32 shoff = u32(out.size());
  for (const Sh& h : sh) {
    for (u32 v : {h.name, h.type, h.flags, h.addr, h.offset, h.size, h.link, h.info, h.align, h.entsize}) put32(out, v);
  }
  // ELF header.
  u8* e = out.data();
  const u8 ident[16] = {0x7f, 'E', 'L', 'F', 1, 1, 1, 0};
  memcpy(e, ident, 16);
  store_le16(e + 16, 1);  // ET_REL
  store_le16(e + 18, EM_RISCV);
  store_le32(e + 20, 1);
  store_le32(e + 24, 0);
  store_le32(e + 28, 0);
  store_le32(e + 32, shoff);
  store_le32(e + 36, EF_RISCV_FLOAT_ABI_SOFT);
  store_le16(e + 40, kEhdrSize);
  store_le16(e + 42, 0);
  store_le16(e + 44, 0);
  store_le16(e + 46, kShdrSize);
  store_le16(e + 48, u16(shnum));
  store_le16(e + 50, u16(shstrtab_idx));
  return out;
}

Result<ObjectFile> read_elf_object(const std::vector<u8>& b, const std::string& name) {
  auto bad = [&](const std::string& why) { return make_error(name + ": " + why); };
  if (b.size() < kEhdrSize || memcmp(b.data(), "\x7f" "ELF", 4) != 0) return bad("not an ELF file");
  if (b[4] != 1 || b[5] != 1) return bad("not a 32-bit little-endian ELF file");
  if (load_le16(&b[16]) != 1) return bad("not a relocatable object");
  if (load_le16(&b[18]) != EM_RISCV) return bad("not a RISC-V object");
  u32 flags = load_le32(&b[36]);
  if (flags & 1) return bad("compressed instructions (RVC) are not supported; build with -march=rv32ima");
  if (flags & 6) return bad("hard-float ABI objects are not supported; build with -mabi=ilp32");
  u32 shoff = load_le32(&b[32]);
  u32 shentsize = load_le16(&b[46]);
  u32 shnum = load_le16(&b[48]);
  u32 shstrndx = load_le16(&b[50]);
  if (shentsize != kShdrSize || !range_fits(shoff, u64(shnum) * kShdrSize, b.size()) || shstrndx >= shnum)
    return bad("bad section header table");
  struct Sh {
    u32 name, type, flags, addr, offset, size, link, info, align, entsize;
  };
  std::vector<Sh> sh(shnum);
  for (u32 i = 0; i < shnum; ++i) {
    const u8* p = &b[shoff + i * kShdrSize];
    sh[i] = {load_le32(p), load_le32(p + 4), load_le32(p + 8), load_le32(p + 12), load_le32(p + 16),
             load_le32(p + 20), load_le32(p + 24), load_le32(p + 28), load_le32(p + 32), load_le32(p + 36)};
    if (sh[i].type != SHT_NOBITS && sh[i].type != SHT_NULL && !range_fits(sh[i].offset, sh[i].size, b.size()))
      return bad("section extends past the end of the file");
  }
  auto cstr = [&](u32 tab, u32 off) -> std::string {
    if (tab >= shnum) return std::string();
    const Sh& t = sh[tab];
    if (off >= t.size) return std::string();
    const char* s = reinterpret_cast<const char*>(&b[t.offset + off]);
    size_t n = strnlen(s, t.size - off);
    return std::string(s, n);
  };
  ObjectFile obj;
  obj.name = name;
  // Keep allocated PROGBITS/NOBITS/INIT_ARRAY sections and our debug section.
  std::vector<int> map(shnum, -1);
  for (u32 i = 1; i < shnum; ++i) {
    const Sh& s = sh[i];
    std::string sname = cstr(shstrndx, s.name);
    bool keep = (s.flags & SHF_ALLOC) && (s.type == SHT_PROGBITS || s.type == SHT_NOBITS ||
                                          s.type == SHT_INIT_ARRAY || s.type == SHT_FINI_ARRAY);
    if (sname == ".forklab.debug") keep = true;
    if (!keep) continue;
    ObjSection os;
    os.name = sname;
    os.type = s.type == SHT_NOBITS ? SHT_NOBITS : SHT_PROGBITS;
    os.flags = s.flags;
    os.align = s.align ? s.align : 1;
    if (os.align > 4096) return bad("section alignment too large");
    if (s.type == SHT_NOBITS) os.size = s.size;
    else os.data.assign(b.begin() + s.offset, b.begin() + s.offset + s.size);
    map[i] = int(obj.sections.size());
    obj.sections.push_back(std::move(os));
  }
  // Symbols.
  u32 symtab = 0;
  for (u32 i = 1; i < shnum; ++i)
    if (sh[i].type == SHT_SYMTAB) symtab = i;
  std::vector<int> symmap;
  if (symtab) {
    const Sh& s = sh[symtab];
    if (s.entsize != 16 && s.entsize != 0) return bad("bad symbol table");
    u32 n = s.size / 16;
    symmap.assign(n, -1);
    for (u32 k = 0; k < n; ++k) {
      const u8* p = &b[s.offset + k * 16];
      ObjSymbol os;
      os.name = cstr(s.link, load_le32(p));
      os.value = load_le32(p + 4);
      os.size = load_le32(p + 8);
      os.bind = p[12] >> 4;
      os.type = p[12] & 0xf;
      u16 shndx = load_le16(p + 14);
      if (shndx == SHN_UNDEF) os.section = ObjSymbol::kUndef;
      else if (shndx == SHN_ABS) os.section = ObjSymbol::kAbs;
      else if (shndx == SHN_COMMON) os.section = ObjSymbol::kCommon;
      else if (shndx < shnum && map[shndx] >= 0) os.section = map[shndx];
      else os.section = ObjSymbol::kAbs - 10;  // in a discarded section
      if (k == 0) continue;
      if (os.type == STT_FILE) continue;
      symmap[k] = int(obj.symbols.size());
      obj.symbols.push_back(os);
    }
  }
  // Relocations.
  for (u32 i = 1; i < shnum; ++i) {
    const Sh& s = sh[i];
    if (s.type != SHT_RELA && s.type != 9 /* SHT_REL */) continue;
    if (s.type == 9) return bad("REL relocations are not supported");
    if (s.info >= shnum || map[s.info] < 0) continue;
    u32 n = s.size / 12;
    for (u32 k = 0; k < n; ++k) {
      const u8* p = &b[s.offset + k * 12];
      ObjReloc r;
      r.section = map[s.info];
      r.offset = load_le32(p);
      u32 info = load_le32(p + 4);
      r.type = info & 0xff;
      u32 symi = info >> 8;
      r.addend = i32(load_le32(p + 8));
      if (r.type == R_RISCV_RELAX || r.type == R_RISCV_ALIGN || r.type == R_RISCV_NONE) continue;
      if (symi >= symmap.size() || symmap[symi] < 0) {
        if (symi == 0) {
          r.symbol = -1;
        } else {
          return bad("relocation against an unsupported symbol");
        }
      } else {
        r.symbol = symmap[symi];
      }
      if (r.offset > obj.sections[r.section].size_of()) return bad("relocation offset out of range");
      obj.relocs.push_back(r);
    }
  }
  return obj;
}

bool is_archive(const std::vector<u8>& b) { return b.size() >= 8 && memcmp(b.data(), "!<arch>\n", 8) == 0; }

Result<std::vector<ArchiveMember>> read_archive(const std::vector<u8>& b, const std::string& name) {
  if (!is_archive(b)) return make_error(name + ": not an archive");
  std::vector<ArchiveMember> out;
  std::string longnames;
  size_t pos = 8;
  while (pos + 60 <= b.size()) {
    const char* h = reinterpret_cast<const char*>(&b[pos]);
    std::string mname(h, 16);
    std::string size_s(h + 48, 10);
    u64 size = strtoull(size_s.c_str(), nullptr, 10);
    pos += 60;
    if (!range_fits(pos, size, b.size())) return make_error(name + ": truncated archive");
    while (!mname.empty() && mname.back() == ' ') mname.pop_back();
    if (mname == "/" || mname == "/SYM64/") {
      // symbol index: we scan members ourselves
    } else if (mname == "//") {
      longnames.assign(reinterpret_cast<const char*>(&b[pos]), size);
    } else {
      if (mname.size() > 1 && mname[0] == '/' && isdigit((unsigned char)mname[1])) {
        size_t off = strtoul(mname.c_str() + 1, nullptr, 10);
        if (off < longnames.size()) {
          size_t end = longnames.find_first_of("/\n", off);
          mname = longnames.substr(off, end == std::string::npos ? std::string::npos : end - off);
        }
      } else if (!mname.empty() && mname.back() == '/') {
        mname.pop_back();
      }
      out.push_back({mname, std::vector<u8>(b.begin() + pos, b.begin() + pos + size)});
    }
    pos += size + (size & 1);
  }
  return out;
}

std::vector<u8> write_archive(const std::vector<ArchiveMember>& members) {
  std::vector<u8> out = {'!', '<', 'a', 'r', 'c', 'h', '>', '\n'};
  for (const ArchiveMember& m : members) {
    char hdr[61];
    std::string n = m.name.substr(0, 15) + "/";
    snprintf(hdr, sizeof hdr, "%-16s%-12s%-6s%-6s%-8s%-10u`\n", n.c_str(), "0", "0", "0", "644", unsigned(m.data.size()));
    out.insert(out.end(), hdr, hdr + 60);
    out.insert(out.end(), m.data.begin(), m.data.end());
    if (m.data.size() & 1) out.push_back('\n');
  }
  return out;
}

}  // namespace forklab::cc
