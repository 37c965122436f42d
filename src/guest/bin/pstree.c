/* /bin/pstree [-p] [-n] [-a] [-A | -U] [PID]: the process tree, from the
 * parent pid in each /proc/PID/stat, drawn like psmisc's pstree:
 *
 *   init-+-sh---pstree
 *        `-zombie---zombie
 *
 * -p shows pids ("sh(2)"), -n sorts children by pid instead of by name,
 * -a shows command lines, -A draws with ASCII (the default here), -U with
 * Unicode lines. Without -p or -a, identical sibling chains are merged,
 * "3*[sleep]", as psmisc does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/proc.h"
#include "lib/proc.c"  /* one program per bin/NAME.c: the reader is compiled in */

static int opt_pids, opt_by_pid, opt_args, opt_unicode;

/* The drawing pieces: ASCII (pstree -A) or Unicode (pstree -U). */
struct pieces {
  const char *one;      /* parent---only child */
  const char *first;    /* parent-+-first child */
  const char *middle;   /* |-next child */
  const char *last;     /* `-last child */
  const char *bar;      /* | below a child with younger siblings */
  int bar_width;        /* columns the bar takes (its bytes may be more) */
};
static const struct pieces ascii = {"---", "-+-", "|-", "`-", "| ", 2};
static const struct pieces unicode = {"\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80",
                                      "\xe2\x94\x80\xe2\x94\xac\xe2\x94\x80",
                                      "\xe2\x94\x9c\xe2\x94\x80", "\xe2\x94\x94\xe2\x94\x80",
                                      "\xe2\x94\x82 ", 2};
static const struct pieces *draw = &ascii;

struct node {
  struct proc *proc;
  struct node **children;
  int nchildren;
};

static struct node *nodes;
static int nnodes;

static struct node *find_node(int pid) {
  int i;
  for (i = 0; i < nnodes; i++)
    if (nodes[i].proc->pid == pid) return &nodes[i];
  return NULL;
}

/* psmisc orders children by name, equal names by pid; -n by pid only. */
static int compare_children(const void *a, const void *b) {
  const struct proc *x = (*(struct node *const *)a)->proc, *y = (*(struct node *const *)b)->proc;
  int c = opt_by_pid ? 0 : strcmp(x->comm, y->comm);
  return c ? c : x->pid - y->pid;
}

static void link_children(void) {
  int i;
  for (i = 0; i < nnodes; i++) {
    struct node *parent = find_node(nodes[i].proc->ppid);
    if (!parent || parent == &nodes[i]) continue;
    parent->children = realloc(parent->children, sizeof(struct node *) * (size_t)(parent->nchildren + 1));
    parent->children[parent->nchildren++] = &nodes[i];
  }
  for (i = 0; i < nnodes; i++)
    qsort(nodes[i].children, (size_t)nodes[i].nchildren, sizeof(struct node *), compare_children);
}

static void label(const struct node *n, char *out, size_t size) {
  const struct proc *p = n->proc;
  if (opt_args && p->cmdline[0]) snprintf(out, size, "%s", p->cmdline);
  else snprintf(out, size, "%s", p->comm);
  if (opt_pids) snprintf(out + strlen(out), size - strlen(out), "(%d)", p->pid);
}

/* A chain: every node has at most one child. Two chains with the same
 * names are drawn once, as "N*[a---b]". */
static int same_chain(const struct node *a, const struct node *b) {
  while (a && b) {
    if (strcmp(a->proc->comm, b->proc->comm) != 0 || a->nchildren > 1 || b->nchildren > 1 ||
        a->nchildren != b->nchildren)
      return 0;
    a = a->nchildren ? a->children[0] : NULL;
    b = b->nchildren ? b->children[0] : NULL;
  }
  return a == b;
}

static void show(const struct node *n, char *prefix, size_t prefix_len, int repeat);

/* Prints the children of a node whose label is width bytes wide. prefix
 * holds what continuation lines print left of the node's label; below the
 * label go spaces, then each child's connector, and under a child with
 * younger siblings a bar, so the lines of its subtree stay connected. */
static void show_children(const struct node *n, char *prefix, size_t prefix_len, int width) {
  size_t base = prefix_len + (size_t)width + 1;
  int i, count;
  memset(prefix + prefix_len, ' ', (size_t)width + 1);
  for (i = 0; i < n->nchildren; i += count) {
    const char *below;
    int last;
    count = 1;
    if (!opt_pids && !opt_args)
      while (i + count < n->nchildren && same_chain(n->children[i], n->children[i + count])) count++;
    last = i + count == n->nchildren;
    if (i == 0 && last) fputs(draw->one, stdout);  /* an only child: "a---b" */
    else if (i == 0) fputs(draw->first, stdout);
    else printf("%.*s%s", (int)base, prefix, last ? draw->last : draw->middle);
    below = last ? "  " : draw->bar;
    strcpy(prefix + base, below);
    show(n->children[i], prefix, base + strlen(below), count);
  }
}

/* Prints n (the current line already holds what is to its left). */
static void show(const struct node *n, char *prefix, size_t prefix_len, int repeat) {
  char text[512];
  int width;
  label(n, text, sizeof text);
  if (repeat > 1) {
    char inner[512];
    snprintf(inner, sizeof inner, "%d*[%s", repeat, text);
    strcpy(text, inner);
  }
  fputs(text, stdout);
  width = (int)strlen(text);
  if (n->nchildren == 0) {
    if (repeat > 1) putchar(']');
    putchar('\n');
    return;
  }
  if (repeat > 1) {
    /* a merged chain: "2*[sh---sleep]" */
    const struct node *c = n;
    while (c->nchildren) {
      c = c->children[0];
      label(c, text, sizeof text);
      printf("%s%s", draw->one, text);
    }
    puts("]");
    return;
  }
  show_children(n, prefix, prefix_len, width);
}

static void usage(void) {
  fputs("usage: pstree [-p] [-n] [-a] [-A | -U] [PID]\n", stderr);
  exit(1);
}

int main(int argc, char **argv) {
  struct proc *procs;
  struct node *root;
  int i, n, root_pid = 1;
  static char prefix[8192];
  for (i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (a[0] == '-') {
      for (a++; *a; a++) {
        if (*a == 'p') opt_pids = 1;
        else if (*a == 'n') opt_by_pid = 1;
        else if (*a == 'a') opt_args = 1;
        else if (*a == 'A') opt_unicode = 0;
        else if (*a == 'U') opt_unicode = 1;
        else if (*a == 'c' || *a == 'l') continue;  /* already: no compaction with -p; no width limit */
        else usage();
      }
    } else if (a[0] >= '0' && a[0] <= '9') {
      root_pid = atoi(a);
    } else {
      usage();
    }
  }
  if (opt_unicode) draw = &unicode;
  procs = proc_read_all(&n);
  if (!procs) {
    fputs("pstree: cannot read /proc\n", stderr);
    return 1;
  }
  nodes = calloc((size_t)n, sizeof(struct node));
  nnodes = n;
  for (i = 0; i < n; i++) nodes[i].proc = &procs[i];
  link_children();
  root = find_node(root_pid);
  if (!root) root = n ? &nodes[0] : NULL;  /* no pid 1 (a container): the oldest process */
  if (root) show(root, prefix, 0, 1);
  return root ? 0 : 1;
}
