// The editor's text model: typing, selection, clipboard-sized edits, undo
// and redo, auto-indent, find.
#include "ui/text_buffer.h"

#include <doctest/doctest.h>

using forklab::ui::TextBuffer;
using forklab::ui::TextPos;

TEST_CASE("typing inserts at the cursor and one undo takes back the whole word") {
  TextBuffer b("int x;");
  b.move_end();
  for (char c : std::string(" // hi")) b.type_char(c);
  CHECK(b.text() == "int x; // hi");
  CHECK(b.undo());
  CHECK(b.text() == "int x;");
  CHECK(b.redo());
  CHECK(b.text() == "int x; // hi");
  CHECK_FALSE(b.redo());
}

TEST_CASE("moving the cursor starts a new undo step") {
  TextBuffer b("");
  b.type_char('a');
  b.move_left();
  b.type_char('b');
  CHECK(b.text() == "ba");
  b.undo();
  CHECK(b.text() == "a");
  b.undo();
  CHECK(b.text() == "");
  CHECK_FALSE(b.undo());
}

TEST_CASE("newline keeps the indentation (auto-indent) and backspace joins lines") {
  TextBuffer b("    if (x) {");
  b.move_end();
  b.newline();
  CHECK(b.lines().size() == 2);
  CHECK(b.lines()[1] == "    ");
  CHECK(b.cursor() == TextPos{1, 4});
  b.move_home();  // at the indent: to column 0
  CHECK(b.cursor() == TextPos{1, 0});
  b.backspace();
  CHECK(b.text() == "    if (x) {    ");
}

TEST_CASE("a selection across lines is copied, replaced by typing, and restored by undo") {
  TextBuffer b("one\ntwo\nthree");
  b.move_to({0, 1});
  b.move_to({2, 2}, true);
  CHECK(b.selected_text() == "ne\ntwo\nth");
  b.type_char('X');
  CHECK(b.text() == "oXree");
  b.undo();
  CHECK(b.text() == "one\ntwo\nthree");
  b.select_all();
  CHECK(b.selected_text() == "one\ntwo\nthree");
}

TEST_CASE("insert of pasted text with newlines puts the cursor after it") {
  TextBuffer b("ab");
  b.move_to({0, 1});
  b.insert("1\n2\n3");
  CHECK(b.text() == "a1\n2\n3b");
  CHECK(b.cursor() == TextPos{2, 1});
  b.delete_forward();
  CHECK(b.text() == "a1\n2\n3");
}

TEST_CASE("up and down keep the column through short lines") {
  TextBuffer b("long line\nx\nlong line");
  b.move_to({0, 7});
  b.move_down();
  CHECK(b.cursor() == TextPos{1, 1});
  b.move_down();
  CHECK(b.cursor() == TextPos{2, 7});
}

TEST_CASE("find selects the next match and wraps around") {
  TextBuffer b("fork();\nwait();\nfork();");
  CHECK(b.find_next("fork"));
  CHECK(b.selection_start() == TextPos{0, 0});
  CHECK(b.find_next("fork"));
  CHECK(b.selection_start() == TextPos{2, 0});
  CHECK(b.find_next("fork"));
  CHECK(b.selection_start() == TextPos{0, 0});
  CHECK_FALSE(b.find_next("exec"));
}
