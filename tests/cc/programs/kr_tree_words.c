#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* A binary tree of words with counts (the chapter 6 tnode), printed in
   order, plus the deepest word. */
struct tnode { char *word; int count; struct tnode *left, *right; };
static struct tnode *addtree(struct tnode *p, const char *w) {
  int cond;
  if (p == NULL) {
    p = malloc(sizeof(struct tnode));
    p->word = malloc(strlen(w) + 1);
    strcpy(p->word, w);
    p->count = 1;
    p->left = p->right = NULL;
  } else if ((cond = strcmp(w, p->word)) == 0) p->count++;
  else if (cond < 0) p->left = addtree(p->left, w);
  else p->right = addtree(p->right, w);
  return p;
}
static void treeprint(const struct tnode *p) {
  if (p != NULL) {
    treeprint(p->left);
    printf("%4d %s\n", p->count, p->word);
    treeprint(p->right);
  }
}
static void deepest(const struct tnode *p, int d, int *best, const char **w) {
  if (!p) return;
  if (d > *best) { *best = d; *w = p->word; }
  deepest(p->left, d + 1, best, w);
  deepest(p->right, d + 1, best, w);
}
int main(void) {
  char text[] = "now is the time for all good men to come to the aid of the party is it not";
  struct tnode *root = NULL;
  for (char *p = text; *p;) {
    char *w = p;
    while (*p && *p != ' ') p++;
    if (*p) *p++ = '\0';
    root = addtree(root, w);
  }
  treeprint(root);
  int best = -1;
  const char *w = 0;
  deepest(root, 0, &best, &w);
  printf("%d %s\n", best, w);
  return 0;
}
