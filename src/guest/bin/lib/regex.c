/* Regular expressions for grep (see regex.h): parse the pattern into a
 * tree, compile the tree into instructions, run them as a Pike VM.
 *
 *   BRE (POSIX XBD 9.3)          ERE (9.4)
 *   .  [set]  ^  $  \c           the same
 *   *   \{m,n\}                  *  +  ?  {m,n}
 *   \( \)  and GNU's \| \+ \?    ( )  |
 *
 * ^ is an anchor at the start of a BRE (or of a \( group, or after \|)
 * and a plain character elsewhere; $ likewise at the end. */
#include "regex.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the tree ---- */

enum node_kind { N_EMPTY, N_CHAR, N_ANY, N_SET, N_BOL, N_EOL, N_CAT, N_ALT, N_REPEAT };

struct node {
  enum node_kind kind;
  int a, b;            /* N_CAT/N_ALT: children; N_REPEAT: child in a */
  int min, max;        /* N_REPEAT: counts, max -1 = unbounded */
  int value;           /* N_CHAR: the byte; N_SET: set index */
};

#define MAX_REPEAT 255

struct parser {
  const unsigned char *p;
  int flags;
  struct node *nodes;
  int nnodes, cap;
  struct regex *re;
  const char *error;
};

static int new_node(struct parser *ps, enum node_kind kind, int a, int b) {
  struct node *n;
  if (ps->nnodes == ps->cap) {
    ps->cap = ps->cap ? ps->cap * 2 : 64;
    ps->nodes = realloc(ps->nodes, sizeof(struct node) * (size_t)ps->cap);
  }
  n = &ps->nodes[ps->nnodes];
  memset(n, 0, sizeof *n);
  n->kind = kind;
  n->a = a;
  n->b = b;
  return ps->nnodes++;
}

static int extended(const struct parser *ps) { return ps->flags & REGEX_EXTENDED; }

/* Is the text at p the given operator? In a BRE the operators ( ) { } | + ?
 * are written with a backslash; in an ERE without. */
static int at_op(const struct parser *ps, const unsigned char *p, char op) {
  if (ps->flags & REGEX_LITERAL) return 0;
  if (op == '*') return *p == '*';
  if (extended(ps)) return *p == op;
  return p[0] == '\\' && p[1] == op;
}

static size_t op_len(const struct parser *ps, char op) {
  return (op == '*' || extended(ps)) ? 1 : 2;
}

static int new_set(struct parser *ps) {
  struct regex *re = ps->re;
  re->sets = realloc(re->sets, 32 * (size_t)(re->nsets + 1));
  memset(re->sets[re->nsets], 0, 32);
  return re->nsets++;
}

static void set_add(struct parser *ps, int set, int c) {
  ps->re->sets[set][c >> 3] |= (unsigned char)(1 << (c & 7));
  if (ps->flags & REGEX_ICASE) {
    int u = toupper(c), l = tolower(c);
    ps->re->sets[set][u >> 3] |= (unsigned char)(1 << (u & 7));
    ps->re->sets[set][l >> 3] |= (unsigned char)(1 << (l & 7));
  }
}

/* [:alpha:] and friends; returns 0 if the name is unknown. */
static int add_class(struct parser *ps, int set, const char *name, size_t n) {
  static const struct {
    const char *name;
    int (*test)(int);
  } classes[] = {{"alpha", isalpha}, {"digit", isdigit}, {"alnum", isalnum}, {"upper", isupper},
                 {"lower", islower}, {"space", isspace}, {"blank", isblank}, {"punct", ispunct},
                 {"print", isprint}, {"graph", isgraph}, {"cntrl", iscntrl}, {"xdigit", isxdigit}};
  size_t i;
  int c;
  for (i = 0; i < sizeof classes / sizeof classes[0]; i++) {
    if (strlen(classes[i].name) != n || strncmp(classes[i].name, name, n) != 0) continue;
    for (c = 0; c < 256; c++)
      if (classes[i].test(c)) set_add(ps, set, c);
    return 1;
  }
  return 0;
}

/* A bracket expression after its '['. A ']' right after '[' or '[^' is a
 * member; backslash is an ordinary character inside brackets (POSIX). */
