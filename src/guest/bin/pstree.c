/* pstree [-p] [PID]: the process tree from /proc/PID/stat (parent links),
 * drawn like procps pstree with ASCII lines:
 *   init-+-sh---pstree
 *        `-zombie---zombie
 * Same-named leaf siblings are folded: 3*[sleep]. -p shows pids and never
 * folds. */
#include <ctype.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct node {
  int pid, ppid;
  char name[64];
  int first_child, next_sibling; /* indexes, -1 for none */
};

static struct node *nodes;
static int count, show_pids;

static int read_stat(int pid, struct node *nd) {
  char path[64], buf[512];
  snprintf(path, sizeof path, "/proc/%d/stat", pid);
  int fd = open(path, O_RDONLY);
  if (fd < 0) return -1;
  int n = (int)read(fd, buf, sizeof buf - 1);
  close(fd);
  if (n <= 0) return -1;
  buf[n] = 0;
  char *l = strchr(buf, '('), *r = strrchr(buf, ')');
  if (!l || !r) return -1;
  size_t len = (size_t)(r - l - 1);
  if (len >= sizeof nd->name) len = sizeof nd->name - 1;
  memcpy(nd->name, l + 1, len);
  nd->name[len] = 0;
  nd->pid = pid;
  nd->ppid = atoi(r + 4); /* ") S ppid" */
  nd->first_child = nd->next_sibling = -1;
  return 0;
}

static int find(int pid) {
  for (int i = 0; i < count; i++)
    if (nodes[i].pid == pid) return i;
  return -1;
}

static char prefix[4096];

static int label(int i, char *out, size_t cap) {
  if (show_pids) return snprintf(out, cap, "%s(%d)", nodes[i].name, nodes[i].pid);
  return snprintf(out, cap, "%s", nodes[i].name);
}

/* How many following leaf siblings share this leaf's name (folding). */
static int same_leaves(int i) {
  int k = 1;
  if (show_pids || nodes[i].first_child >= 0) return 1;
  for (int j = nodes[i].next_sibling; j >= 0 && nodes[j].first_child < 0 &&
                                      strcmp(nodes[j].name, nodes[i].name) == 0;
       j = nodes[j].next_sibling)
    k++;
  return k;
}

static void print_tree(int i, size_t depth) {
  char text[128];
  int len = label(i, text, sizeof text);
  fputs(text, stdout);
  int c = nodes[i].first_child;
  if (c < 0) {
    putchar('\n');
    return;
  }
  size_t here = depth + (size_t)len;
  int first = 1;
  while (c >= 0) {
    int fold = same_leaves(c);
    int next = c;
    for (int k = 0; k < fold; k++) next = nodes[next].next_sibling;
    int last = next < 0;
    if (!first) {
      fwrite(prefix, 1, here, stdout);
      fputs(last ? " `-" : " |-", stdout);
    } else {
      fputs(last ? "---" : "-+-", stdout);
    }
    /* the column below this branch: '|' while siblings follow */
    if (here + 3 < sizeof prefix - 128) {
      memset(prefix + here, ' ', 3);
      prefix[here + 1] = last ? ' ' : '|';
    }
    if (fold > 1) {
      printf("%d*[%s]\n", fold, nodes[c].name);
    } else {
      print_tree(c, here + 3);
    }
    first = 0;
    c = next;
  }
}

int main(int argc, char **argv) {
  int root_pid = 1;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "-p") == 0) show_pids = 1;
    else if (isdigit((unsigned char)argv[i][0])) root_pid = atoi(argv[i]);
    else {
      fprintf(stderr, "usage: pstree [-p] [PID]\n");
      return 1;
    }
  }
  DIR *d = opendir("/proc");
  if (!d) {
    perror("pstree: /proc");
    return 1;
  }
  int cap = 64;
  nodes = malloc((size_t)cap * sizeof *nodes);
  struct dirent *e;
  while ((e = readdir(d))) {
    if (!isdigit((unsigned char)e->d_name[0])) continue;
    if (count == cap) nodes = realloc(nodes, (size_t)(cap *= 2) * sizeof *nodes);
    if (read_stat(atoi(e->d_name), &nodes[count]) == 0) count++;
  }
  closedir(d);
  /* link each process under its parent, children in pid order */
  for (int i = 0; i < count; i++) {
    int parent = find(nodes[i].ppid);
    if (parent < 0 || parent == i) continue;
    int *link = &nodes[parent].first_child;
    while (*link >= 0 && nodes[*link].pid < nodes[i].pid) link = &nodes[*link].next_sibling;
    nodes[i].next_sibling = *link;
    *link = i;
  }
  int root = find(root_pid);
  if (root < 0) {
    fprintf(stderr, "pstree: no process %d\n", root_pid);
    return 1;
  }
  memset(prefix, ' ', sizeof prefix);
  print_tree(root, 0);
  return 0;
}
