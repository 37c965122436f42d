// ELF32 parsing: a well-formed image, and every kind of malformed file.
#include <doctest/doctest.h>

#include <cstring>
#include <random>
#include <string>

#include "base/bytes.h"
#include "machine/elf.h"
#include "machine/sv32.h"
#include "rv32_asm.h"

using namespace forklab;
using namespace forklab::machine;

namespace {

// Offsets of the things tests poke at.
constexpr u32 kPh0 = 52, kPh1 = 52 + 32, kText = 0x100, kData = 0x200, kLines = 0x300;
constexpr u32 kSymtab = 0x400, kStrtab = 0x500, kShstrtab = 0x600, kShdrs = 0x700;
constexpr u32 kSections = 9;

void put16(std::vector<u8>& f, u32 at, u16 v) { store_le16(&f[at], v); }
void put32(std::vector<u8>& f, u32 at, u32 v) { store_le32(&f[at], v); }

// A small static executable: text (RX) at 0x10000, data+bss (RW) at
// 0x11000, a custom ".forklab.lines" section, symbols _start and counter.
std::vector<u8> sample_elf() {
  std::vector<u8> f(kShdrs + kSections * 40, 0);
  const u8 ident[] = {0x7F, 'E', 'L', 'F', 1, 1, 1};
  std::memcpy(f.data(), ident, sizeof ident);
  put16(f, 16, 2);          // ET_EXEC
  put16(f, 18, 243);        // EM_RISCV
  put32(f, 20, 1);          // EV_CURRENT
  put32(f, 24, 0x10000);    // entry
  put32(f, 28, kPh0);       // phoff
  put32(f, 32, kShdrs);     // shoff
  put16(f, 40, 52);         // ehsize
  put16(f, 42, 32);         // phentsize
  put16(f, 44, 2);          // phnum
  put16(f, 46, 40);         // shentsize
  put16(f, 48, kSections);  // shnum
  put16(f, 50, 8);          // shstrndx
  auto phdr = [&](u32 at, u32 offset, u32 vaddr, u32 filesz, u32 memsz, u32 flags) {
    put32(f, at, 1);
    put32(f, at + 4, offset);
    put32(f, at + 8, vaddr);
    put32(f, at + 12, vaddr);
    put32(f, at + 16, filesz);
    put32(f, at + 20, memsz);
    put32(f, at + 24, flags);
    put32(f, at + 28, 0x1000);
  };
  phdr(kPh0, kText, 0x10000, 16, 16, kPfR | kPfX);
  phdr(kPh1, kData, 0x11000, 8, 0x20, kPfR | kPfW);
  using namespace rv;
  const u32 text[] = {lui(a1, 0x11), lw(a0, a1, 4), addi(a0, a0, 1), kEcall};
  for (u32 i = 0; i < 4; ++i) put32(f, kText + 4 * i, text[i]);
  put32(f, kData, 0x11111111);
  put32(f, kData + 4, 41);
  std::memcpy(&f[kLines], "LINES", 5);
  const char strtab[] = "\0_start\0counter";
  std::memcpy(&f[kStrtab], strtab, sizeof strtab);
  // symbols: [0] null, [1] _start FUNC GLOBAL in .text, [2] counter OBJECT in .data
  put32(f, kSymtab + 16, 1);
  put32(f, kSymtab + 20, 0x10000);
  put32(f, kSymtab + 24, 16);
  f[kSymtab + 28] = 0x12;
  put16(f, kSymtab + 30, 1);
  put32(f, kSymtab + 32, 8);
  put32(f, kSymtab + 36, 0x11004);
  put32(f, kSymtab + 40, 4);
  f[kSymtab + 44] = 0x11;
  put16(f, kSymtab + 46, 2);
  const char shstr[] = "\0.text\0.data\0.bss\0.forklab.lines\0.symtab\0.strtab\0.shstrtab";
  std::memcpy(&f[kShstrtab], shstr, sizeof shstr);
  auto shdr = [&](u32 i, u32 name, u32 type, u32 flags, u32 addr, u32 offset, u32 size, u32 link,
                  u32 entsize) {
    u32 at = kShdrs + i * 40;
    put32(f, at, name);
    put32(f, at + 4, type);
    put32(f, at + 8, flags);
    put32(f, at + 12, addr);
    put32(f, at + 16, offset);
    put32(f, at + 20, size);
    put32(f, at + 24, link);
    put32(f, at + 36, entsize);
  };
  shdr(1, 1, 1, 6, 0x10000, kText, 16, 0, 0);          // .text
  shdr(2, 7, 1, 3, 0x11000, kData, 8, 0, 0);           // .data
  shdr(3, 13, 8, 3, 0x11008, kData + 8, 0x18, 0, 0);   // .bss
  shdr(4, 18, 1, 0, 0, kLines, 5, 0, 0);               // .forklab.lines
  shdr(5, 33, 2, 0, 0, kSymtab, 48, 6, 16);            // .symtab -> .strtab
  shdr(6, 41, 3, 0, 0, kStrtab, sizeof strtab, 0, 0);  // .strtab
  shdr(7, 49, 3, 0, 0, kShstrtab, 0, 0, 0);            // unused (empty)
  shdr(8, 49, 3, 0, 0, kShstrtab, sizeof shstr, 0, 0); // .shstrtab
  return f;
}

std::string parse_error(const std::vector<u8>& f) {
  auto r = parse_elf(f);
  return r.ok() ? std::string("(no error)") : r.error().message;
}

bool contains(const std::string& s, const char* what) { return s.find(what) != std::string::npos; }

}  // namespace