static int parse_bracket(struct parser *ps) {
  int set = new_set(ps), negate = 0, first = 1, c;
  const unsigned char *p = ps->p;
  if (*p == '^') negate = 1, p++;
  while (*p && (*p != ']' || first)) {
    first = 0;
    if (p[0] == '[' && p[1] == ':') {
      const char *end = strstr((const char *)p + 2, ":]");
      if (!end) {
        ps->error = "Unmatched [, [^, [:, [., or [=";
        return -1;
      }
      if (!add_class(ps, set, (const char *)p + 2, (size_t)(end - (const char *)p - 2))) {
        ps->error = "Invalid character class name";
        return -1;
      }
      p = (const unsigned char *)end + 2;
    } else if (p[1] == '-' && p[2] && p[2] != ']') {
      if (p[2] < p[0]) {
        ps->error = "Invalid range end";
        return -1;
      }
      for (c = p[0]; c <= p[2]; c++) set_add(ps, set, c);
      p += 3;
    } else {
      set_add(ps, set, *p++);
    }
  }
  if (*p != ']') {
    ps->error = "Unmatched [, [^, [:, [., or [=";
    return -1;
  }
  ps->p = p + 1;
  if (negate) {
    for (c = 0; c < 32; c++) ps->re->sets[set][c] = (unsigned char)~ps->re->sets[set][c];
  }
  {
    int n = new_node(ps, N_SET, 0, 0);
    ps->nodes[n].value = set;
    return n;
  }
}

static int parse_alternation(struct parser *ps);

static int char_node(struct parser *ps, int c) {
  int n;
  if ((ps->flags & REGEX_ICASE) && isalpha(c)) {
    int set = new_set(ps);
    set_add(ps, set, c);
    n = new_node(ps, N_SET, 0, 0);
    ps->nodes[n].value = set;
    return n;
  }
  n = new_node(ps, N_CHAR, 0, 0);
  ps->nodes[n].value = c;
  return n;
}

/* Does the branch end here (so that '$' is an anchor)? */
static int at_branch_end(const struct parser *ps, const unsigned char *p) {
  return *p == 0 || at_op(ps, p, ')') || at_op(ps, p, '|');
}

/* atom = char | '.' | '[' set ']' | group | '^' | '$' | '\' char */
static int parse_atom(struct parser *ps, int branch_start) {
  const unsigned char *p = ps->p;
  if (ps->flags & REGEX_LITERAL) {
    ps->p++;
    return char_node(ps, *p);
  }
  if (at_op(ps, p, '(')) {
    int inner;
    ps->p += op_len(ps, '(');
    inner = parse_alternation(ps);
    if (inner < 0) return -1;
    if (!at_op(ps, ps->p, ')')) {
      ps->error = "Unmatched ( or \\(";
      return -1;
    }
    ps->p += op_len(ps, ')');
    return inner;
  }
  if (*p == '^' && (branch_start || extended(ps))) {
    ps->p++;
    return new_node(ps, N_BOL, 0, 0);
  }
  if (*p == '$' && (extended(ps) || at_branch_end(ps, p + 1))) {
    ps->p++;
    return new_node(ps, N_EOL, 0, 0);
  }
  if (*p == '.') {
    ps->p++;
    return new_node(ps, N_ANY, 0, 0);
  }
  if (*p == '[') {
    ps->p++;
    return parse_bracket(ps);
  }
  if (*p == '\\') {
    if (!p[1]) {
      ps->error = "Trailing backslash";
      return -1;
    }
    ps->p += 2;
    return char_node(ps, p[1]);
  }
  if (extended(ps) && (*p == '*' || *p == '+' || *p == '?')) {
    ps->p++;  /* a leading ERE repetition applies to nothing: take it literally */
    return char_node(ps, *p);
  }
  ps->p++;
  return char_node(ps, *p);
}

/* After '{' or '\{': "m", "m," or "m,n", then '}' or '\}'. */
static int parse_interval(struct parser *ps, int *min, int *max) {
  char *end;
  *min = (int)strtol((const char *)ps->p, &end, 10);
  if ((const unsigned char *)end == ps->p) *min = 0;
  *max = *min;
  ps->p = (const unsigned char *)end;
  if (*ps->p == ',') {
    ps->p++;
    *max = -1;
    if (isdigit(*ps->p)) {
      *max = (int)strtol((const char *)ps->p, &end, 10);
      ps->p = (const unsigned char *)end;
    }
  }
  if (!at_op(ps, ps->p, '}') || *min > MAX_REPEAT || *max > MAX_REPEAT ||
      (*max >= 0 && *max < *min)) {
    ps->error = "Invalid content of \\{\\}";
    return -1;
  }
  ps->p += op_len(ps, '}');
  return 0;
}

