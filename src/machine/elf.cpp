// ELF32 parsing and loading. Field offsets are from the gABI's Elf32_Ehdr,
// Elf32_Phdr, Elf32_Shdr and Elf32_Sym.
#include "machine/elf.h"

#include <algorithm>

#include "machine/sv32.h"

namespace forklab::machine {
namespace {

constexpr u16 kEtExec = 2, kEtDyn = 3, kEmRiscv = 243;
constexpr u32 kPtLoad = 1, kPtDynamic = 2, kPtInterp = 3;
constexpr u32 kShtSymtab = 2, kShtNobits = 8;
constexpr u32 kEfRvc = 0x1, kEfFloatAbi = 0x6, kEfRve = 0x8;
constexpr u32 kEhdrSize = 52, kPhdrSize = 32, kShdrSize = 40, kSymSize = 16;

Error elf_error(const std::string& what) { return make_error("ELF: " + what); }

std::string hex(u64 v) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
  return buf;
}

Status check_header(ByteSpan f) {
  if (f.size() < kEhdrSize) return elf_error("file too short for an ELF header");
  if (!(f[0] == 0x7F && f[1] == 'E' && f[2] == 'L' && f[3] == 'F'))
    return elf_error("not an ELF file (bad magic)");
  if (f[4] != 1) return elf_error("not a 32-bit ELF file (class " + std::to_string(f[4]) + ")");
  if (f[5] != 1) return elf_error("not little-endian");
  if (f[6] != 1) return elf_error("unknown ELF version");
  u16 type = load_le16(&f[16]);
  if (type == kEtDyn) return elf_error("position-independent executable; only static ET_EXEC");
  if (type != kEtExec) return elf_error("not an executable (e_type " + std::to_string(type) + ")");
  if (load_le16(&f[18]) != kEmRiscv) return elf_error("not a RISC-V file (e_machine " +
                                                      std::to_string(load_le16(&f[18])) + ")");
  u32 flags = load_le32(&f[36]);
  if (flags & kEfRvc) return elf_error("uses compressed instructions (RVC), not supported");
  if (flags & kEfFloatAbi) return elf_error("hard-float ABI; only ilp32 (soft-float)");
  if (flags & kEfRve) return elf_error("RV32E ABI not supported");
  return {};
}

bool overlaps(const ElfSegment& a, const ElfSegment& b) {
  return u64(a.vaddr) < u64(b.vaddr) + b.memsz && u64(b.vaddr) < u64(a.vaddr) + a.memsz;
}

Status parse_segments(ByteSpan f, ElfImage& image) {
  u32 phoff = load_le32(&f[28]);
  u16 phentsize = load_le16(&f[42]), phnum = load_le16(&f[44]);
  if (phnum == 0) return elf_error("no program headers");
  if (phentsize != kPhdrSize) return elf_error("bad program header size " + std::to_string(phentsize));
  if (phnum > kElfMaxSegments) return elf_error("too many program headers (" + std::to_string(phnum) + ")");
  if (!range_fits(phoff, u64(phnum) * kPhdrSize, f.size()))
    return elf_error("program headers lie outside the file");
  u64 total = 0;
  for (u32 i = 0; i < phnum; ++i) {
    const u8* ph = &f[phoff + i * kPhdrSize];
    u32 type = load_le32(ph);
    if (type == kPtInterp || type == kPtDynamic) return elf_error("dynamically linked; only static executables");
    if (type != kPtLoad) continue;
    u32 offset = load_le32(ph + 4), vaddr = load_le32(ph + 8);
    u32 filesz = load_le32(ph + 16), memsz = load_le32(ph + 20), flags = load_le32(ph + 24);
    std::string which = "segment " + std::to_string(i) + " at " + hex(vaddr);
    if (filesz > memsz) return elf_error(which + ": file size exceeds memory size");
    if (!range_fits(offset, filesz, f.size())) return elf_error(which + ": bytes lie outside the file");
    if (u64(vaddr) + memsz > kElfUserTop) return elf_error(which + ": extends beyond user space (" + hex(kElfUserTop) + ")");
    if (vaddr < kPageSize) return elf_error(which + ": maps the first page (null pointers must fault)");
    total += memsz;
    if (total > kElfMaxMemory) return elf_error("segments need more than " + hex(kElfMaxMemory) + " bytes");
    if (memsz == 0) continue;
    ElfSegment seg;
    seg.vaddr = vaddr;
    seg.memsz = memsz;
    seg.flags = flags & (kPfR | kPfW | kPfX);
    seg.bytes.assign(f.begin() + offset, f.begin() + offset + filesz);
    for (const ElfSegment& other : image.segments)
      if (overlaps(seg, other)) return elf_error(which + ": overlaps segment at " + hex(other.vaddr));
    image.segments.push_back(std::move(seg));
  }
  if (image.segments.empty()) return elf_error("no loadable segments");
  bool entry_ok = std::any_of(image.segments.begin(), image.segments.end(), [&](const ElfSegment& s) {
    return (s.flags & kPfX) && image.entry >= s.vaddr && image.entry - s.vaddr < s.memsz;
  });
  if (!entry_ok) return elf_error("entry point " + hex(image.entry) + " is not in an executable segment");
  return {};
}

// A NUL-terminated string inside `table`, or an error.
Result<std::string> string_at(ByteSpan table, u32 offset) {
  if (offset >= table.size()) return elf_error("string offset out of range");
  auto begin = table.begin() + offset;
  auto end = std::find(begin, table.end(), u8(0));
  if (end == table.end()) return elf_error("unterminated string");
  return std::string(begin, end);
}

struct RawSection {
  u32 name, type, flags, addr, offset, size, link, entsize;
};

Status parse_symbols(ByteSpan f, const std::vector<RawSection>& raw, const RawSection& symtab,
                     ElfImage& image) {
  if (symtab.link >= raw.size()) return elf_error("symbol table links to a missing string table");
  const RawSection& strtab = raw[symtab.link];
  if (strtab.type == kShtNobits || !range_fits(strtab.offset, strtab.size, f.size()))
    return elf_error("symbol string table lies outside the file");
  ByteSpan strings = f.subspan(strtab.offset, strtab.size);
  u32 count = symtab.size / kSymSize;
  for (u32 i = 1; i < count; ++i) {  // entry 0 is the null symbol
    const u8* s = &f[symtab.offset + i * kSymSize];
    ElfSymbol sym;
    sym.name = FL_TRY(string_at(strings, load_le32(s)));
    sym.value = load_le32(s + 4);
    sym.size = load_le32(s + 8);
    sym.type = s[12] & 15;
    sym.bind = s[12] >> 4;
    sym.section = load_le16(s + 14);
    image.symbols.push_back(std::move(sym));
  }
  return {};
}

Status parse_sections(ByteSpan f, ElfImage& image) {
  u32 shoff = load_le32(&f[32]);
  u16 shentsize = load_le16(&f[46]), shnum = load_le16(&f[48]), shstrndx = load_le16(&f[50]);
  if (shnum == 0) return {};  // sections are optional in an executable
  if (shentsize != kShdrSize) return elf_error("bad section header size " + std::to_string(shentsize));
  if (!range_fits(shoff, u64(shnum) * kShdrSize, f.size())) return elf_error("section headers lie outside the file");
  if (shstrndx >= shnum) return elf_error("section name table index out of range");
  std::vector<RawSection> raw(shnum);
  for (u32 i = 0; i < shnum; ++i) {
    const u8* s = &f[shoff + i * kShdrSize];
    raw[i] = RawSection{load_le32(s),      load_le32(s + 4),  load_le32(s + 8),  load_le32(s + 12),
                        load_le32(s + 16), load_le32(s + 20), load_le32(s + 24), load_le32(s + 36)};
    if (raw[i].type != kShtNobits && i != 0 && !range_fits(raw[i].offset, raw[i].size, f.size()))
      return elf_error("section " + std::to_string(i) + " lies outside the file");
  }
  const RawSection& names = raw[shstrndx];
  if (names.type == kShtNobits) return elf_error("section name table has no bytes");
  ByteSpan name_table = f.subspan(names.offset, names.size);
  for (u32 i = 1; i < shnum; ++i) {
    const RawSection& r = raw[i];
    ElfSection sec;
    sec.name = FL_TRY(string_at(name_table, r.name));
    sec.type = r.type;
    sec.flags = r.flags;
    sec.addr = r.addr;
    sec.size = r.size;
    if (r.type != kShtNobits) sec.bytes.assign(f.begin() + r.offset, f.begin() + r.offset + r.size);
    image.sections.push_back(std::move(sec));
    if (r.type == kShtSymtab) FL_CHECK(parse_symbols(f, raw, r, image));
  }
  return {};
}

}  // namespace