TEST_CASE("a static executable parses into segments, symbols and sections") {
  auto r = parse_elf(sample_elf());
  REQUIRE(r.ok());
  const ElfImage& img = *r;
  CHECK(img.entry == 0x10000u);
  REQUIRE(img.segments.size() == 2);
  CHECK(img.segments[0].vaddr == 0x10000u);
  CHECK(img.segments[0].flags == (kPfR | kPfX));
  CHECK(img.segments[0].bytes.size() == 16);
  CHECK(img.segments[1].memsz == 0x20u);
  CHECK(img.segments[1].bytes.size() == 8);
  const ElfSection* lines = find_section(img, ".forklab.lines");
  REQUIRE(lines);
  CHECK(std::string(lines->bytes.begin(), lines->bytes.end()) == "LINES");
  const ElfSection* bss = find_section(img, ".bss");
  REQUIRE(bss);
  CHECK(bss->bytes.empty());
  CHECK(bss->size == 0x18u);
  const ElfSymbol* start = find_symbol(img, "_start");
  REQUIRE(start);
  CHECK(start->value == 0x10000u);
  CHECK(symbol_at(img, 0x1000C) == start);
  CHECK(symbol_at(img, 0x11006)->name == "counter");
  CHECK(find_section(img, ".nothing") == nullptr);
}

TEST_CASE("load_elf maps the segments with bss zeroed and runs from the entry") {
  Machine m = make_machine({2u << 20});
  auto img = parse_elf(sample_elf());
  REQUIRE(img.ok());
  auto prog = load_elf(m, *img);
  REQUIRE(prog.ok());
  Trap t = run(m, 100);
  CHECK(t.kind == TrapKind::ecall);
  CHECK(m.hart.x[rv::a0] == 42);
  u32 bss = 1;
  CHECK_FALSE(copy_from_guest(m, 0x11010, {reinterpret_cast<u8*>(&bss), 4}));
  CHECK(bss == 0);
  auto text = find_pte(m, prog->root_frame, 0x10000);
  CHECK((text->value & (kPteX | kPteW)) == kPteX);
  CHECK(m.hart.x[rv::sp] == prog->stack_pointer);
  u32 word = 5;
  CHECK_FALSE(copy_to_guest(m, prog->stack_pointer, {reinterpret_cast<u8*>(&word), 4}));
}

TEST_CASE("load_elf reports running out of guest memory") {
  Machine m = make_machine({8 * kPageSize});
  auto img = parse_elf(sample_elf());
  auto prog = load_elf(m, *img);
  REQUIRE_FALSE(prog.ok());
  CHECK(contains(prog.error().message, "out of guest memory"));
}

