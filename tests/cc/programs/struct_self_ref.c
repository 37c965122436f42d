#include <stdio.h>
#include <stdlib.h>
/* Self-referential structs: a binary search tree with insert, walk, height. */
struct node { int key; struct node *left, *right; };
static struct node *insert(struct node *t, int key) {
  if (!t) {
    t = malloc(sizeof *t);
    t->key = key;
    t->left = t->right = NULL;
  } else if (key < t->key) {
    t->left = insert(t->left, key);
  } else if (key > t->key) {
    t->right = insert(t->right, key);
  }
  return t;
}
static void walk(const struct node *t) {
  if (!t) return;
  walk(t->left);
  printf("%d ", t->key);
  walk(t->right);
}
static int height(const struct node *t) {
  if (!t) return 0;
  int l = height(t->left), r = height(t->right);
  return 1 + (l > r ? l : r);
}
static int contains(const struct node *t, int key) {
  while (t && t->key != key) t = key < t->key ? t->left : t->right;
  return t != NULL;
}
int main(void) {
  struct node *root = NULL;
  int keys[] = { 50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30, 50 };
  for (int i = 0; i < (int)(sizeof keys / sizeof *keys); i++) root = insert(root, keys[i]);
  walk(root);
  printf("\nheight %d\n", height(root));
  printf("%d %d %d\n", contains(root, 45), contains(root, 46), contains(root, 80));
  return 0;
}