Result<ElfImage> parse_elf(ByteSpan file) {
  FL_CHECK(check_header(file));
  ElfImage image;
  image.entry = load_le32(&file[24]);
  FL_CHECK(parse_segments(file, image));
  FL_CHECK(parse_sections(file, image));
  return image;
}

const ElfSection* find_section(const ElfImage& image, std::string_view name) {
  for (const ElfSection& s : image.sections)
    if (s.name == name) return &s;
  return nullptr;
}

const ElfSymbol* find_symbol(const ElfImage& image, std::string_view name) {
  for (const ElfSymbol& s : image.symbols)
    if (s.name == name) return &s;
  return nullptr;
}

const ElfSymbol* symbol_at(const ElfImage& image, u32 addr) {
  const ElfSymbol* best = nullptr;
  for (const ElfSymbol& s : image.symbols) {
    if (s.type != 1 && s.type != 2) continue;  // STT_OBJECT, STT_FUNC
    bool inside = addr >= s.value && (addr - s.value < s.size || (s.size == 0 && addr == s.value));
    if (inside && (!best || s.value > best->value)) best = &s;
  }
  return best;
}

namespace {

u32 pte_flags_for(u32 pf) {
  u32 flags = kPteU;
  if (pf & kPfR) flags |= kPteR;
  if (pf & kPfW) flags |= kPteW | kPteR;  // W without R is reserved in Sv32
  if (pf & kPfX) flags |= kPteX;
  return flags;
}

// The frame mapped at `va`, mapping a fresh zeroed one (with `flags` added to
// whatever the page already had, when two segments share a page).
Result<u32> ensure_page(Machine& m, u32 root, u32 va, u32 flags) {
  auto slot = find_pte(m, root, va);
  if (slot && (slot->value & kPteV) && slot->level == 0) {
    write_pte(m, slot->paddr, va, slot->value | flags);
    return pte_frame(slot->value);
  }
  auto frame = alloc_frame(m);
  if (!frame) return make_error("out of guest memory while loading the program");
  if (!map_page(m, root, va, *frame, flags)) return make_error("out of guest memory for page tables");
  return *frame;
}

Status map_range(Machine& m, u32 root, u32 vaddr, u32 memsz, u32 flags, ByteSpan bytes) {
  u32 first = vaddr & ~kPageMask;
  u64 end = u64(vaddr) + memsz;
  for (u64 page = first; page < end; page += kPageSize) {
    u32 frame = FL_TRY(ensure_page(m, root, u32(page), flags));
    // Copy the part of `bytes` that falls into this page.
    u64 lo = std::max<u64>(page, vaddr), hi = std::min<u64>(page + kPageSize, u64(vaddr) + bytes.size());
    if (lo < hi)
      write_phys(m, frame * kPageSize + u32(lo - page), bytes.subspan(usize(lo - vaddr), usize(hi - lo)));
  }
  return {};
}

}  // namespace

Result<LoadedProgram> load_elf(Machine& m, const ElfImage& image, u32 stack_top, u32 stack_bytes) {
  auto root = alloc_frame(m);
  if (!root) return make_error("out of guest memory for the root page table");
  for (const ElfSegment& s : image.segments)
    FL_CHECK(map_range(m, *root, s.vaddr, s.memsz, pte_flags_for(s.flags), s.bytes));
  u32 stack_base = (stack_top - stack_bytes) & ~kPageMask;
  FL_CHECK(map_range(m, *root, stack_base, stack_top - stack_base, kPteU | kPteR | kPteW, {}));
  set_satp(m, make_satp(*root));
  m.hart.pc = image.entry;
  m.hart.x[2] = stack_top - 16;
  return LoadedProgram{*root, image.entry, stack_top - 16};
}

}  // namespace forklab::machine