/* piece = atom { '*' | '+' | '?' | '{m,n}' } */
static int parse_piece(struct parser *ps, int branch_start) {
  int atom;
  const unsigned char *start = ps->p;
  /* A BRE '*' at the start of a branch is an ordinary character. */
  if (!extended(ps) && *ps->p == '*' && branch_start) {
    ps->p++;
    return char_node(ps, '*');
  }
  atom = parse_atom(ps, branch_start);
  if (atom < 0) return -1;
  if (ps->nodes[atom].kind == N_BOL && ps->p == start + 1 && !extended(ps) && *ps->p == '*') {
    return atom;  /* "^*": the '*' is literal, parsed as the next piece */
  }
  for (;;) {
    int min, max, n;
    if (at_op(ps, ps->p, '*')) min = 0, max = -1, ps->p++;
    else if (at_op(ps, ps->p, '+')) min = 1, max = -1, ps->p += op_len(ps, '+');
    else if (at_op(ps, ps->p, '?')) min = 0, max = 1, ps->p += op_len(ps, '?');
    else if (at_op(ps, ps->p, '{') &&
             (!extended(ps) || isdigit(ps->p[1]) || ps->p[1] == ',')) {
      ps->p += op_len(ps, '{');
      if (parse_interval(ps, &min, &max) < 0) return -1;
    } else {
      return atom;
    }
    n = new_node(ps, N_REPEAT, atom, 0);
    ps->nodes[n].min = min;
    ps->nodes[n].max = max;
    atom = n;
  }
}

/* branch = { piece } */
static int parse_branch(struct parser *ps) {
  int result = new_node(ps, N_EMPTY, 0, 0), first = 1;
  while (*ps->p && !at_op(ps, ps->p, '|') && !at_op(ps, ps->p, ')')) {
    int piece = parse_piece(ps, first);
    if (piece < 0) return -1;
    result = first ? piece : new_node(ps, N_CAT, result, piece);
    first = 0;
  }
  return result;
}

/* alternation = branch { '|' branch } */
static int parse_alternation(struct parser *ps) {
  int left = parse_branch(ps);
  while (left >= 0 && at_op(ps, ps->p, '|')) {
    int right;
    ps->p += op_len(ps, '|');
    right = parse_branch(ps);
    if (right < 0) return -1;
    left = new_node(ps, N_ALT, left, right);
  }
  return left;
}

/* ---- the program ---- */

enum op { OP_CHAR, OP_ANY, OP_SET, OP_BOL, OP_EOL, OP_SPLIT, OP_JMP, OP_MATCH };

struct regex_inst {
  enum op op;
  int x, y;            /* OP_SPLIT: both targets; OP_JMP: x; OP_CHAR/OP_SET: x = byte/set */
};

static int emit(struct regex *re, enum op op, int x, int y) {
  re->prog = realloc(re->prog, sizeof(struct regex_inst) * (size_t)(re->n + 1));
  re->prog[re->n].op = op;
  re->prog[re->n].x = x;
  re->prog[re->n].y = y;
  return re->n++;
}

static void compile_node(struct regex *re, const struct node *nodes, int i) {
  const struct node *n = &nodes[i];
  int k, split, jmp;
  switch (n->kind) {
    case N_EMPTY: break;
    case N_CHAR: emit(re, OP_CHAR, n->value, 0); break;
    case N_ANY: emit(re, OP_ANY, 0, 0); break;
    case N_SET: emit(re, OP_SET, n->value, 0); break;
    case N_BOL: emit(re, OP_BOL, 0, 0); break;
    case N_EOL: emit(re, OP_EOL, 0, 0); break;
    case N_CAT:
      compile_node(re, nodes, n->a);
      compile_node(re, nodes, n->b);
      break;
    case N_ALT:  /* split L1, L2; L1: a; jmp end; L2: b; end: */
      split = emit(re, OP_SPLIT, 0, 0);
      re->prog[split].x = re->n;
      compile_node(re, nodes, n->a);
      jmp = emit(re, OP_JMP, 0, 0);
      re->prog[split].y = re->n;
      compile_node(re, nodes, n->b);
      re->prog[jmp].x = re->n;
      break;
    case N_REPEAT:
      for (k = 0; k < n->min; k++) compile_node(re, nodes, n->a);
      if (n->max < 0) {  /* L: split body, end; body: a; jmp L; end: */
        split = emit(re, OP_SPLIT, 0, 0);
        re->prog[split].x = re->n;
        compile_node(re, nodes, n->a);
        emit(re, OP_JMP, split, 0);
        re->prog[split].y = re->n;
      } else {
        /* Each optional copy: split body, skip; the skips jump past them all. */
        int *splits = malloc(sizeof(int) * (size_t)(n->max - n->min + 1)), count = 0;
        for (k = n->min; k < n->max; k++) {
          split = emit(re, OP_SPLIT, 0, 0);
          re->prog[split].x = re->n;
          splits[count++] = split;
          compile_node(re, nodes, n->a);
        }
        for (k = 0; k < count; k++) re->prog[splits[k]].y = re->n;
        free(splits);
      }
      break;
  }
}

