// The guest grep's regex matcher (src/guest/bin/regex.c), compiled for the
// host: BRE and ERE syntax, anchors, sets, repetition, case folding.
#include <doctest/doctest.h>

#include <cstring>
#include <string>

#include "regex.h"

namespace {

// 1 match, 0 no match, -1 the pattern does not compile.
int search(const char* pattern, const char* text, int flags = 0) {
  regex re;
  char err[128];
  if (regex_compile(&re, pattern, flags, err, sizeof err) != 0) return -1;
  int r = regex_search(&re, text, std::strlen(text));
  regex_free(&re);
  return r;
}

std::string error_of(const char* pattern, int flags = 0) {
  regex re;
  char err[128] = "";
  if (regex_compile(&re, pattern, flags, err, sizeof err) == 0) {
    regex_free(&re);
    return "";
  }
  return err;
}

}  // namespace

TEST_CASE("literal text matches anywhere in the line") {
  CHECK(search("two", "one two three") == 1);
  CHECK(search("four", "one two three") == 0);
  CHECK(search("", "anything") == 1);
  CHECK(search("", "") == 1);
}

TEST_CASE("[z]ombie matches zombie but not the grep command line itself") {
  CHECK(search("[z]ombie", "  42 ?        Z      0:00 [zombie] <defunct>") == 1);
  CHECK(search("[z]ombie", "  43 ?        S      0:00 grep [z]ombie") == 0);
}

TEST_CASE("dot, star and anchors") {
  CHECK(search("a.c", "abc") == 1);
  CHECK(search("a.c", "ac") == 0);
  CHECK(search("ab*c", "ac") == 1);
  CHECK(search("ab*c", "abbbbc") == 1);
  CHECK(search("^abc", "abcd") == 1);
  CHECK(search("^abc", "xabc") == 0);
  CHECK(search("abc$", "xabc") == 1);
  CHECK(search("abc$", "abcx") == 0);
  CHECK(search("^$", "") == 1);
  CHECK(search("^$", "x") == 0);
  CHECK(search("^.*$", "whatever") == 1);
}

TEST_CASE("in a BRE, ^ and $ away from the ends and a leading * are ordinary") {
  CHECK(search("a^b", "a^b") == 1);
  CHECK(search("a$b", "a$b") == 1);
  CHECK(search("*a", "x*a") == 1);
  CHECK(search("*a", "xa") == 0);
  CHECK(search("\\(*a\\)", "*a") == 1);
}

TEST_CASE("bracket expressions: ranges, negation, classes, ] first") {
  CHECK(search("[0-9][0-9]", "a12") == 1);
  CHECK(search("[0-9][0-9]", "a1b2") == 0);
  CHECK(search("^[^#]", "# comment") == 0);
  CHECK(search("^[^#]", "code") == 1);
  CHECK(search("[[:digit:]]", "abc5") == 1);
  CHECK(search("[[:upper:]]", "abc") == 0);
  CHECK(search("[]x]", "]") == 1);
  CHECK(search("[^]x]", "]x") == 0);
  CHECK(search("[a\\]", "\\") == 1);  // backslash is literal inside brackets
}

TEST_CASE("backslash escapes make operators literal") {
  CHECK(search("a\\.c", "a.c") == 1);
  CHECK(search("a\\.c", "abc") == 0);
  CHECK(search("\\*", "2*3") == 1);
  CHECK(search("\\[z]", "[z]") == 1);
}

TEST_CASE("BRE groups, intervals and GNU's \\| \\+ \\?") {
  CHECK(search("\\(ab\\)*c", "ababc") == 1);
  CHECK(search("^\\(ab\\)*c", "abac") == 0);
  CHECK(search("^a\\{2,3\\}$", "aa") == 1);
  CHECK(search("^a\\{2,3\\}$", "aaaa") == 0);
  CHECK(search("^a\\{2\\}$", "aa") == 1);
  CHECK(search("^a\\{2,\\}$", "aaaaa") == 1);
  CHECK(search("cat\\|dog", "hotdog") == 1);
  CHECK(search("^x\\+$", "xxx") == 1);
  CHECK(search("^xy\\?z$", "xz") == 1);
  CHECK(search("a+", "a+") == 1);  // plain + is ordinary in a BRE
  CHECK(search("a+", "aa") == 0);
}

TEST_CASE("ERE operators") {
  const int E = REGEX_EXTENDED;
  CHECK(search("^(ab)+$", "abab", E) == 1);
  CHECK(search("^(ab)+$", "", E) == 0);
  CHECK(search("colou?r", "color", E) == 1);
  CHECK(search("^(cat|dog)s?$", "dogs", E) == 1);
  CHECK(search("^(cat|dog)s?$", "cow", E) == 0);
  CHECK(search("^[0-9]{3}-[0-9]{4}$", "555-1234", E) == 1);
  CHECK(search("^[0-9]{3}-[0-9]{4}$", "55-1234", E) == 0);
  CHECK(search("a{", "a{", E) == 1);
}

TEST_CASE("case folding and fixed strings") {
  CHECK(search("zombie", "ZOMBIE", REGEX_ICASE) == 1);
  CHECK(search("[a-c]x", "BX", REGEX_ICASE) == 1);
  CHECK(search("zombie", "ZOMBIE") == 0);
  CHECK(search("a.*b", "a.*b", REGEX_LITERAL) == 1);
  CHECK(search("a.*b", "axxb", REGEX_LITERAL) == 0);
}

TEST_CASE("nested stars do not loop forever and stay linear") {
  CHECK(search("\\(a*\\)*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac") == 0);
  CHECK(search("^(a|aa)*$", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", REGEX_EXTENDED) == 0);
  std::string long_line(100000, 'a');
  CHECK(search("a*a*a*a*b", long_line.c_str()) == 0);
}

TEST_CASE("malformed patterns give GNU grep's messages") {
  CHECK(error_of("[abc") == "Unmatched [, [^, [:, [., or [=");
  CHECK(error_of("\\(ab") == "Unmatched ( or \\(");
  CHECK(error_of("ab\\)") == "Unmatched ) or \\)");
  CHECK(error_of("(ab", REGEX_EXTENDED) == "Unmatched ( or \\(");
  CHECK(error_of("ab\\") == "Trailing backslash");
  CHECK(error_of("[z-a]") == "Invalid range end");
  CHECK(error_of("a\\{3,1\\}") == "Invalid content of \\{\\}");
  CHECK(error_of("[[:nope:]]") == "Invalid character class name");
}