TEST_CASE("every truncation of a valid file is an error, never a crash") {
  std::vector<u8> f = sample_elf();
  for (usize len = 0; len < f.size(); ++len) {
    std::vector<u8> cut(f.begin(), f.begin() + len);
    CAPTURE(len);
    CHECK_FALSE(parse_elf(cut).ok());
  }
}

TEST_CASE("random corruption never crashes or allocates unboundedly") {
  std::mt19937 rng(1234);
  std::vector<u8> good = sample_elf();
  int ok = 0;
  for (int i = 0; i < 3000; ++i) {
    std::vector<u8> f = good;
    int edits = 1 + int(rng() % 4);
    for (int e = 0; e < edits; ++e) {
      u32 at = rng() % (i % 2 ? 0x100 : u32(f.size()));  // headers more often
      f[at] = u8(rng());
    }
    auto r = parse_elf(f);
    if (r.ok()) {
      ++ok;
      u64 total = 0;
      for (const auto& s : r->segments) total += s.bytes.size();
      CHECK(total <= f.size());
    }
  }
  CHECK(ok > 0);  // some edits hit harmless bytes
}

TEST_CASE("wrong identity fields are named in the error") {
  auto with = [](u32 at, u8 v) {
    std::vector<u8> f = sample_elf();
    f[at] = v;
    return parse_error(f);
  };
  CHECK(contains(with(0, 0x7E), "magic"));
  CHECK(contains(with(4, 2), "32-bit"));
  CHECK(contains(with(5, 2), "little-endian"));
  CHECK(contains(with(18, 62), "RISC-V"));
  CHECK(contains(with(16, 3), "position-independent"));
  CHECK(contains(with(16, 1), "not an executable"));
  CHECK(contains(with(36, 1), "RVC"));
  CHECK(contains(with(36, 4), "hard-float"));
  CHECK(contains(with(42, 33), "program header size"));
}

TEST_CASE("bad segments are rejected with a reason") {
  auto with32 = [](u32 at, u32 v) {
    std::vector<u8> f = sample_elf();
    put32(f, at, v);
    return parse_error(f);
  };
  CHECK(contains(with32(kPh1 + 16, 0x100), "file size exceeds memory size"));
  CHECK(contains(with32(kPh1 + 4, 0xFFFFFFF0), "outside the file"));
  CHECK(contains(with32(kPh1 + 8, 0x7FFFFFF0), "beyond user space"));
  CHECK(contains(with32(kPh1 + 8, 0xFFFFF000), "beyond user space"));
  CHECK(contains(with32(kPh1 + 20, 0xFFFFFFF0), "beyond user space"));
  CHECK(contains(with32(kPh1 + 8, 0x10008), "overlaps"));
  CHECK(contains(with32(kPh0 + 8, 0x0), "first page"));
  CHECK(contains(with32(24, 0x11000), "entry point"));
  CHECK(contains(with32(28, 0xFFFFFFF0), "program headers lie outside"));
  CHECK(contains(with32(kPh0, 3), "dynamically linked"));
}

TEST_CASE("huge total memory sizes are rejected before anything is allocated") {
  std::vector<u8> f = sample_elf();
  put32(f, kPh0 + 20, 0x30000000);  // text memsz 768 MiB
  put32(f, kPh1 + 8, 0x40000000);
  put32(f, kPh1 + 20, 0x30000000);
  CHECK(contains(parse_error(f), "more than"));
}

TEST_CASE("bad sections are rejected with a reason") {
  auto with32 = [](u32 at, u32 v) {
    std::vector<u8> f = sample_elf();
    put32(f, at, v);
    return parse_error(f);
  };
  CHECK(contains(with32(kShdrs + 4 * 40 + 20, 0x10000), "section 4 lies outside"));
  CHECK(contains(with32(32, 0xFFFFFF00), "section headers lie outside"));
  CHECK(contains(with32(kShdrs + 4 * 40, 0x5000), "string offset"));
  CHECK(contains(with32(kShdrs + 5 * 40 + 24, 99), "missing string table"));
  std::vector<u8> f = sample_elf();
  put16(f, 50, 200);
  CHECK(contains(parse_error(f), "name table index"));
}