int regex_compile(struct regex *re, const char *pattern, int flags, char *err, size_t errlen) {
  struct parser ps;
  int root;
  memset(re, 0, sizeof *re);
  memset(&ps, 0, sizeof ps);
  ps.p = (const unsigned char *)pattern;
  ps.flags = flags;
  ps.re = re;
  root = parse_alternation(&ps);
  if (root >= 0 && *ps.p) {
    ps.error = "Unmatched ) or \\)";
    root = -1;
  }
  if (root < 0) {
    snprintf(err, errlen, "%s", ps.error ? ps.error : "Invalid regular expression");
    free(ps.nodes);
    regex_free(re);
    return -1;
  }
  compile_node(re, ps.nodes, root);
  emit(re, OP_MATCH, 0, 0);
  free(ps.nodes);
  re->lists = malloc(sizeof(int) * 3 * (size_t)re->n);
  return 0;
}

/* ---- the Pike VM ---- */

struct thread_list {
  int *pcs;
  int n;
  int gen;             /* marks pcs already in this list */
};

/* Adds pc to the list, following jumps and zero-width tests at once, so
 * a list only ever holds instructions that consume a byte (or MATCH). */
static void add_thread(struct regex *re, struct thread_list *l, int *mark, int pc, size_t pos,
                       size_t len) {
  const struct regex_inst *in;
  if (mark[pc] == l->gen) return;
  mark[pc] = l->gen;
  in = &re->prog[pc];
  switch (in->op) {
    case OP_JMP: add_thread(re, l, mark, in->x, pos, len); return;
    case OP_SPLIT:
      add_thread(re, l, mark, in->x, pos, len);
      add_thread(re, l, mark, in->y, pos, len);
      return;
    case OP_BOL:
      if (pos == 0) add_thread(re, l, mark, pc + 1, pos, len);
      return;
    case OP_EOL:
      if (pos == len) add_thread(re, l, mark, pc + 1, pos, len);
      return;
    default: l->pcs[l->n++] = pc;
  }
}

int regex_search(struct regex *re, const char *text, size_t len) {
  struct thread_list cur, next, tmp;
  int *mark = re->lists + 2 * re->n;
  int gen = 0, i;
  size_t pos;
  cur.pcs = re->lists;
  next.pcs = re->lists + re->n;
  for (i = 0; i < re->n; i++) mark[i] = -1;
  cur.n = 0;
  cur.gen = gen++;
  for (pos = 0;; pos++) {
    add_thread(re, &cur, mark, 0, pos, len);  /* a match may start at any position */
    next.n = 0;
    next.gen = gen++;
    for (i = 0; i < cur.n; i++) {
      const struct regex_inst *in = &re->prog[cur.pcs[i]];
      unsigned char c = pos < len ? (unsigned char)text[pos] : 0;
      int ok = 0;
      if (in->op == OP_MATCH) return 1;
      if (pos >= len) continue;
      if (in->op == OP_CHAR) ok = c == in->x;
      else if (in->op == OP_ANY) ok = 1;
      else if (in->op == OP_SET) ok = (re->sets[in->x][c >> 3] >> (c & 7)) & 1;
      if (ok) add_thread(re, &next, mark, cur.pcs[i] + 1, pos + 1, len);
    }
    if (pos >= len) return 0;
    tmp = cur;
    cur = next;
    next = tmp;
  }
}

void regex_free(struct regex *re) {
  free(re->prog);
  free(re->sets);
  free(re->lists);
  memset(re, 0, sizeof *re);
}
